/** Numbered schema migrations; each runs inside the upgrade transaction and awaits only IndexedDB. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { refillView } from '../derived/figure-newest';
import { figureDatesOf } from './records';
import { type ArticleRecord, type FigureStatsRecord, type SourceRecord } from './schema';
import { accumulate, applyDelta, type StatsDelta } from '../derived/figure-stats';

// Migrations see every historical shape, so they use idb's untyped view of the database.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

/** The article shape of schema 1: mentions inline, nothing indexed by figure. */
export type ArticleV1 = Omit<ArticleRecord, 'figures' | 'figureDates'>;

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
    describe: 'articles (mentions inline) by date, sources, meta',
    run: async (db) => {
      db.createObjectStore('articles', { keyPath: 'key' }).createIndex('by-date', 'date');
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  },
  {
    version: 2,
    describe: 'figure × date index over articles, per-figure aggregates, figures added by feeds',
    run: async (db, tx) => {
      tx.objectStore('articles').createIndex('by-figure-date', 'figureDates', { multiEntry: true });
      db.createObjectStore('figureStats', { keyPath: 'figureId' });
      db.createObjectStore('figures', { keyPath: 'id' }).createIndex('by-source', 'sourceId');
      const delta: StatsDelta = new Map();
      const writes: Promise<unknown>[] = [];
      let cursor = await tx.objectStore('articles').openCursor();
      while (cursor) {
        const old = cursor.value as ArticleV1;
        const figures = (Array.isArray(old.mentions) ? old.mentions : []).map((m) => m.figure);
        const upgraded: ArticleRecord = {
          ...old,
          figures,
          figureDates: figureDatesOf(figures, old.date),
        };
        accumulate(delta, [upgraded], 1);
        writes.push(cursor.update(upgraded));
        cursor = await cursor.continue();
      }
      const stats = tx.objectStore('figureStats');
      for (const change of delta.values()) {
        const record: FigureStatsRecord | null = applyDelta(undefined, change);
        if (record) writes.push(stats.put(record));
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
  {
    version: 4,
    describe: "each figure's newest articles, materialised for the first page of articlesForFigure",
    run: async (db, tx) => {
      const stores = {
        newest: db.createObjectStore('figureNewest', { keyPath: 'figureId' }),
        index: tx.objectStore('articles').index('by-figure-date'),
      };
      // Every figure with articles has an aggregate record; the index gives its newest articles in order.
      const figures = (await tx.objectStore('figureStats').getAllKeys()) as string[];
      await Promise.all(figures.map((id) => refillView(stores, id)));
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
