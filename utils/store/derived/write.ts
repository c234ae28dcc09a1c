/** Batched writes: each call is one transaction that issues its requests before awaiting, and awaits only IndexedDB. */
import type { IDBPTransaction } from 'idb';
import { nextView, refillView } from './figure-newest';
import {
  sourceRange,
  type ArticleRecord,
  type FigureRecord,
  type SourceRecord,
  type StoreDB,
  type StoreSchema,
} from '../db/schema';
import { accumulate, applyDelta } from './figure-stats';

/** The stores a content write touches. */
export const WRITE_STORES = [
  'articles',
  'figureStats',
  'figureNewest',
  'sources',
  'figures',
  'meta',
] as const;
/** A write transaction over every content store. */
export type WriteTx = IDBPTransaction<StoreSchema, (typeof WRITE_STORES)[number][], 'readwrite'>;

/** Meta key bumped by every content write, so derived caches (the search index) know to catch up. */
export const GENERATION_KEY = 'generation';

/**
 * What one write changed, kept in `meta` under `changeKey(generation)` for the last `CHANGES_KEPT` generations, so
 * a search index built at an older generation can catch up with those articles alone instead of rebuilding.
 */
export interface GenerationChanges {
  /** Keys of the articles the write deleted or replaced. */
  removed: string[];
  /** Keys of the articles it put. */
  added: string[];
}

/** How many generations' changes are kept; an index further behind is rebuilt. */
export const CHANGES_KEPT = 64;

/** Meta key of the changes written at `generation`. */
export function changeKey(generation: number): string {
  return `changes:${generation}`;
}

/** Open a write transaction over every content store. */
export function writeTransaction(
  db: StoreDB,
  durability: 'default' | 'relaxed' = 'default',
): WriteTx {
  return db.transaction([...WRITE_STORES], 'readwrite', { durability });
}

/** Queue puts of articles; the caller then accounts for them with `commitDerived`. */
export function queueArticles(tx: WriteTx, articles: readonly ArticleRecord[]): Promise<unknown>[] {
  const store = tx.objectStore('articles');
  return articles.map((article) => store.put(article));
}

/** Each figure's articles among `articles`, by figure id. */
function byFigure<T extends { figures: readonly string[] }>(
  articles: readonly T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const article of articles) {
    for (const figure of article.figures) {
      const list = out.get(figure);
      if (list) list.push(article);
      else out.set(figure, [article]);
    }
  }
  return out;
}

/** How a write treats the newest-articles views of the figures it touches. */
export type ViewMode = 'maintain' | 'drop';

/**
 * Bring everything derived from the articles up to date inside `tx`, once the article writes are queued:
 * per-figure aggregates, the write generation, and the newest-articles views of the figures touched, kept in
 * step (`maintain`) or deleted for `rebuildViews` to redo (`drop`, bulk loads: queries meanwhile read the
 * index). `removed` are the articles the write deletes or replaces, `added` those it puts.
 */
export async function commitDerived(
  tx: WriteTx,
  removed: readonly ArticleRecord[],
  added: readonly ArticleRecord[],
  views: ViewMode = 'maintain',
): Promise<void> {
  const stats = tx.objectStore('figureStats');
  const newest = tx.objectStore('figureNewest');
  const meta = tx.objectStore('meta');
  const changes = [...accumulate(accumulate(new Map(), removed, -1), added, 1).values()];
  const [storedStats, storedViews, generation] = await Promise.all([
    Promise.all(changes.map((change) => stats.get(change.figureId))),
    views === 'maintain' ? Promise.all(changes.map((change) => newest.get(change.figureId))) : [],
    meta.get(GENERATION_KEY),
  ]);
  // One set serves every figure: a view holds only articles naming its figure, so a removed key
  // found in it belongs to an article that named that figure.
  const removedKeys = new Set(removed.map((a) => a.key));
  const addedByFigure = views === 'maintain' ? byFigure(added) : new Map<string, never[]>();
  const next = (typeof generation === 'number' ? generation : 0) + 1;
  const changed: GenerationChanges = {
    removed: removed.map((a) => a.key),
    added: added.map((a) => a.key),
  };
  const requests: Promise<unknown>[] = [
    meta.put(next, GENERATION_KEY),
    meta.put(changed, changeKey(next)),
    meta.delete(changeKey(next - CHANGES_KEPT)),
  ];
  const index = tx.objectStore('articles').index('by-figure-date');
  changes.forEach((change, i) => {
    const id = change.figureId;
    const before = storedStats[i];
    const next = applyDelta(before, change);
    requests.push(next ? stats.put(next) : stats.delete(id));
    if (!next || views === 'drop') {
      requests.push(newest.delete(id));
      return;
    }
    const view = nextView(
      id,
      storedViews[i],
      (before?.articles ?? 0) > 0,
      removedKeys,
      addedByFigure.get(id) ?? [],
    );
    if (view.kind === 'put') requests.push(newest.put(view.record));
    // Queued after the article writes, so the index read sees them (requests run in order).
    else if (view.kind === 'refill') requests.push(refillView({ index, newest }, id));
  });
  await Promise.all(requests);
}

