import { afterEach, describe, expect, it } from 'vitest';
import { importAll, putSyncedFeed } from '../../../utils/store/feeds';
import { answerFromView, NEWEST_PER_FIGURE } from '../../../utils/store/newest';
import { articlesForFigure, articlesForFigureFromIndex } from '../../../utils/store/queries';
import { toRecord } from '../../../utils/store/records';
import type { StoreDB } from '../../../utils/store/schema';
import type { StoreManager } from '../../../utils/store/manager';
import { bulkLoad } from '../../../utils/store/write';
import type { FeedArticle } from '../../../utils/store/feed-schema';
import { article, feed, manager } from './helpers';

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

/** Every figure's view equals the index's newest articles, and no view outlives its figure's articles. */
async function expectViewsMatchIndex(db: StoreDB): Promise<void> {
  const figures = await db.getAllKeys('figureStats');
  expect((await db.getAllKeys('figureNewest')).sort()).toEqual([...figures].sort());
  for (const id of figures) {
    const fromIndex = await articlesForFigureFromIndex(db, id, { limit: NEWEST_PER_FIGURE });
    expect((await db.get('figureNewest', id))?.articles, id).toEqual(fromIndex);
  }
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
  it('answer only what the view can hold', () => {
    const a = (key: string, date: string) => ({
      key,
      date,
      id: key,
      sourceId: 's',
      title: key,
      kind: 'article' as const,
      lang: 'en',
      figures: ['f'],
      excerpt: '',
      sentences: [],
    });
    const small = { figureId: 'f', articles: [a('s:2', '2020-02-01'), a('s:1', '2020-01-01')] };
    // Below capacity the view holds every article: any page is in it.
    expect(answerFromView(small, undefined, 10)?.map((x) => x.key)).toEqual(['s:2', 's:1']);
    expect(answerFromView(small, '2020-02-01', 10)?.map((x) => x.key)).toEqual(['s:1']);
    const full = {
      figureId: 'f',
      articles: Array.from({ length: NEWEST_PER_FIGURE }, (_, i) =>
        a(`s:${i}`, `2020-01-${String(28 - i).padStart(2, '0')}`),
      ),
    };
    expect(answerFromView(full, undefined, 10)).toHaveLength(10);
    expect(answerFromView(full, undefined, NEWEST_PER_FIGURE + 1)).toBeNull();
    // Ten before the 20th newest are not all in the view.
    expect(answerFromView(full, full.articles[19]?.date, 10)).toBeNull();
    expect(answerFromView(full, full.articles[5]?.date, 10)).toHaveLength(10);
    expect(answerFromView(undefined, undefined, 10)).toBeNull();
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
    // A view that went missing is rebuilt whole by the next write that touches its figure.
    await db.delete('figureNewest', 'kim-yo-jong');
    await bulkLoad(db, [stories('late', 1, 1980).map((item) => toRecord(item, 'bulk'))]);
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
