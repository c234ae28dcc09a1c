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

/** An article about a figure, with the sentences that name them. */
export interface FigureArticle extends ArticleSummary {
  sentences: string[];
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
  return { ...summarise(article), sentences: ranges.map(([s, e]) => article.text.slice(s, e)) };
}
