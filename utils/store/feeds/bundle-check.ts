/** Whether the store already holds a bundle: two small reads, without the seeding code (seed-bundled.ts). */
import { BUNDLED_SOURCE_ID } from './schema';
import { sourceRange, type StoreDB } from '../db/schema';

/** Meta key of the content hash of the bundle last seeded. */
export const BUNDLE_HASH_KEY = 'bundle:hash';

/** Whether the store holds the bundle with this content hash and article count. */
export async function bundleIsCurrent(db: StoreDB, hash: string, count: number): Promise<boolean> {
  const [storedHash, storedCount] = await Promise.all([
    db.get('meta', BUNDLE_HASH_KEY),
    db.count('articles', sourceRange(BUNDLED_SOURCE_ID)),
  ]);
  return storedHash === hash && storedCount === count;
}
