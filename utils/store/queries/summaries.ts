/** Plain, cloneable views of stored articles for the UI and messaging. */
import type { ArticleRecord } from '../db/schema';

/** An article without its full text (nor its mention index), with an excerpt instead. */
export interface ArticleSummary extends Pick<
  ArticleRecord,
  | 'key'
  | 'id'
  | 'sourceId'
  | 'title'
  | 'date'
  | 'url'
  | 'kind'
  | 'lang'
  | 'source'
  | 'document'
  | 'dateline'
  | 'attribution'
  | 'sources'
  | 'figures'
> {
  excerpt: string;
}

const EXCERPT_CHARS = 240;

/** The opening of a text, cut at a word boundary. */
export function excerptOf(text: string, max = EXCERPT_CHARS): string {
  // Only the opening is ever shown, so only the opening is normalised (texts run to megabytes).
  const flat = text
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max && text.length <= max * 2) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** How many sentences naming a figure the panels quote per article; the rest are counted. */
export const QUOTED_SENTENCES = 2;

/** An article about a figure, with the first sentences that name them and how many do in all. */
export interface FigureArticle extends ArticleSummary {
  /** At most QUOTED_SENTENCES, in text order. */
  sentences: string[];
  /** Every sentence naming the figure in this article (absent in views stored before it existed). */
  sentenceCount?: number;
}

/** A figure article as the panels show it: views stored before the cap existed keep every sentence. */
export function trimFigureArticle(article: FigureArticle): FigureArticle {
  if (article.sentenceCount !== undefined && article.sentences.length <= QUOTED_SENTENCES)
    return article;
  return {
    ...article,
    sentences: article.sentences.slice(0, QUOTED_SENTENCES),
    sentenceCount: article.sentenceCount ?? article.sentences.length,
  };
}

/**
 * Summarise a stored article. `figureNewest` views keep what this returns, so changing it needs a migration
 * that rebuilds them.
 */
export function summarise(article: ArticleRecord): ArticleSummary {
  const { text, mentions: _mentions, figureDates: _figureDates, sources, ...rest } = article;
  return {
    ...rest,
    ...(sources ? { sources: sources.map((source) => ({ ...source })) } : {}),
    figures: [...article.figures],
    excerpt: excerptOf(text),
  };
}

/** Summarise a stored article for one of its figures, with the text of the sentences naming them. */
export function figureArticle(article: ArticleRecord, figureId: string): FigureArticle {
  const ranges = article.mentions.find((m) => m.figure === figureId)?.sentences ?? [];
  return {
    ...summarise(article),
    sentences: ranges.slice(0, QUOTED_SENTENCES).map(([s, e]) => article.text.slice(s, e)),
    sentenceCount: ranges.length,
  };
}
