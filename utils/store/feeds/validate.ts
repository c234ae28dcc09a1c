/** Parse and check a feed from untrusted input: schema first, then the rules a schema cannot say. */
import * as v from 'valibot';
import { FEED_FORMAT, FEED_VERSION, FeedSchema, type Feed } from './schema';
import { clipError } from './plain-text';

/** Figure ids a feed may mention: the built-in catalogue (never redefined) and stored feed additions. */
export interface KnownFigures {
  catalogue: ReadonlySet<string>;
  additions?: ReadonlySet<string>;
}

/** The outcome of reading a feed. */
export type FeedResult = { ok: true; feed: Feed } | { ok: false; error: string };

// A feed of 250k realistic articles is ~1 GB; refuse larger inputs before JSON.parse allocates them.
const MAX_INPUT_CHARS = 512 * 1024 * 1024;
const MAX_LISTED_ERRORS = 5;
/** Most ranges (spans and sentences, over all its figures) one article may carry. */
export const MAX_RANGES_PER_ARTICLE = 5_000;

/** Parse JSON text or an already parsed value into a valid feed, naming what is wrong when it is not. */
export function readFeed(input: unknown, known: KnownFigures): FeedResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_INPUT_CHARS)
      return { ok: false, error: 'The file is too large to be a feed.' };
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return {
        ok: false,
        error: 'The file is not valid JSON, so it cannot be a Backchannel feed.',
      };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'The file is not a Backchannel feed (expected a JSON object).' };
  }
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== FEED_FORMAT) {
    return {
      ok: false,
      error: `The file is not a Backchannel feed (format must be "${FEED_FORMAT}").`,
    };
  }
  if (head.version !== FEED_VERSION) {
    return {
      ok: false,
      error: clipError(
        `The feed is version ${String(head.version)}; this Backchannel reads version ${FEED_VERSION}.`,
      ),
    };
  }
  const parsed = v.safeParse(FeedSchema, value);
  if (!parsed.success) {
    const lines = parsed.issues.slice(0, MAX_LISTED_ERRORS).map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    return { ok: false, error: clipError(`The feed is invalid: ${lines.join('; ')}`) };
  }
  const problems = checkFeedRules(parsed.output, known);
  if (problems.length > 0) {
    return {
      ok: false,
      error: clipError(`The feed is invalid: ${problems.slice(0, MAX_LISTED_ERRORS).join('; ')}`),
    };
  }
  return { ok: true, feed: parsed.output };
}

/** Cross-field rules: unique ids, known sources and figures, offsets inside the text. */
export function checkFeedRules(feed: Feed, known: KnownFigures): string[] {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  for (const source of feed.sources) {
    if (sourceIds.has(source.id)) problems.push(`sources: duplicate source id "${source.id}"`);
    sourceIds.add(source.id);
  }
  const figures = new Set([...known.catalogue, ...(known.additions ?? [])]);
  const added = new Set<string>();
  for (const figure of feed.figures ?? []) {
    if (known.catalogue.has(figure.id))
      problems.push(`figures: "${figure.id}" is already in the catalogue`);
    if (added.has(figure.id)) problems.push(`figures: duplicate figure id "${figure.id}"`);
    added.add(figure.id);
    figures.add(figure.id);
  }
  const defaultSource = feed.sources[0]?.id ?? '';
  const seen = new Set<string>();
  feed.articles.forEach((article, index) => {
    const where = `articles.${index} ("${article.id}")`;
    const sourceId = article.sourceId ?? defaultSource;
    if (!sourceIds.has(sourceId)) problems.push(`${where}: unknown source "${sourceId}"`);
    const key = `${sourceId}:${article.id}`;
    if (seen.has(key)) problems.push(`${where}: duplicate article id`);
    seen.add(key);
    const length = article.text.length;
    const mentioned = new Set<string>();
    let ranges = 0;
    for (const mention of article.mentions) {
      ranges += mention.spans.length + mention.sentences.length;
      if (!figures.has(mention.figure))
        problems.push(`${where}: unknown figure id "${mention.figure}"`);
      if (mentioned.has(mention.figure))
        problems.push(`${where}: figure "${mention.figure}" listed twice`);
      mentioned.add(mention.figure);
      for (const [start, end] of [...mention.spans, ...mention.sentences]) {
        if (start >= end || end > length)
          problems.push(`${where}: range [${start}, ${end}] is outside the text`);
      }
      if (!isSortedDisjoint(mention.sentences))
        problems.push(
          `${where}: the sentences of "${mention.figure}" must be in text order and must not overlap`,
        );
    }
    if (ranges > MAX_RANGES_PER_ARTICLE)
      problems.push(
        `${where}: ${ranges} ranges; an article may have at most ${MAX_RANGES_PER_ARTICLE}`,
      );
  });
  return problems;
}

/** Whether ranges are sorted by start and none overlaps the one before. */
function isSortedDisjoint(ranges: readonly (readonly [number, number])[]): boolean {
  for (let i = 1; i < ranges.length; i++) {
    const previous = ranges[i - 1];
    const current = ranges[i];
    if (previous && current && current[0] < previous[1]) return false;
  }
  return true;
}
