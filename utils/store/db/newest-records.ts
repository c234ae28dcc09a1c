/** The newest records of a by-date index in one request, where the browser can read backwards in bulk. */
import type { ArticleRecord } from './schema';

/** IndexedDB 3.0's `getAllRecords` (https://w3c.github.io/IndexedDB/#dom-idbindex-getallrecords), not yet in TypeScript's DOM types. */
interface WithGetAllRecords {
  getAllRecords?(options: {
    count?: number;
    direction?: IDBCursorDirection;
  }): IDBRequest<{ value: ArticleRecord }[]>;
}

/**
 * A request for the newest `count` records of `index` (by-date), newest first, where the browser
 * has `getAllRecords` (Chromium 141+); null elsewhere (a cursor then steps through them, one round
 * trip to the database per article, each waiting its turn on a page's busy thread).
 */
export function newestRecordsRequest(
  index: IDBIndex,
  count: number,
): IDBRequest<{ value: ArticleRecord }[]> | null {
  const { getAllRecords } = index as IDBIndex & WithGetAllRecords;
  if (typeof getAllRecords !== 'function') return null;
  return getAllRecords.call(index, { count, direction: 'prev' });
}
