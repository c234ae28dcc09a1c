/** Synced feeds: replace a source with what its URL served, all or nothing, or record why the sync failed. */
import { BUNDLED_SOURCE_ID } from './schema';
import { readFeed, type FeedResult } from './validate';
import { clipError } from './plain-text';
import { knownFigureIds } from './known-figures';
import { describeStoreError } from '../db/errors';
import { toRecord } from '../db/records';
import {
  sourceRange,
  type ArticleRecord,
  type FigureRecord,
  type SourceRecord,
  type StoreDB,
  type SyncState,
} from '../db/schema';
import type { Feed } from './schema';
import {
  abortQuietly,
  commitDerived,
  queueArticles,
  replaceSource,
  writeTransaction,
  type WriteTx,
} from '../derived/write';

/** The result of storing a synced feed (`updated`/`unchanged` are counted when merging). */
export type SyncResult =
  | { ok: true; added: number; removed: number; updated?: number; unchanged?: number }
  | { ok: false; error: string };

/** What a sync knows besides the feed: where it came from and how to ask next time. */
export interface SyncMeta {
  url?: string;
  etag?: string;
  lastModified?: string;
  format?: SyncState['format'];
  /** Items of the feed left out before it got here (bad or unrelated), reported with the result. */
  skipped?: number;
  /**
   * `replace` (default): the source becomes exactly the feed. `merge`: articles are matched by id, else by URL;
   * a match is replaced only when it changed (a newer `updated` wins); nothing is removed (RSS and Atom list
   * only their latest items).
   */
  mode?: 'replace' | 'merge';
  /** Cancels the write: an aborted sync stores nothing. */
  signal?: AbortSignal;
  /** Called as a merge writes: `done` of `total` steps (each article queued, then stored; derived data; commit). */
  onProgress?: (done: number, total: number) => void;
}

/** A source's sync state after a successful sync at `now`: the server's validators and format kept, the result recorded. */
function syncedAt(
  now: string,
  meta: SyncMeta,
  lastResult: NonNullable<SyncState['lastResult']>,
): SyncState {
  return {
    status: 'ok',
    lastAttempt: now,
    lastSuccess: now,
    ...(meta.etag ? { etag: meta.etag } : {}),
    ...(meta.lastModified ? { lastModified: meta.lastModified } : {}),
    ...(meta.format ? { format: meta.format } : {}),
    lastResult,
  };
}

/** Replace (or merge into) a synced source's articles from a feed, all or nothing; every article lands in `sourceId`. */
export async function putSyncedFeed(
  db: StoreDB,
  sourceId: string,
  input: unknown,
  meta: SyncMeta = {},
): Promise<SyncResult> {
  const parsed = await readFeedFor(db, input);
  return parsed.ok ? storeSyncedFeed(db, sourceId, parsed.feed, meta) : parsed;
}

/** `readFeed` against the figures the store knows, or why the store could not say. */
async function readFeedFor(db: StoreDB, input: unknown): Promise<FeedResult> {
  try {
    return readFeed(input, await knownFigureIds(db));
  } catch (error) {
    return { ok: false, error: describeStoreError(error, 'store the synced feed') };
  }
}

/** Store a feed already read and checked (`readFeed`, `readFeedInSlices`) as `putSyncedFeed` does. */
export async function storeSyncedFeed(
  db: StoreDB,
  sourceId: string,
  feed: Feed,
  meta: SyncMeta = {},
): Promise<SyncResult> {
  if (sourceId === BUNDLED_SOURCE_ID)
    return { ok: false, error: 'The bundled source cannot be synced.' };
  try {
    const records = feed.articles.map((item) => toRecord(item, sourceId));
    if (meta.mode === 'merge') return await mergeSyncedFeed(db, sourceId, feed, records, meta);
    const now = new Date().toISOString();
    const head = feed.sources[0];
    const source: SourceRecord = {
      id: sourceId,
      title: head?.title ?? sourceId,
      kind: 'synced',
      articleCount: records.length,
      sync: syncedAt(now, meta, { added: records.length, updated: 0, unchanged: false }),
    };
    const url = meta.url ?? head?.url;
    if (url !== undefined) source.url = url;
    if (feed.contentHash !== undefined) source.contentHash = feed.contentHash;
    const figures: FigureRecord[] = (feed.figures ?? []).map((f) => ({ ...f, sourceId }));
    const { removed } = await replaceSource(db, source, records, figures);
    return { ok: true, added: records.length, removed };
  } catch (error) {
    return { ok: false, error: describeStoreError(error, 'store the synced feed') };
  }
}

/** Whether a stored article and a fetched one say the same. */
function sameContent(a: ArticleRecord, b: ArticleRecord): boolean {
  return (
    a.title === b.title &&
    a.date === b.date &&
    a.text === b.text &&
    a.url === b.url &&
    a.attribution === b.attribution &&
    a.figures.join() === b.figures.join()
  );
}

/** Whether `incoming` should replace `stored`: a newer `updated` wins; without dates to compare, any change. */
function isNewer(stored: ArticleRecord, incoming: ArticleRecord): boolean {
  if (stored.updated && incoming.updated) return incoming.updated > stored.updated;
  if (stored.updated && !incoming.updated) return false;
  return !sameContent(stored, incoming);
}

/** The error a cancelled write reports. */
export const CANCELLED = 'The sync was cancelled. Nothing was changed.';

