/** The newest articles in the store, overall or about some figures: the popup's list before a search. */
import { unwrap, wrap } from 'idb';
import { clampLimit } from '../../validate/limits';
import { figureRange, type ArticleRecord, type StoreDB } from '../db/schema';
import { newestRecordsRequest } from '../db/newest-records';
import { EARLY_NEWEST, takeEarlyRead } from '../db/early-open';
import { summarise, type ArticleSummary } from './summaries';

/** The newest articles, optionally only those mentioning any of `figures` (the popup's first call: as its opener read them). */
export async function recentArticles(
  db: StoreDB,
  options: { figures?: readonly string[]; limit: number },
): Promise<ArticleSummary[]> {
  const limit = clampLimit(options.limit, 1);
  const overall = !options.figures || options.figures.length === 0;
  const early =
    overall && limit <= EARLY_NEWEST ? await takeEarlyRead(unwrap(db), 'newest') : undefined;
  if (early) return early.slice(0, limit).map(summarise);
  const articles = db.transaction('articles').store;
  if (overall) {
    const newest = newestInOneRequest(unwrap(articles.index('by-date')), limit);
    if (newest) return (await newest).map(summarise);
    const out: ArticleSummary[] = [];
    let cursor = await articles.index('by-date').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(summarise(cursor.value));
      cursor = out.length < limit ? await cursor.continue() : null;
    }
    return out;
  }
  // Take each figure's newest `limit`, merge by date: the union's newest `limit` are among them.
  const index = articles.index('by-figure-date');
  const perFigure = await Promise.all(
    [...new Set(options.figures)].map((id) => index.getAll(figureRange(id), limit)),
  );
  const newest = new Map<string, ArticleRecord>();
  for (const article of perFigure.flat()) newest.set(article.key, article);
  return [...newest.values()]
    .sort((a, b) => b.date.localeCompare(a.date) || b.key.localeCompare(a.key))
    .slice(0, limit)
    .map(summarise);
}

/** The newest `limit` articles in one request where the browser can (newest-records.ts); null elsewhere. */
function newestInOneRequest(index: IDBIndex, limit: number): Promise<ArticleRecord[]> | null {
  const request = newestRecordsRequest(index, limit);
  return request && wrap(request).then((records) => records.map((record) => record.value));
}
