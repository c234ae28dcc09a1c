/**
 * The store's connection started as a page starts, before its code has loaded: a tiny script of
 * its own (entrypoints/store-opener.ts, first in the popup's HTML) opens it, and openStore takes it
 * over, so opening the database overlaps fetching, parsing and rendering the page. As soon as it
 * opens, the opener also reads, in one transaction, what the page's code would otherwise ask
 * for only after its first render, one round trip after another: the bundle check's two values,
 * the sources (the status line) and the newest articles. The page takes each once
 * (`takeEarlyRead`): later calls read the store again.
 */
import { BUNDLED_SOURCE_ID, BUNDLE_HASH_KEY } from '../feeds/bundle-keys';
import { newestRecordsRequest } from './newest-records';
import {
  DB_NAME,
  SCHEMA_VERSION,
  sourceRange,
  type ArticleRecord,
  type SourceRecord,
} from './schema';

/** How many newest articles the opener reads (the popup lists six). */
export const EARLY_NEWEST = 6;

/** What the opener read as the store opened, by part; each part is taken once. */
export interface EarlyReads {
  /** The stored bundle hash and bundled article count (feeds/bundle-check.ts). */
  bundle: { hash: unknown; articles: number };
  /** Every source record (queries/sources.ts). */
  sources: SourceRecord[];
  /** The EARLY_NEWEST newest articles by date, newest first (queries/recent.ts); absent where the browser cannot read them in one request. */
  newest?: ArticleRecord[];
}

/** The global the opener leaves for openStore. */
const KEY = '__backchannelStoreOpening';

interface EarlyOpening {
  name: string;
  version: number;
  /** The connection, or null when it could not open without an upgrade (or failed). */
  opening: Promise<IDBDatabase | null>;
  /** It closed for another context's upgrade before openStore took it. */
  closed: boolean;
  /** The opener's reads, null when they failed. */
  reads: Promise<Partial<EarlyReads> | null>;
}

/** The reads made on each connection the page took over, by part, until taken or dropped. */
const readsOf = new WeakMap<IDBDatabase, Promise<Partial<EarlyReads> | null>>();

/** Reads what a page asks for first, in one transaction (the page's code has the records' meaning). */
function readEarly(db: IDBDatabase): Promise<Partial<EarlyReads> | null> {
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(['meta', 'articles', 'sources'], 'readonly');
      const articles = tx.objectStore('articles');
      const hash = tx.objectStore('meta').get(BUNDLE_HASH_KEY);
      const bundled = articles.count(sourceRange(BUNDLED_SOURCE_ID));
      const sources = tx.objectStore('sources').getAll() as IDBRequest<SourceRecord[]>;
      const newest = newestRecordsRequest(articles.index('by-date'), EARLY_NEWEST);
      tx.oncomplete = () =>
        resolve({
          bundle: { hash: hash.result, articles: bundled.result },
          sources: sources.result,
          ...(newest ? { newest: newest.result.map((record) => record.value) } : {}),
        });
      tx.onabort = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/**
 * Starts opening the store at its current version. An upgrade needs the migrations, which only
 * the page's code has: the opener aborts it and leaves the upgrade to openStore.
 */
export function openStoreEarly(name: string = DB_NAME, version: number = SCHEMA_VERSION): void {
  const early: EarlyOpening = {
    name,
    version,
    opening: Promise.resolve(null),
    closed: false,
    reads: Promise.resolve(null),
  };
  early.opening = new Promise<IDBDatabase | null>((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, version);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Until openStore takes it over, never block another context's upgrade.
      db.onversionchange = () => {
        db.close();
        early.closed = true;
      };
      early.reads = readEarly(db);
      resolve(db);
    };
  });
  (globalThis as Record<string, unknown>)[KEY] = early;
}

/**
 * The connection the opener started for `name` at `version`, taken once (null when there is
 * none, or it did not open). Its `versionchange` handler is left for the caller to replace.
 */
export async function takeEarlyConnection(
  name: string,
  version: number,
): Promise<IDBDatabase | null> {
  const global = globalThis as Record<string, unknown>;
  const early = global[KEY] as EarlyOpening | undefined;
  if (!early) return null;
  delete global[KEY];
  const db = await early.opening;
  if (!db || early.closed || early.name !== name || early.version !== version) {
    db?.close();
    return null;
  }
  readsOf.set(db, early.reads);
  return db;
}

/** The part of the opener's reads on `db` (undefined when there are none, or it was taken or dropped), taken once. */
export async function takeEarlyRead<Part extends keyof EarlyReads>(
  db: IDBDatabase,
  part: Part,
): Promise<EarlyReads[Part] | undefined> {
  const pending = readsOf.get(db);
  if (!pending) return undefined;
  const reads = await pending;
  // Read again: another caller may have taken this part, or dropped them all, while this one waited.
  if (!reads || readsOf.get(db) !== pending) return undefined;
  const value = reads[part];
  delete reads[part];
  return value;
}

/** Forgets the opener's reads on `db` (the store is about to change: seeding the bundle). */
export function dropEarlyReads(db: IDBDatabase): void {
  readsOf.delete(db);
}
