/**
 * The store connection every context of the extension shares (one per page): opened, migrated and
 * seeded on first use. Its own module so the pages' small read chunk (quick-reads.ts) and the
 * whole API (index.ts) hold the same connection.
 */
import { browser } from 'wxt/browser';
import { BUILT_BUNDLE_STAMP } from './bundle-stamp';
import { createStoreManager, type BundleStamp, type StoreManager } from './db/manager';
import type { StoreDB } from './db/schema';
import type { SeedResult } from './feeds/seed-bundled';

/** Where the build puts the bundled feed inside the extension. */
export const BUNDLE_PATH = '/store/bundle.json';

async function fetchBundle(): Promise<unknown> {
  // getURL is typed with the public files known at `wxt prepare`; the bundle is generated, so widen it.
  const url = (browser.runtime.getURL as (path: string) => string)(BUNDLE_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the bundle is missing (${response.status})`);
  return response.json();
}

let manager: StoreManager = createStoreManager(fetchBundle, undefined, BUILT_BUNDLE_STAMP);

/** Open the store (migrating) and refresh the bundled articles if the bundle changed; memoised. */
export function prepareStore(): Promise<StoreDB> {
  return manager.prepare();
}

/** Put the bundled articles back as shipped; synced and imported sources are untouched. */
export function restoreBundled(db: StoreDB): Promise<SeedResult> {
  return manager.restoreBundled(db);
}

/** Why the bundled articles could not be loaded last time, or null. */
export function storeProblem(): string | null {
  return manager.problem();
}

/** Swap the bundle loader, database name and bundle stamp (tests, benches); closes the current connection. */
export async function configureStore(
  loadBundle: () => Promise<unknown>,
  name?: string,
  stamp: BundleStamp | null = null,
): Promise<void> {
  await manager.close();
  manager = createStoreManager(loadBundle, name, stamp);
}
