import { afterEach, describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { MIGRATIONS, type ArticleV1, type SourceV1 } from '@/utils/store/db/migrations';
import { openStore } from '@/utils/store/db/open';
import { SCHEMA_VERSION, type SourceRecord, type StoreDB } from '@/utils/store/db/schema';
import { articlesForFigure, articlesForFigureFromIndex } from '@/utils/store/queries/figures';
import { storeStats } from '@/utils/store/queries/counts';
import { bundle, expectViewsMatchIndex, freshName, newsroomFeed } from '../helpers';
import { toFeedArticle, toRecord } from '@/utils/store/db/records';
import { accumulate, applyDelta } from '@/utils/store/derived/figure-stats';
import { coMentioned, coverageOverTime } from '@/utils/store/queries/figures';
import type { FeedArticle } from '@/utils/store/feeds/schema';

const open: StoreDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** The v1 shape of a feed article: mentions inline, no figure index keys. */
function v1Article(item: FeedArticle, sourceId: string): ArticleV1 {
  const { figures: _figures, figureDates: _figureDates, ...rest } = toRecord(item, sourceId);
  return rest;
}

/** Fill a database at `version` with bundled and synced data in the shape that version had. */
async function seedAt(name: string, version: number): Promise<void> {
  const db = await openStore({ name, version });
  const raw = db as unknown as IDBPDatabase<unknown>;
  const items = [
    ...bundle().articles.map((a) => toRecord(a, 'bundled')),
    ...newsroomFeed(3).articles.map((a) => toRecord(a, 'newsroom')),
  ];
  const stores = ['articles', 'sources', ...(version >= 2 ? ['figureStats'] : [])];
  const tx = raw.transaction(stores, 'readwrite');
  for (const record of items) {
    await tx
      .objectStore('articles')
      .put(version === 1 ? v1Article(toFeedArticle(record), record.sourceId) : record);
  }
  if (version >= 2) {
    for (const change of accumulate(new Map(), items, 1).values()) {
      await tx.objectStore('figureStats').put(applyDelta(undefined, change));
    }
  }
  const v1Sources: SourceV1[] = [
    { id: 'bundled', title: 'Backchannel briefs', kind: 'bundled', articleCount: 3 },
    {
      id: 'newsroom',
      title: 'Newsroom',
      kind: 'synced',
      articleCount: 3,
      lastSync: '2024-01-02T00:00:00.000Z',
    },
  ];
  // From version 3 on, sources carry a structured sync state.
  const sources: (SourceV1 | SourceRecord)[] =
    version < 3
      ? v1Sources
      : v1Sources.map(({ lastSync, lastError: _lastError, ...rest }) => ({
          ...rest,
          sync: lastSync
            ? { status: 'ok', lastAttempt: lastSync, lastSuccess: lastSync }
            : { status: 'never' },
        }));
  for (const s of sources) await tx.objectStore('sources').put(s);
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('has one numbered migration per version up to the current one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  for (let from = 1; from < SCHEMA_VERSION; from++) {
    it(`upgrades from version ${from} without losing bundled or synced articles`, async () => {
      const name = freshName();
      await seedAt(name, from);
      const db = await openStore({ name });
      open.push(db);
      expect(db.version).toBe(SCHEMA_VERSION);
      expect(await storeStats(db)).toMatchObject({
        articles: 6,
        bundled: 3,
        synced: 3,
        mentions: 12,
        sources: 2,
      });
      const about = await articlesForFigure(db, 'kim-yo-jong', { limit: 10 });
      expect(about.map((a) => a.id)).toEqual(['story-2', 'story-1', 'story-0']);
      expect(about[0]?.sentences).toEqual(['Kim Yo Jong issued a statement.']);
      const newsroom = await db.get('sources', 'newsroom');
      expect(newsroom?.sync).toEqual({
        status: 'ok',
        lastAttempt: '2024-01-02T00:00:00.000Z',
        lastSuccess: '2024-01-02T00:00:00.000Z',
      });
      const byUrl = await db.getFromIndex('articles', 'by-url', 'https://news.example/story-1');
      expect(byUrl?.id).toBe('story-1');
      expect((await db.get('articles', 'bundled:hanoi-2019'))?.figures).toEqual([
        'donald-trump',
        'kim-jong-un',
      ]);
      expect(await coMentioned(db, 'kim-yo-jong', 5)).toEqual([
        { figureId: 'sung-kim', name: 'Sung Kim', count: 3 },
      ]);
      expect(await coverageOverTime(db, 'donald-trump', 'year')).toEqual([
        { period: '2018', count: 1 },
        { period: '2019', count: 1 },
      ]);
      // Every figure's materialised newest articles equal what the index gives.
      const figures = await db.getAllKeys('figureStats');
      expect(figures.length).toBeGreaterThan(0);
      await expectViewsMatchIndex(db);
      for (const id of figures) {
        expect(await articlesForFigure(db, id, { limit: 25 })).toEqual(
          await articlesForFigureFromIndex(db, id, { limit: 25 }),
        );
      }
    });
  }

  it('keeps the old version and its data when a migration fails, and says why', async () => {
    const name = freshName();
    await seedAt(name, 2);
    const failing = [
      ...MIGRATIONS.slice(0, 2),
      {
        version: 3,
        describe: 'fails half way',
        run: async (
          _db: unknown,
          tx: import('idb').IDBPTransaction<unknown, string[], 'versionchange'>,
        ) => {
          await tx.objectStore('articles').clear();
          throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
        },
      },
    ];
    await expect(openStore({ name, migrations: failing as typeof MIGRATIONS })).rejects.toThrow(
      /no storage space left/,
    );
    const old = await openDB(name);
    open.push(old as unknown as StoreDB);
    expect(old.version).toBe(2);
    expect(await old.count('articles')).toBe(6);
  });
});
