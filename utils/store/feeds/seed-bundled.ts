/** Seed and refresh the bundled source from the bundle shipped in the extension; synced sources are never touched. */
import { unwrap } from 'idb';
import { FIGURES } from '../../detect/catalogue';
import { BUNDLED_SOURCE_ID } from './schema';
import { readFeed } from './validate';
import { dropEarlyReads } from '../db/early-open';
import { StoreError } from '../db/errors';
import { toRecord } from '../db/records';
import type { SourceRecord, StoreDB } from '../db/schema';
import { replaceSource } from '../derived/write';
import { BUNDLE_HASH_KEY, bundleIsCurrent } from './bundle-check';

/** What seeding did. */
export interface SeedResult {
  changed: boolean;
  articles: number;
}

/** Cheap fields read before full validation, so an unchanged bundle costs two reads. */
function peek(raw: unknown): { hash: string | null; count: number } {
  if (typeof raw !== 'object' || raw === null) return { hash: null, count: -1 };
  const { contentHash, articles } = raw as { contentHash?: unknown; articles?: unknown };
  return {
    hash: typeof contentHash === 'string' ? contentHash : null,
    count: Array.isArray(articles) ? articles.length : -1,
  };
}

/** Replace the bundled source with `raw` when its hash or article count differs from what is stored (or when forced). */
export async function seedBundled(
  db: StoreDB,
  raw: unknown,
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  const { hash, count } = peek(raw);
  if (!options.force && hash !== null && (await bundleIsCurrent(db, hash, count)))
    return { changed: false, articles: count };
  const parsed = readFeed(raw, { catalogue: new Set(FIGURES.map((f) => f.id)) });
  if (!parsed.ok) throw new StoreError(`The bundled articles are damaged: ${parsed.error}`);
  const { feed } = parsed;
  const records = feed.articles.map((item) => toRecord(item, BUNDLED_SOURCE_ID));
  const source: SourceRecord = {
    id: BUNDLED_SOURCE_ID,
    title: feed.sources[0]?.title ?? 'Backchannel briefs',
    kind: 'bundled',
    articleCount: records.length,
    sync: { status: 'ok', lastSuccess: feed.generated ?? new Date().toISOString() },
  };
  if (feed.contentHash !== undefined) source.contentHash = feed.contentHash;
  // What the popup's opener read before (early-open.ts) no longer holds once the bundle is replaced.
  dropEarlyReads(unwrap(db));
  await replaceSource(db, source, records, [], { [BUNDLE_HASH_KEY]: feed.contentHash ?? null });
  return { changed: true, articles: records.length };
}
