/** Parse and check a feed from untrusted input: schema first, then the rules a schema cannot say. */
import * as v from 'valibot';
import {
  ArticleSchema,
  FEED_FORMAT,
  FEED_VERSION,
  FeedSchema,
  MAX_ARTICLES,
  type Feed,
  type FeedArticle,
} from './schema';
import { clipError } from './plain-text';
import type { Pacer } from './pacer';

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
  const wrong = headProblem(value);
  if (wrong) return { ok: false, error: wrong };
  const parsed = v.safeParse(FeedSchema, value);
  if (!parsed.success) return invalid(issueLines(parsed.issues));
  const problems = checkFeedRules(parsed.output, known);
  if (problems.length > 0) return invalid(problems);
  return { ok: true, feed: parsed.output };
}

/** What is wrong with a value that should open a feed (an object of our format and version), or null. */
function headProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'The file is not a Backchannel feed (expected a JSON object).';
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== FEED_FORMAT)
    return `The file is not a Backchannel feed (format must be "${FEED_FORMAT}").`;
  if (head.version !== FEED_VERSION)
    return clipError(
      `The feed is version ${String(head.version)}; this Backchannel reads version ${FEED_VERSION}.`,
    );
  return null;
}

/** Schema issues as lines naming where they are (`articles.3.date: …`), at most a few. */
function issueLines(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string[] {
  return issues.slice(0, MAX_LISTED_ERRORS).map((issue) => {
    const path = [prefix, v.getDotPath(issue) ?? ''].filter(Boolean).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

function invalid(problems: readonly string[]): { ok: false; error: string } {
  return {
    ok: false,
    error: clipError(`The feed is invalid: ${problems.slice(0, MAX_LISTED_ERRORS).join('; ')}`),
  };
}

/** The error for a feed text that is not JSON, with where and why. */
export function notJson(detail: string): { ok: false; error: string } {
  return {
    ok: false,
    error: clipError(`The feed is not valid JSON (${detail}); it may have been cut off.`),
  };
}

/** Cross-field rules: unique ids, known sources and figures, offsets inside the text. */
export function checkFeedRules(feed: Feed, known: KnownFigures): string[] {
  const rules = feedRules(feed, known);
  return [
    ...rules.head,
    ...feed.articles.flatMap((article, index) => rules.article(article, index)),
  ];
}

/** The cross-field rules, split so a feed can be checked head first, then one article at a time. */
interface FeedRules {
  /** Problems of the sources and figure additions. */
  head: string[];
  /** Problems of one article (`index` in the feed); remembers its id to find duplicates later. */
  article(article: FeedArticle, index: number): string[];
}

function feedRules(feed: Pick<Feed, 'sources' | 'figures'>, known: KnownFigures): FeedRules {
  const head: string[] = [];
  const sourceIds = new Set<string>();
  for (const source of feed.sources) {
    if (sourceIds.has(source.id)) head.push(`sources: duplicate source id "${source.id}"`);
    sourceIds.add(source.id);
  }
  const figures = new Set([...known.catalogue, ...(known.additions ?? [])]);
  const added = new Set<string>();
  for (const figure of feed.figures ?? []) {
    if (known.catalogue.has(figure.id))
      head.push(`figures: "${figure.id}" is already in the catalogue`);
    if (added.has(figure.id)) head.push(`figures: duplicate figure id "${figure.id}"`);
    added.add(figure.id);
    figures.add(figure.id);
  }
  const defaultSource = feed.sources[0]?.id ?? '';
  const seen = new Set<string>();
  const article = (item: FeedArticle, index: number): string[] => {
    const problems: string[] = [];
    const where = `articles.${index} ("${item.id}")`;
    const sourceId = item.sourceId ?? defaultSource;
    if (!sourceIds.has(sourceId)) problems.push(`${where}: unknown source "${sourceId}"`);
    const key = `${sourceId}:${item.id}`;
    if (seen.has(key)) problems.push(`${where}: duplicate article id`);
    seen.add(key);
    const length = item.text.length;
    const mentioned = new Set<string>();
    let ranges = 0;
    for (const mention of item.mentions) {
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
    return problems;
  };
  return { head, article };
}

const HeadSchema = v.omit(FeedSchema, ['articles']);

/**
 * Read a feed whose articles come one at a time (a feed split from its text, or items just built), with the
 * same checks and errors as `readFeed`: the head (everything but the articles) first, then each article, so
 * `pacer` can report progress and let other work run between them. `articleAt` may throw a SyntaxError
 * (an article that is not JSON).
 */
export async function readFeedInSlices(
  head: unknown,
  count: number,
  articleAt: (index: number) => unknown,
  known: KnownFigures,
  pacer: Pacer,
): Promise<FeedResult> {
  const wrong = headProblem(head);
  if (wrong) return { ok: false, error: wrong };
  if (count > MAX_ARTICLES) return invalid([`articles: at most ${MAX_ARTICLES} articles`]);
  const parsedHead = v.safeParse(HeadSchema, head);
  if (!parsedHead.success) return invalid(issueLines(parsedHead.issues));
  const rules = feedRules(parsedHead.output, known);
  if (rules.head.length > 0) return invalid(rules.head);
  const articles: FeedArticle[] = [];
  const issues: string[] = [];
  const problems: string[] = [];
  for (let index = 0; index < count; index++) {
    if (pacer.due()) await pacer.pause(index, count);
    let value: unknown;
    try {
      value = articleAt(index);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      return notJson(`articles.${index}: ${error.message}`);
    }
    const parsed = v.safeParse(ArticleSchema, value);
    if (!parsed.success) issues.push(...issueLines(parsed.issues, `articles.${index}`));
    else if (issues.length === 0) {
      problems.push(...rules.article(parsed.output, index));
      articles.push(parsed.output);
    }
    // Schema issues are named before rule problems, as when the whole feed is checked at once.
    if (issues.length >= MAX_LISTED_ERRORS) break;
  }
  if (issues.length > 0) return invalid(issues);
  if (problems.length > 0) return invalid(problems);
  return { ok: true, feed: { ...parsedHead.output, articles } };
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
