/** Synced feeds: replace a source with what its URL served, all or nothing, or record why the sync failed. */
import { BUNDLED_SOURCE_ID } from './schema';
import { readFeed } from './validate';
import { knownFigureIds } from './known-figures';
import { describeStoreError } from '../db/errors';
import { toRecord } from '../db/records';
import type { FigureRecord, SourceRecord, StoreDB } from '../db/schema';
import { replaceSource } from '../derived/write';

/** The result of storing a synced feed. */
export type SyncResult =
  { ok: true; added: number; removed: number } | { ok: false; error: string };

/** Replace a synced source's articles with a fetched feed, all or nothing; every article lands in `sourceId`. */
export async function putSyncedFeed(
  db: StoreDB,
  sourceId: string,
  input: unknown,
  meta: { url?: string; etag?: string } = {},
): Promise<SyncResult> {
  if (sourceId === BUNDLED_SOURCE_ID)
    return { ok: false, error: 'The bundled source cannot be synced.' };
  try {
    const parsed = readFeed(input, await knownFigureIds(db));
    if (!parsed.ok) return parsed;
    const { feed } = parsed;
    const records = feed.articles.map((item) => toRecord(item, sourceId));
    const now = new Date().toISOString();
    const head = feed.sources[0];
    const source: SourceRecord = {
      id: sourceId,
      title: head?.title ?? sourceId,
      kind: 'synced',
      articleCount: records.length,
      sync: {
        status: 'ok',
        lastAttempt: now,
        lastSuccess: now,
        ...(meta.etag ? { etag: meta.etag } : {}),
      },
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

/** Record a failed sync attempt on a source without touching its articles. */
export async function markSyncFailed(db: StoreDB, sourceId: string, error: string): Promise<void> {
  const tx = db.transaction('sources', 'readwrite');
  const source = await tx.store.get(sourceId);
  if (source) {
    await tx.store.put({
      ...source,
      sync: { ...source.sync, status: 'error', error, lastAttempt: new Date().toISOString() },
    });
  }
  await tx.done;
}
