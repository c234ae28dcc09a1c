/** The memoised store connection: open, migrate, seed the bundle once, and reopen after another context's upgrade. */
import { openStore } from './open';
import { DB_NAME, type StoreDB } from './schema';
import { bundleIsCurrent } from '../feeds/bundle-check';
import type { SeedResult } from '../feeds/seed-bundled';
import { describeStoreError, StoreError } from './errors';

/** Loads the bundled feed (parsed JSON). */
export type BundleLoader = () => Promise<unknown>;

/** What the build knows of the bundle it ships (its content hash and article count), so an unchanged one is never loaded. */
export interface BundleStamp {
  contentHash: string;
  articles: number;
}

function loadSeeding(): Promise<typeof import('../feeds/seed-bundled')> {
  return import('../feeds/seed-bundled');
}

/** A store connection manager; tests make their own with an injected loader and name. */
export interface StoreManager {
  /** Open (migrating) and seed the bundled source if it changed; memoised until the connection closes. */
  prepare(): Promise<StoreDB>;
  /** Put the bundled articles back exactly as shipped, leaving other sources alone. */
  restoreBundled(db: StoreDB): Promise<SeedResult>;
  /** Why the last seeding failed, for the UI; null when the bundled articles are current. */
  problem(): string | null;
  /** Close the connection and forget it (tests, shutdown). */
  close(): Promise<void>;
}

/**
 * Create a manager for the database `name` whose bundle comes from `loadBundle`. With the build's
 * `stamp`, a store already seeded with that bundle opens without fetching or parsing it.
 */
export function createStoreManager(
  loadBundle: BundleLoader,
  name: string = DB_NAME,
  stamp: BundleStamp | null = null,
): StoreManager {
  let pending: Promise<StoreDB> | null = null;
  let problem: string | null = null;
  const forget = (): void => {
    pending = null;
  };

  async function openAndSeed(): Promise<StoreDB> {
    const db = await openStore({ name, onClose: forget });
    try {
      // Every page opening prepares the store: comparing the stamp costs two small reads, where
      // loading the bundle costs a fetch and a parse of the whole feed.
      if (stamp && (await bundleIsCurrent(db, stamp.contentHash, stamp.articles))) {
        problem = null;
        return db;
      }
      // The bundle is fetched outside any transaction; seeding then runs in one transaction. The
      // seeding code (validation, the catalogue) loads only here: most openings never need it.
      const [{ seedBundled }, bundle] = await Promise.all([loadSeeding(), loadBundle()]);
      await seedBundled(db, bundle);
      problem = null;
    } catch (error) {
      // A failed seed rolls back and keeps what was stored: the store stays usable, and the UI can say why.
      problem =
        error instanceof StoreError
          ? error.message
          : describeStoreError(error, 'load the bundled articles');
      console.warn(problem);
    }
    return db;
  }

  return {
    prepare() {
      if (!pending) {
        pending = openAndSeed();
        pending.catch(forget);
      }
      return pending;
    },
    problem: () => problem,
    async restoreBundled(db) {
      const [{ seedBundled }, bundle] = await Promise.all([loadSeeding(), loadBundle()]);
      return seedBundled(db, bundle, { force: true });
    },
    async close() {
      const current = pending;
      pending = null;
      if (current) (await current.catch(() => null))?.close();
    },
  };
}
