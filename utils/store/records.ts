/** Convert between feed articles and stored records; pure, so the build, import and bench share it. */
import type { FeedArticle } from './feed-schema';
import { articleKey, type ArticleRecord, type MentionRecord } from './schema';

/** An article ready to store: its record and one mention record per figure. */
export interface ArticleRows {
  article: ArticleRecord;
  mentions: MentionRecord[];
}

/** Build the stored rows of a feed article for `sourceId`. */
export function toRows(item: FeedArticle, sourceId: string): ArticleRows {
  const key = articleKey(sourceId, item.id);
  const figures = item.mentions.map((m) => m.figure);
  const article: ArticleRecord = {
    key,
    sourceId,
    id: item.id,
    title: item.title,
    date: item.date,
    kind: item.kind,
    lang: item.lang,
    text: item.text,
    figures,
  };
  // Optional fields are set only when present, so records stay free of `undefined` keys.
  if (item.url !== undefined) article.url = item.url;
  if (item.source !== undefined) article.source = item.source;
  if (item.document !== undefined) article.document = item.document;
  if (item.dateline !== undefined) article.dateline = item.dateline;
  if (item.attribution !== undefined) article.attribution = item.attribution;
  const mentions = item.mentions.map<MentionRecord>((m) => ({
    articleKey: key,
    figureId: m.figure,
    date: item.date,
    sourceId,
    spans: m.spans,
    sentences: m.sentences,
    co: figures.filter((id) => id !== m.figure),
  }));
  return { article, mentions };
}

/** Rebuild a feed article from stored rows (for export). */
export function toFeedArticle(
  article: ArticleRecord,
  mentions: readonly MentionRecord[],
): FeedArticle {
  const byFigure = new Map(mentions.map((m) => [m.figureId, m]));
  const out: FeedArticle = {
    id: article.id,
    sourceId: article.sourceId,
    title: article.title,
    date: article.date,
    kind: article.kind,
    lang: article.lang,
    text: article.text,
    mentions: article.figures.map((figure) => ({
      figure,
      spans: byFigure.get(figure)?.spans ?? [],
      sentences: byFigure.get(figure)?.sentences ?? [],
    })),
  };
  if (article.url !== undefined) out.url = article.url;
  if (article.source !== undefined) out.source = article.source;
  if (article.document !== undefined) out.document = article.document;
  if (article.dateline !== undefined) out.dateline = article.dateline;
  if (article.attribution !== undefined) out.attribution = article.attribution;
  return out;
}
