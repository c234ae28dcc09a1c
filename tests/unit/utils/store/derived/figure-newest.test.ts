import { afterEach, describe, expect, it } from 'vitest';
import { importAll } from '@/utils/store/feeds/import-export';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { NEWEST_PER_FIGURE } from '@/utils/store/derived/figure-newest';
import { articlesForFigure, articlesForFigureFromIndex } from '@/utils/store/queries/figures';
import { toRecord } from '@/utils/store/db/records';
import type { StoreDB } from '@/utils/store/db/schema';
import type { StoreManager } from '@/utils/store/db/manager';
import {
  bulkLoad,
  commitDerived,
  queueArticles,
  rebuildViews,
  writeTransaction,
} from '@/utils/store/derived/write';
import type { FeedArticle } from '@/utils/store/feeds/schema';
import { article, expectViewsMatchIndex, feed, manager } from '../helpers';

let store: StoreManager | undefined;
afterEach(() => store?.close());

/** `count` stories naming Kim Yo Jong (and every third Sung Kim), dates spread and sometimes shared. */
function stories(prefix: string, count: number, firstYear = 2000): FeedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    // A fixed shuffle of dates; every fifth story shares its date with the one before.
    const n = (i * 37) % count;
    const day = i % 5 === 4 ? ((i - 1) * 37) % count : n;
    const date = `${firstYear + Math.floor(day / 12)}-${String((day % 12) + 1).padStart(2, '0')}-15`;
    const names: Record<string, string> = { 'kim-yo-jong': 'Kim Yo Jong' };
    if (i % 3 === 0) names['sung-kim'] = 'Sung Kim';
    const text =
      i % 3 === 0
        ? `Kim Yo Jong issued statement ${i}. Sung Kim answered.`
        : `Kim Yo Jong issued statement ${i}.`;
    return article(`${prefix}-${i}`, date, text, names);
  });
}

/** articlesForFigure answers exactly as the index does, for first pages, pages and odd bounds. */
async function expectQueriesMatchIndex(db: StoreDB, id: string): Promise<void> {
  const befores = [undefined, '2001-03-15', '2002-01-15', '2003-06-01', '1990-01-01', '2020'];
  for (const before of befores) {
    for (const limit of [1, 3, 10, 24, 25, 26, 60]) {
      const options = before === undefined ? { limit } : { before, limit };
      expect(await articlesForFigure(db, id, options), `${before} ${limit}`).toEqual(
        await articlesForFigureFromIndex(db, id, options),
      );
    }
  }
}

describe('newest articles per figure', () => {
  it('answer first pages with one read of the view, and older pages from the index', async () => {
    store = manager();
    const db = await store.prepare();
    await putSyncedFeed(db, 'newsroom', feed('newsroom', stories('n', 40)));
    const view = await db.get('figureNewest', 'kim-yo-jong');
    expect(view?.articles).toHaveLength(NEWEST_PER_FIGURE);
    // Proof the first page comes from the view: a planted title shows through.
    const planted = view?.articles.map((a, i) => (i === 0 ? { ...a, title: 'from the view' } : a));
    await db.put('figureNewest', { figureId: 'kim-yo-jong', articles: planted ?? [] });
    const [first] = await articlesForFigure(db, 'kim-yo-jong', { limit: 5 });
    expect(first?.title).toBe('from the view');
    // An older page, even one whose answer the view holds, reads the index.
    const older = await articlesForFigure(db, 'kim-yo-jong', { before: '2100-01-01', limit: 5 });
    expect(older.map((a) => a.key)).toEqual(view?.articles.slice(0, 5).map((a) => a.key));
    expect(older[0]?.title).not.toBe('from the view');
    const bigger = await articlesForFigure(db, 'kim-yo-jong', { limit: NEWEST_PER_FIGURE + 1 });
    expect(bigger[0]?.title).not.toBe('from the view');
  });

  it('stay equal to the index through a batched bulk load', async () => {
    store = manager();
    const db = await store.prepare();
    const records = stories('bulk', 70).map((item) => toRecord(item, 'bulk'));
    await bulkLoad(db, [records.slice(0, 30), records.slice(30, 50), records.slice(50)], 2);
    await expectViewsMatchIndex(db);
    expect((await db.get('figureNewest', 'kim-yo-jong'))?.articles).toHaveLength(NEWEST_PER_FIGURE);
    await expectQueriesMatchIndex(db, 'kim-yo-jong');
    await expectQueriesMatchIndex(db, 'sung-kim');
  });

  it('are dropped by bulk-load batches, answered from the index meanwhile, and rebuilt', async () => {
    store = manager();
    const db = await store.prepare();
    const records = stories('bulk', 40).map((item) => toRecord(item, 'bulk'));
    const tx = writeTransaction(db, 'relaxed');
    await Promise.all([...queueArticles(tx, records), commitDerived(tx, [], records, 'drop')]);
    await tx.done;
    expect(await db.get('figureNewest', 'kim-yo-jong')).toBeUndefined();
    await expectQueriesMatchIndex(db, 'kim-yo-jong');
    await rebuildViews(db, ['kim-yo-jong', 'sung-kim']);
    await expectViewsMatchIndex(db);
    // A view that went missing is rebuilt whole by the next write that keeps views in step.
    await db.delete('figureNewest', 'kim-yo-jong');
    await importAll(db, feed('archive', stories('late', 1, 1980)));
    await expectViewsMatchIndex(db);
  });

  it('stay equal to the index when syncs, imports and restores remove and replace articles', async () => {
    const opened = manager();
    store = opened;
    const db = await opened.prepare();
    const steps: [string, () => Promise<unknown>][] = [
      ['first sync', () => putSyncedFeed(db, 'newsroom', feed('newsroom', stories('n', 60)))],
      // Half the articles come back under the same keys, so the views refill.
      [
        'shorter sync',
        () => putSyncedFeed(db, 'newsroom', feed('newsroom', stories('n', 60).slice(30))),
      ],
      // Every article in the views leaves for older ones under new keys: refilled from the index.
      ['older sync', () => putSyncedFeed(db, 'newsroom', feed('newsroom', stories('m', 40, 1995)))],
      ['import of newer', () => importAll(db, feed('archive', stories('a', 10, 2010)))],
      // The same keys again, now older than everything: they drop out of the view.
      ['import moved back', () => importAll(db, feed('archive', stories('a', 10, 1990)))],
      ['restore bundled', () => opened.restoreBundled(db)],
      ['empty sync', () => putSyncedFeed(db, 'newsroom', feed('newsroom', []))],
    ];
    for (const [step, run] of steps) {
      await run();
      await expectViewsMatchIndex(db).catch((error: unknown) => {
        throw new Error(`after ${step}: ${String(error)}`);
      });
      await expectQueriesMatchIndex(db, 'kim-yo-jong');
    }
  });
});