/** Rebuild the newest-articles views of `figureIds` from the index, in one transaction. */
export async function rebuildViews(
  db: StoreDB,
  figureIds: Iterable<string>,
  durability: 'default' | 'relaxed' = 'default',
): Promise<void> {
  // Read-write over the articles too, so no write lands between reading them and storing the views.
  const tx = db.transaction(['articles', 'figureNewest'], 'readwrite', { durability });
  const stores = {
    index: tx.objectStore('articles').index('by-figure-date'),
    newest: tx.objectStore('figureNewest'),
  };
  await Promise.all([...figureIds].map((id) => refillView(stores, id)));
  await tx.done;
}

/** Delete every article and figure addition of a source inside `tx`; returns the deleted articles. */
export async function deleteSourceContent(tx: WriteTx, sourceId: string): Promise<ArticleRecord[]> {
  const articles = tx.objectStore('articles');
  const figures = tx.objectStore('figures');
  const [old, figureIds] = await Promise.all([
    articles.getAll(sourceRange(sourceId)),
    figures.index('by-source').getAllKeys(sourceId),
  ]);
  await Promise.all([
    articles.delete(sourceRange(sourceId)),
    ...figureIds.map((id) => figures.delete(id)),
  ]);
  return old;
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
    const removed = await deleteSourceContent(tx, source.id);
    const requests = queueArticles(tx, articles);
    for (const figure of figures) requests.push(tx.objectStore('figures').put(figure));
    requests.push(tx.objectStore('sources').put(source));
    for (const [key, value] of Object.entries(extraMeta))
      requests.push(tx.objectStore('meta').put(value, key));
    await Promise.all(requests);
    await commitDerived(tx, removed, articles);
    return { removed: removed.length };
  });
}

/**
 * Bulk-load new articles (keys not yet stored) in batches: one relaxed-durability transaction per batch, with up
 * to `inFlight` transactions queued so the page serialises one batch while the database writes the previous.
 * The touched figures' newest-articles views are dropped batch by batch and rebuilt once at the end: kept in
 * step, they cost about a fifth of the throughput (bench/RESULTS.md), and meanwhile the index answers.
 */
export async function bulkLoad(
  db: StoreDB,
  batches: Iterable<readonly ArticleRecord[]>,
  inFlight = 3,
): Promise<void> {
  const pending: Promise<void>[] = [];
  const touched = new Set<string>();
  for (const batch of batches) {
    for (const article of batch) for (const figure of article.figures) touched.add(figure);
    const tx = writeTransaction(db, 'relaxed');
    const requests = queueArticles(tx, batch);
    requests.push(commitDerived(tx, [], batch, 'drop'));
    const done = Promise.all(requests).then(() => tx.done);
    done.catch(() => undefined); // Still awaited below; this only stops an early failure counting as unhandled.
    pending.push(done);
    if (pending.length >= inFlight) await pending.shift();
  }
  await Promise.all(pending);
  await rebuildViews(db, touched, 'relaxed');
}
