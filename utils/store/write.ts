/** Batched writes: each call is one transaction that issues its requests before awaiting, and awaits only IndexedDB. */
import type { IDBPTransaction } from 'idb';
import {
  sourceRange,
  type ArticleRecord,
  type FigureRecord,
  type SourceRecord,
  type StoreDB,
  type StoreSchema,
} from './schema';
import { accumulate, applyDelta, type StatsDelta } from './stats';

/** The stores a content write touches. */
export const WRITE_STORES = ['articles', 'figureStats', 'sources', 'figures', 'meta'] as const;
/** A write transaction over every content store. */
export type WriteTx = IDBPTransaction<StoreSchema, (typeof WRITE_STORES)[number][], 'readwrite'>;

/** Meta key bumped by every content write, so derived caches (the search index) know to rebuild. */
export const GENERATION_KEY = 'generation';

/** Open a write transaction over every content store. */
export function writeTransaction(
  db: StoreDB,
  durability: 'default' | 'relaxed' = 'default',
): WriteTx {
  return db.transaction([...WRITE_STORES], 'readwrite', { durability });
}

/** Queue puts of articles; the caller accounts for them in the figure aggregates. */
export function queueArticles(tx: WriteTx, articles: readonly ArticleRecord[]): Promise<unknown>[] {
  const store = tx.objectStore('articles');
  return articles.map((article) => store.put(article));
}

/** Apply aggregate changes and bump the write generation, inside `tx`. */
export async function commitStats(tx: WriteTx, delta: StatsDelta): Promise<void> {
  const stats = tx.objectStore('figureStats');
  const meta = tx.objectStore('meta');
  const changes = [...delta.values()];
  const [stored, generation] = await Promise.all([
    Promise.all(changes.map((change) => stats.get(change.figureId))),
    meta.get(GENERATION_KEY),
  ]);
  const requests: Promise<unknown>[] = [
    meta.put((typeof generation === 'number' ? generation : 0) + 1, GENERATION_KEY),
  ];
  changes.forEach((change, i) => {
    const next = applyDelta(stored[i], change);
    requests.push(next ? stats.put(next) : stats.delete(change.figureId));
  });
  await Promise.all(requests);
}

/** Delete every article and figure addition of a source inside `tx`, subtracting them from the aggregates. */
export async function deleteSourceContent(
  tx: WriteTx,
  sourceId: string,
  delta: StatsDelta,
): Promise<number> {
  const articles = tx.objectStore('articles');
  const figures = tx.objectStore('figures');
  const [old, figureIds] = await Promise.all([
    articles.getAll(sourceRange(sourceId)),
    figures.index('by-source').getAllKeys(sourceId),
  ]);
  accumulate(delta, old, -1);
  await Promise.all([
    articles.delete(sourceRange(sourceId)),
    ...figureIds.map((id) => figures.delete(id)),
  ]);
  return old.length;
}

/** Abort a transaction that may already be finished. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}

/** Run `work` in one write transaction; on any failure abort, so nothing of it is stored. */
export async function inWriteTransaction<T>(
  db: StoreDB,
  work: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  const tx = writeTransaction(db);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** Replace a whole source (articles, figures, source row) in one all-or-nothing transaction. */
export async function replaceSource(
  db: StoreDB,
  source: SourceRecord,
  articles: readonly ArticleRecord[],
  figures: readonly FigureRecord[],
  extraMeta: Record<string, unknown> = {},
): Promise<{ removed: number }> {
  return inWriteTransaction(db, async (tx) => {
    const delta: StatsDelta = new Map();
    const removed = await deleteSourceContent(tx, source.id, delta);
    accumulate(delta, articles, 1);
    const requests = queueArticles(tx, articles);
    for (const figure of figures) requests.push(tx.objectStore('figures').put(figure));
    requests.push(tx.objectStore('sources').put(source));
    for (const [key, value] of Object.entries(extraMeta))
      requests.push(tx.objectStore('meta').put(value, key));
    await Promise.all(requests);
    await commitStats(tx, delta);
    return { removed };
  });
}

/**
 * Bulk-load new articles (keys not yet stored) in batches: one relaxed-durability transaction per batch, with up
 * to `inFlight` transactions queued so the page serialises one batch while the database writes the previous.
 */
export async function bulkLoad(
  db: StoreDB,
  batches: Iterable<readonly ArticleRecord[]>,
  inFlight = 3,
): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const batch of batches) {
    const tx = writeTransaction(db, 'relaxed');
    const requests = queueArticles(tx, batch);
    requests.push(commitStats(tx, accumulate(new Map(), batch, 1)));
    const done = Promise.all(requests).then(() => tx.done);
    done.catch(() => undefined); // Still awaited below; this only stops an early failure counting as unhandled.
    pending.push(done);
    if (pending.length >= inFlight) await pending.shift();
  }
  await Promise.all(pending);
}