async function mergeSyncedFeed(
  db: StoreDB,
  sourceId: string,
  feed: Feed,
  incoming: readonly ArticleRecord[],
  meta: SyncMeta,
): Promise<SyncResult> {
  if (meta.signal?.aborted) return { ok: false, error: CANCELLED };
  const tx = writeTransaction(db);
  const onAbort = () => abortQuietly(tx);
  meta.signal?.addEventListener('abort', onAbort);
  try {
    const articles = tx.objectStore('articles');
    const [stored, before] = await Promise.all([
      articles.getAll(sourceRange(sourceId)),
      tx.objectStore('sources').get(sourceId),
    ]);
    const byKey = new Map(stored.map((r) => [r.key, r]));
    const byUrl = new Map<string, ArticleRecord>();
    for (const record of stored) if (record.url) byUrl.set(record.url, record);
    const replaced: ArticleRecord[] = [];
    const written: ArticleRecord[] = [];
    const deletes: string[] = [];
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const record of incoming) {
      const match = byKey.get(record.key) ?? (record.url ? byUrl.get(record.url) : undefined);
      if (!match) {
        added++;
        written.push(record);
      } else if (isNewer(match, record)) {
        updated++;
        replaced.push(match);
        written.push(record);
        if (match.key !== record.key) deletes.push(match.key);
      } else {
        unchanged++;
      }
    }
    const now = new Date().toISOString();
    const head = feed.sources[0];
    const source: SourceRecord = {
      id: sourceId,
      title: head?.title ?? before?.title ?? sourceId,
      kind: 'synced',
      articleCount: stored.length + added,
      sync: {
        ...(before?.sync.keepEveryItem ? { keepEveryItem: true } : {}),
        ...syncedAt(now, meta, {
          added,
          updated,
          unchanged: added + updated === 0,
          ...(meta.skipped ? { skipped: meta.skipped } : {}),
        }),
      },
    };
    const url = meta.url ?? before?.url ?? head?.url;
    if (url !== undefined) source.url = url;
    if (feed.contentHash !== undefined) source.contentHash = feed.contentHash;
    const requests: Promise<unknown>[] = deletes.map((key) => articles.delete(key));
    const steps = writeSteps(written.length);
    requests.push(...queueWithProgress(tx, written, steps, meta.onProgress));
    requests.push(tx.objectStore('sources').put(source));
    for (const figure of feed.figures ?? [])
      requests.push(tx.objectStore('figures').put({ ...figure, sourceId }));
    await Promise.all(requests);
    if (written.length > 0) await commitDerived(tx, replaced, written);
    meta.onProgress?.(steps.derived, steps.total);
    await tx.done;
    meta.onProgress?.(steps.total, steps.total);
    return { ok: true, added, removed: 0, updated, unchanged };
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    if (meta.signal?.aborted) return { ok: false, error: CANCELLED };
    return { ok: false, error: describeStoreError(error, 'store the synced feed') };
  } finally {
    meta.signal?.removeEventListener('abort', onAbort);
  }
}

/** How many articles one progress report of a merge's write covers. */
const WRITE_SLICE = 250;

/**
 * A merge's write in progress steps: each article once when queued (the browser copies it then) and once when
 * stored (requests complete in order), then the derived data and the commit, a tenth of the articles' steps each.
 */
function writeSteps(articles: number): { derived: number; total: number } {
  const tail = Math.max(1, Math.round(articles / 5));
  return { derived: 2 * articles + tail, total: 2 * articles + 2 * tail };
}

/** Queue the puts of `written` in slices, reporting as each slice is queued and as it is stored. */
function queueWithProgress(
  tx: WriteTx,
  written: readonly ArticleRecord[],
  steps: { total: number },
  onProgress: SyncMeta['onProgress'],
): Promise<unknown>[] {
  if (!onProgress) return queueArticles(tx, written);
  let queued = 0;
  let stored = 0;
  const requests: Promise<unknown>[] = [];
  for (let start = 0; start < written.length; start += WRITE_SLICE) {
    const slice = queueArticles(tx, written.slice(start, start + WRITE_SLICE));
    queued += slice.length;
    const end = queued;
    void slice[slice.length - 1]?.then(
      () => {
        stored = end;
        onProgress(queued + stored, steps.total);
      },
      () => undefined,
    );
    requests.push(...slice);
    onProgress(queued + stored, steps.total);
  }
  return requests;
}

/** Record a sync that found nothing new (HTTP 304, same content hash): only the source's sync state changes. */
export async function markSyncUnchanged(
  db: StoreDB,
  sourceId: string,
  meta: Pick<SyncMeta, 'etag' | 'lastModified'> = {},
): Promise<void> {
  const tx = db.transaction('sources', 'readwrite');
  const source = await tx.store.get(sourceId);
  if (source) {
    const now = new Date().toISOString();
    const { error: _error, ...sync } = source.sync;
    await tx.store.put({
      ...source,
      sync: {
        ...sync,
        status: 'ok',
        lastAttempt: now,
        lastSuccess: now,
        ...(meta.etag ? { etag: meta.etag } : {}),
        ...(meta.lastModified ? { lastModified: meta.lastModified } : {}),
        lastResult: { added: 0, updated: 0, unchanged: true },
      },
    });
  }
  await tx.done;
}

/** Record a failed sync attempt on a source without touching its articles. */
export async function markSyncFailed(db: StoreDB, sourceId: string, error: string): Promise<void> {
  const tx = db.transaction('sources', 'readwrite');
  const source = await tx.store.get(sourceId);
  if (source) {
    await tx.store.put({
      ...source,
      sync: {
        ...source.sync,
        status: 'error',
        error: clipError(error),
        lastAttempt: new Date().toISOString(),
      },
    });
  }
  await tx.done;
}
