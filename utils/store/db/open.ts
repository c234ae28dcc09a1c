/** Open the store at the current schema, migrating, and step aside when another context upgrades it. */
import { openDB, wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { takeEarlyConnection } from './early-open';
import { migrate, type Migration, MIGRATIONS } from './migrations';
import { DB_NAME, SCHEMA_VERSION, type StoreDB, type StoreSchema } from './schema';
import { describeStoreError, StoreError } from './errors';

/** How to open the store; tests pin older versions or inject failing migrations. */
export interface OpenOptions {
  name?: string;
  version?: number;
  migrations?: readonly Migration[];
  /** Called when the connection closes for another context's upgrade, or is lost. */
  onClose?: () => void;
}

type AnyTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

/** Open (and upgrade) the store; on failure the upgrade is aborted, so the previous version and its data stay intact. */
export async function openStore(options: OpenOptions = {}): Promise<StoreDB> {
  const version = options.version ?? SCHEMA_VERSION;
  const name = options.name ?? DB_NAME;
  // A connection the page's opener script started (early-open.ts) at this very version: no
  // upgrade to run, so take it over with the same handlers openDB would attach.
  const early = options.migrations ? null : await takeEarlyConnection(name, version);
  if (early) {
    early.onversionchange = () => {
      early.close();
      options.onClose?.();
    };
    early.addEventListener('close', () => options.onClose?.());
    return wrap(early) as unknown as StoreDB;
  }
  let upgradeFailure: unknown = null;
  let db: StoreDB | null = null;
  try {
    db = await openDB<StoreSchema>(name, version, {
      upgrade(database, oldVersion, newVersion, transaction) {
        // openDB reports the outcome; this keeps an aborted upgrade from also surfacing as an unhandled rejection.
        transaction.done.catch(() => undefined);
        // idb does not await this callback: catch here and abort, or a half-done migration would commit.
        const untypedDb = database as unknown as IDBPDatabase<unknown>;
        const untypedTx = transaction as unknown as AnyTx;
        const steps = options.migrations ?? MIGRATIONS;
        migrate(untypedDb, untypedTx, oldVersion, newVersion ?? version, steps).catch(
          (error: unknown) => {
            upgradeFailure = error;
            try {
              transaction.abort();
            } catch {
              // Already finished or aborted: openDB rejects either way.
            }
          },
        );
      },
      blocking() {
        // Another context (an updated background, a newer page) wants to upgrade: never block it.
        db?.close();
        options.onClose?.();
      },
      terminated() {
        options.onClose?.();
      },
    });
  } catch (error) {
    const cause = upgradeFailure ?? error;
    throw new StoreError(describeStoreError(cause, 'open the article store'), cause);
  }
  return db;
}
