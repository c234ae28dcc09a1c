/** Compile article inputs into a feed: run the detection engine, index mentions and their sentences, validate. */
import { getFigure } from '../../detect/catalogue';
import { roleClaimProblems } from '../../detect/catalogue-check';
import type { DetectOptions, Figure, Mention } from '../../detect/types';
import { sentencesContaining, splitSentences, type Range } from '../../text/sentences';
import {
  FEED_FORMAT,
  FEED_VERSION,
  type Feed,
  type FeedArticle,
  type FeedMention,
} from '../feeds/schema';
import { RECORD_ID_PATTERN } from '../../validate/ids';
import { SourceError } from './front-matter';
import type { ArticleInput } from './sources';

/** The detection engine's signature (utils/detect/index.ts). */
export type DetectFn = (text: string, options?: DetectOptions) => Mention[];

/** Where the compiled feed comes from. */
export interface FeedMeta {
  sourceId: string;
  title: string;
  url?: string;
  generated: string;
}

/** The figure a mention links to: its own id, or the one candidate the author listed. */
function linkedFigure(mention: Mention, declared: ReadonlySet<string>): string | null {
  if (mention.figureId) return mention.figureId;
  const listed = (mention.candidates ?? []).filter((id) => declared.has(id));
  return listed.length === 1 ? (listed[0] ?? null) : null;
}

const UNCITED_BRIEF =
  'a brief needs at least one source: add cite1: "Outlet | Headline as published | YYYY-MM-DD | https://…" (data/articles/README.md)';

/** A brief is our own summary: a reader must be able to follow it to the reporting it rests on. */
function isUncitedBrief(input: ArticleInput): boolean {
  return input.kind === 'brief' && (input.sources?.length ?? 0) === 0;
}

/** Index which figures an article mentions, where, and in which sentences. */
export function compileArticle(
  input: ArticleInput,
  known: ReadonlySet<string>,
  detect: DetectFn,
): FeedArticle {
  for (const id of input.figures) {
    if (!known.has(id))
      throw new SourceError(input.file, `unknown figure id "${id}" (see data/figures.tsv)`);
  }
  if (!RECORD_ID_PATTERN.test(input.id))
    throw new SourceError(input.file, `the id "${input.id}" has characters an id cannot have`);
  if (isUncitedBrief(input)) throw new SourceError(input.file, UNCITED_BRIEF);
  if (input.kind === 'brief') {
    const named = input.figures.map(getFigure).filter((f): f is Figure => f !== undefined);
    const problems = roleClaimProblems(input.text, input.date, named);
    if (problems.length > 0) throw new SourceError(input.file, problems.join('; '));
  }
  const declared = new Set(input.figures);
  const spans = new Map<string, Range[]>();
  for (const mention of detect(input.text, { date: input.date, lang: input.lang })) {
    const figure = linkedFigure(mention, declared);
    if (figure === null || !known.has(figure)) continue;
    const list = spans.get(figure) ?? [];
    list.push([mention.start, mention.end]);
    spans.set(figure, list);
  }
  // Listed figures the engine did not find still belong to the article, with no sentences to show.
  for (const id of input.figures) if (!spans.has(id)) spans.set(id, []);
  const sentences = splitSentences(input.text);
  const mentions: FeedMention[] = [...spans].map(([figure, ranges]) => ({
    figure,
    spans: ranges,
    sentences: sentencesContaining(sentences, ranges),
  }));
  const article: FeedArticle = {
    id: input.id,
    title: input.title,
    date: input.date,
    kind: input.kind,
    lang: input.lang,
    text: input.text,
    mentions,
  };
  for (const key of ['url', 'source', 'document', 'dateline', 'attribution'] as const) {
    const value = input[key];
    if (value !== undefined) article[key] = value;
  }
  if (input.sources !== undefined && input.sources.length > 0)
    article.sources = input.sources.map((source) => ({ ...source }));
  return article;
}

/** Compile every input into one feed, newest first; fails on a duplicate id, naming both files. */
export function compileFeed(
  inputs: readonly ArticleInput[],
  meta: FeedMeta,
  known: ReadonlySet<string>,
  detect: DetectFn,
): Feed {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const other = seen.get(input.id);
    if (other !== undefined)
      throw new SourceError(input.file, `duplicate id "${input.id}" (also in ${other})`);
    seen.set(input.id, input.file);
  }
  // Name every uncited brief at once, so one build run lists all the files to fix.
  const [uncited, ...more] = inputs.filter(isUncitedBrief);
  if (uncited !== undefined) {
    const also =
      more.length > 0 ? ` (${more.length} more: ${more.map((i) => i.file).join(', ')})` : '';
    throw new SourceError(uncited.file, `${UNCITED_BRIEF}${also}`);
  }
  const articles = inputs
    .map((input) => compileArticle(input, known, detect))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const source = { id: meta.sourceId, title: meta.title, ...(meta.url ? { url: meta.url } : {}) };
  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generated: meta.generated,
    sources: [source],
    articles,
  };
}
