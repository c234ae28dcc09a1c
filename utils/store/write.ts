/** Batched writes: each call is one transaction, issuing every request before awaiting any. */
import type { IDBPTransaction } from 'idb';
import type { ArticleRows } from './records';
import type { FigureRecord, SourceRecord, StoreDB, StoreSchema } from './schema';

/** The stores a content write touches. */
export const WRITE_STORES = ['articles', 'mentions', 'sources', 'figures', 'meta'] as const;
type WriteTx = IDBPTransaction<StoreSchema, (typeof WRITE_STORES)[number][], 'readwrite'>;

/** Meta key bumped by every content write, so derived caches (the search index) know to rebuild. */
export const GENERATION_KEY = 'generation';

/** Open a write transaction over every content store. */
export function writeTransaction(
  db: StoreDB,
  durability: 'default' | 'relaxed' = 'default',
): WriteTx {
  return db.transaction([...WRITE_STORES], 'readwrite', { durability });
}

/** The key range of every mention row of one article (primary key `[articleKey, figureId]`). */
export function mentionsOf(key: string): IDBKeyRange {
  // Arrays sort after strings, so `[key, []]` bounds every `[key, figureId]`.
  return IDBKeyRange.bound([key], [key, []]);
}

/** Queue puts of articles with their mentions; `replace` first clears mentions of articles that may exist. */
export function queueArticles(
  tx: WriteTx,
  rows: readonly ArticleRows[],
  replace: boolean,
): Promise<unknown>[] {
  const articles = tx.objectStore('articles');
  const mentions = tx.objectStore('mentions');
  const requests: Promise<unknown>[] = [];
  for (const row of rows) {
    if (replace) requests.push(mentions.delete(mentionsOf(row.article.key)));
    requests.push(articles.put(row.article));
    for (const mention of row.mentions) requests.push(mentions.put(mention));
  }
  return requests;
}

/** Delete every article, mention and figure of a source inside `tx`. */
export async function deleteSourceContent(tx: WriteTx, sourceId: string): Promise<number> {
  const articles = tx.objectStore('articles');
  const mentions = tx.objectStore('mentions');
  const keys = await articles.index('by-source').getAllKeys(sourceId);
  const requests: Promise<unknown>[] = [];
  for (const key of keys) {
    requests.push(articles.delete(key), mentions.delete(mentionsOf(key)));
  }
  const figures = tx.objectStore('figures');
  for (const id of await figures.index('by-source').getAllKeys(sourceId))
    requests.push(figures.delete(id));
  await Promise.all(requests);
  return keys.length;
}

/** Bump the write generation inside `tx`. */
export async function bumpGeneration(tx: WriteTx): Promise<void> {
  const meta = tx.objectStore('meta');
  const current = await meta.get(GENERATION_KEY);
  await meta.put((typeof current === 'number' ? current : 0) + 1, GENERATION_KEY);
}

/** Replace a whole source (articles, figures, source row) in one all-or-nothing transaction. */
export async function replaceSource(
  db: StoreDB,
  source: SourceRecord,
  rows: readonly ArticleRows[],
  figures: readonly FigureRecord[],
  extraMeta: Record<string, unknown> = {},
): Promise<{ removed: number }> {
  const tx = writeTransaction(db);
  try {
    const removed = await deleteSourceContent(tx, source.id);
    const requests = queueArticles(tx, rows, false);
    for (const figure of figures) requests.push(tx.objectStore('figures').put(figure));
    requests.push(tx.objectStore('sources').put(source));
    for (const [key, value] of Object.entries(extraMeta))
      requests.push(tx.objectStore('meta').put(value, key));
    await Promise.all(requests);
    await bumpGeneration(tx);
    await tx.done;
    return { removed };
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** Abort a transaction that may already be finished. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}

/** Bulk-load rows for one source in batches, one relaxed-durability transaction per batch (bench, large syncs). */
export async function bulkLoad(
  db: StoreDB,
  rows: readonly ArticleRows[],
  batchSize = 2000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const tx = writeTransaction(db, 'relaxed');
    const requests = queueArticles(tx, rows.slice(i, i + batchSize), false);
    requests.push(bumpGeneration(tx));
    await Promise.all(requests);
    await tx.done;
  }
}
