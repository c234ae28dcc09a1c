/** Numbered schema migrations; each runs inside the upgrade transaction and awaits only IndexedDB. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleRecord, MentionRecord, SourceRecord, TextRange } from './schema';

// Migrations see every historical shape, so they use idb's untyped view of the database.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

/** The article shape of schema 1: mentions stored inline, no `figures` list. */
export interface ArticleV1 extends Omit<ArticleRecord, 'figures'> {
  mentions: { figure: string; spans: TextRange[]; sentences: TextRange[] }[];
}

/** The source shape of schemas 1–2: flat sync fields. */
export interface SourceV1 extends Omit<SourceRecord, 'sync'> {
  lastSync?: string;
  lastError?: string;
}

/** One migration: from `version - 1` to `version`. */
export interface Migration {
  version: number;
  describe: string;
  run: (db: AnyDB, tx: UpgradeTx) => Promise<void>;
}

/** Every migration in order; MIGRATIONS[n - 1] upgrades to version n. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'articles with inline mentions, sources, meta',
    run: async (db) => {
      const articles = db.createObjectStore('articles', { keyPath: 'key' });
      articles.createIndex('by-date', 'date');
      articles.createIndex('by-source', 'sourceId');
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  },
  {
    version: 2,
    describe: 'mentions move to their own store (figure × date index); figures store',
    run: async (db, tx) => {
      const mentionStore = db.createObjectStore('mentions', {
        keyPath: ['articleKey', 'figureId'],
      });
      mentionStore.createIndex('by-figure-date', ['figureId', 'date']);
      const figures = db.createObjectStore('figures', { keyPath: 'id' });
      figures.createIndex('by-source', 'sourceId');
      const mentions = tx.objectStore('mentions');
      const writes: Promise<unknown>[] = [];
      let cursor = await tx.objectStore('articles').openCursor();
      while (cursor) {
        const { mentions: inline, ...rest } = cursor.value as ArticleV1;
        const list = Array.isArray(inline) ? inline : [];
        const ids = list.map((m) => m.figure);
        for (const mention of list) {
          const record: MentionRecord = {
            articleKey: rest.key,
            figureId: mention.figure,
            date: rest.date,
            sourceId: rest.sourceId,
            spans: mention.spans,
            sentences: mention.sentences,
            co: ids.filter((id) => id !== mention.figure),
          };
          writes.push(mentions.put(record));
        }
        const upgraded: ArticleRecord = { ...rest, figures: ids };
        writes.push(cursor.update(upgraded));
        cursor = await cursor.continue();
      }
      await Promise.all(writes);
    },
  },
  {
    version: 3,
    describe: 'articles by URL; sources keep a structured sync state',
    run: async (_db, tx) => {
      tx.objectStore('articles').createIndex('by-url', 'url');
      const writes: Promise<unknown>[] = [];
      let cursor = await tx.objectStore('sources').openCursor();
      while (cursor) {
        const { lastSync, lastError, ...rest } = cursor.value as SourceV1;
        const status = lastError ? 'error' : lastSync ? 'ok' : 'never';
        const upgraded: SourceRecord = {
          ...rest,
          sync: {
            status,
            ...(lastSync ? { lastAttempt: lastSync } : {}),
            ...(lastSync && !lastError ? { lastSuccess: lastSync } : {}),
            ...(lastError ? { error: lastError } : {}),
          },
        };
        writes.push(cursor.update(upgraded));
        cursor = await cursor.continue();
      }
      await Promise.all(writes);
    },
  },
];

/** Run the migrations from `oldVersion` up to `newVersion` in order. */
export async function migrate(
  db: AnyDB,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  steps: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  for (const migration of steps) {
    if (migration.version > oldVersion && migration.version <= newVersion)
      await migration.run(db, tx);
  }
}
