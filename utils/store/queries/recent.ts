/** The newest articles in the store, overall or about some figures: the popup's list before a search. */
import { unwrap } from 'idb';
import { clampLimit } from '../../validate/limits';
import { figureRange, type ArticleRecord, type StoreDB } from '../db/schema';
import { summarise, type ArticleSummary } from './summaries';

/** The newest articles, optionally only those mentioning any of `figures`. */
export async function recentArticles(
  db: StoreDB,
  options: { figures?: readonly string[]; limit: number },
): Promise<ArticleSummary[]> {
  const limit = clampLimit(options.limit, 1);
  const articles = db.transaction('articles').store;
  if (!options.figures || options.figures.length === 0) {
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

/** IndexedDB 3.0's `getAllRecords` (https://w3c.github.io/IndexedDB/#dom-idbindex-getallrecords), not yet in TypeScript's DOM types. */
interface WithGetAllRecords {
  getAllRecords?(options: {
    count?: number;
    direction?: IDBCursorDirection;
  }): IDBRequest<{ value: ArticleRecord }[]>;
}

/**
 * The newest `limit` records of the by-date index in one request where the browser reads records
 * backwards in bulk (Chromium 141+); null elsewhere (a cursor then steps through them, one round
 * trip to the database per article, each waiting its turn on a page's busy thread).
 */
function newestInOneRequest(index: IDBIndex, limit: number): Promise<ArticleRecord[]> | null {
  const { getAllRecords } = index as IDBIndex & WithGetAllRecords;
  if (typeof getAllRecords !== 'function') return null;
  return new Promise((resolve, reject) => {
    const request = getAllRecords.call(index, { count: limit, direction: 'prev' });
    request.onsuccess = () => resolve(request.result.map((record) => record.value));
    request.onerror = () => reject(request.error ?? new Error('getAllRecords failed'));
  });
}
