/** Whether the store already holds a bundle: two small reads, without the seeding code (seed-bundled.ts). */
import { unwrap } from 'idb';
import { BUNDLED_SOURCE_ID, BUNDLE_HASH_KEY } from './bundle-keys';
import { sourceRange, type StoreDB } from '../db/schema';
import { dropEarlyReads, takeEarlyRead } from '../db/early-open';

export { BUNDLE_HASH_KEY } from './bundle-keys';

/**
 * Whether the store holds the bundle with this content hash and article count. Answered from the
 * popup's opener's reads when it made them (early-open.ts); when the bundle is not current, those
 * reads are dropped, as the seeding that follows changes what they saw.
 */
export async function bundleIsCurrent(db: StoreDB, hash: string, count: number): Promise<boolean> {
  const early = await takeEarlyRead(unwrap(db), 'bundle');
  const [storedHash, storedCount] = early
    ? [early.hash, early.articles]
    : await Promise.all([
        db.get('meta', BUNDLE_HASH_KEY),
        db.count('articles', sourceRange(BUNDLED_SOURCE_ID)),
      ]);
  const current = storedHash === hash && storedCount === count;
  if (!current) dropEarlyReads(unwrap(db));
  return current;
}
