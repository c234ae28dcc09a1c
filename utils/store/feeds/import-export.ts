/** Feeds in and out of the store: import, export, synced feeds. Bad input never touches stored data. */
import { FIGURES } from '../../detect/catalogue';
import { BUNDLED_SOURCE_ID, FEED_FORMAT, FEED_VERSION, type Feed, type FeedSource } from './schema';
import { readFeed, type KnownFigures } from './validate';
import { describeStoreError } from '../db/errors';
import { toFeedArticle, toRecord } from '../db/records';
import type { ArticleRecord, FigureRecord, SourceRecord, StoreDB } from '../db/schema';
import { commitDerived, inWriteTransaction, queueArticles, replaceSource } from '../derived/write';

/** The result of an import. */
export type ImportResult =
  { ok: true; added: number; updated: number; skipped: number } | { ok: false; error: string };

/** The result of storing a synced feed. */
export type SyncResult =
  { ok: true; added: number; removed: number } | { ok: false; error: string };

/** Figure ids the store accepts: the built-in catalogue and the additions already stored. */
export async function knownFigureIds(db: StoreDB): Promise<KnownFigures> {
  return {
    catalogue: new Set(FIGURES.map((f) => f.id)),
    additions: new Set(await db.getAllKeys('figures')),
  };
}

/** Export every source, figure addition and article as one feed. */
export async function exportAll(db: StoreDB): Promise<Feed> {
  const tx = db.transaction(['articles', 'sources', 'figures'], 'readonly');
  const [sources, figures, articles] = await Promise.all([
    tx.objectStore('sources').getAll(),
    tx.objectStore('figures').getAll(),
    tx.objectStore('articles').getAll(),
  ]);
  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generated: new Date().toISOString(),
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      ...(s.url ? { url: s.url } : {}),
    })),
    figures: figures.map(({ sourceId: _sourceId, ...figure }) => figure),
    articles: articles.map(toFeedArticle),
  };
}

/** Merge a feed or export into the store in one transaction; bundled articles are skipped (restoreBundled brings them back). */
export async function importAll(db: StoreDB, input: unknown): Promise<ImportResult> {
  try {
    const parsed = readFeed(input, await knownFigureIds(db));
    if (!parsed.ok) return parsed;
    const { feed } = parsed;
    const defaultSource = feed.sources[0]?.id ?? '';
    const records: ArticleRecord[] = [];
    let skipped = 0;
    for (const item of feed.articles) {
      const sourceId = item.sourceId ?? defaultSource;
      if (sourceId === BUNDLED_SOURCE_ID) skipped++;
      else records.push(toRecord(item, sourceId));
    }
    const imported = feed.sources.filter((s) => s.id !== BUNDLED_SOURCE_ID);
    const updated = await inWriteTransaction(db, async (tx) => {
      const articles = tx.objectStore('articles');
      const [previous, stored] = await Promise.all([
        Promise.all(records.map((r) => articles.get(r.key))),
        Promise.all(imported.map((s) => tx.objectStore('sources').get(s.id))),
      ]);
      const replaced = previous.filter((p): p is ArticleRecord => p !== undefined);
      const requests = queueArticles(tx, records);
      imported.forEach((source, i) => {
        const before = stored[i];
        const added = records.filter(
          (r, j) => r.sourceId === source.id && previous[j] === undefined,
        ).length;
        requests.push(
          tx
            .objectStore('sources')
            .put(mergeSource(source, before, (before?.articleCount ?? 0) + added)),
        );
      });
      const owner = imported[0]?.id ?? defaultSource;
      for (const figure of feed.figures ?? []) {
        requests.push(tx.objectStore('figures').put({ ...figure, sourceId: owner }));
      }
      await Promise.all(requests);
      await commitDerived(tx, replaced, records);
      return replaced.length;
    });
    return { ok: true, added: records.length - updated, updated, skipped };
  } catch (error) {
    return { ok: false, error: describeStoreError(error, 'import the file') };
  }
}

function mergeSource(
  source: FeedSource,
  before: SourceRecord | undefined,
  articleCount: number,
): SourceRecord {
  const record: SourceRecord = {
    id: source.id,
    title: source.title,
    kind: before?.kind ?? (source.kind === 'synced' ? 'synced' : 'imported'),
    articleCount,
    sync: before?.sync ?? { status: 'never' },
  };
  const url = source.url ?? before?.url;
  if (url !== undefined) record.url = url;
  return record;
}

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
