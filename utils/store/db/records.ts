/** Convert between feed articles and stored records; pure, so the build, import, migrations and bench share it. */
import type { FeedArticle } from '../feeds/schema';
import { articleKey, newestFirst, type ArticleMention, type ArticleRecord } from './schema';

/** The `by-figure-date` index keys of an article. */
export function figureDatesOf(figures: readonly string[], date: string): [string, string][] {
  const key = newestFirst(date);
  return figures.map((figure) => [figure, key]);
}

/** Build the stored record of a feed article for `sourceId`. */
export function toRecord(item: FeedArticle, sourceId: string): ArticleRecord {
  const figures = item.mentions.map((m) => m.figure);
  const mentions: ArticleMention[] = item.mentions.map((m) => ({
    figure: m.figure,
    spans: m.spans,
    sentences: m.sentences,
  }));
  const article: ArticleRecord = {
    key: articleKey(sourceId, item.id),
    sourceId,
    id: item.id,
    title: item.title,
    date: item.date,
    kind: item.kind,
    lang: item.lang,
    text: item.text,
    figures,
    mentions,
    figureDates: figureDatesOf(figures, item.date),
  };
  // Optional fields are set only when present, so records stay free of `undefined` keys.
  if (item.url !== undefined) article.url = item.url;
  if (item.updated !== undefined) article.updated = item.updated;
  if (item.source !== undefined) article.source = item.source;
  if (item.document !== undefined) article.document = item.document;
  if (item.dateline !== undefined) article.dateline = item.dateline;
  if (item.attribution !== undefined) article.attribution = item.attribution;
  if (item.sources !== undefined) article.sources = item.sources.map((source) => ({ ...source }));
  return article;
}

/** Rebuild a feed article from its stored record (for export). */
export function toFeedArticle(article: ArticleRecord): FeedArticle {
  const out: FeedArticle = {
    id: article.id,
    sourceId: article.sourceId,
    title: article.title,
    date: article.date,
    kind: article.kind,
    lang: article.lang,
    text: article.text,
    mentions: article.mentions.map((m) => ({
      figure: m.figure,
      spans: m.spans,
      sentences: m.sentences,
    })),
  };
  if (article.url !== undefined) out.url = article.url;
  if (article.updated !== undefined) out.updated = article.updated;
  if (article.source !== undefined) out.source = article.source;
  if (article.document !== undefined) out.document = article.document;
  if (article.dateline !== undefined) out.dateline = article.dateline;
  if (article.attribution !== undefined) out.attribution = article.attribution;
  if (article.sources !== undefined) out.sources = article.sources.map((source) => ({ ...source }));
  return out;
}
