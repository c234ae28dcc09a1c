/**
 * The store's connection started as a page starts, before its code has loaded: a tiny script of
 * its own (entrypoints/store-opener.ts, first in the popup's HTML) opens it, and openStore takes it
 * over, so opening the database overlaps fetching, parsing and rendering the page.
 */
import { DB_NAME, SCHEMA_VERSION } from './schema';

/** The global the opener leaves for openStore. */
const KEY = '__backchannelStoreOpening';

interface EarlyOpening {
  name: string;
  version: number;
  /** The connection, or null when it could not open without an upgrade (or failed). */
  opening: Promise<IDBDatabase | null>;
  /** It closed for another context's upgrade before openStore took it. */
  closed: boolean;
}

/**
 * Starts opening the store at its current version. An upgrade needs the migrations, which only
 * the page's code has: the opener aborts it and leaves the upgrade to openStore.
 */
export function openStoreEarly(name: string = DB_NAME, version: number = SCHEMA_VERSION): void {
  const early: EarlyOpening = { name, version, opening: Promise.resolve(null), closed: false };
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
  return db;
}
