import { describe, expect, it } from 'vitest';
import { accumulate, applyDelta } from '@/utils/store/derived/figure-stats';
import { importAll } from '@/utils/store/feeds/import-export';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { article, feed, freshStores, newsroomFeed } from '../helpers';

const stores = freshStores();
const withNewsroom = stores.withNewsroom;

describe('per-figure aggregates', () => {
  it('stay equal to a recount from the articles after syncs, imports, replacements and restores', async () => {
    const db = await withNewsroom();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(5));
    await importAll(
      db,
      feed('archive', [
        article('x', '2019-06-30', 'Donald Trump met Kim Jong Un.', {
          'donald-trump': 'Donald Trump',
          'kim-jong-un': 'Kim Jong Un',
        }),
      ]),
    );
    await importAll(
      db,
      feed('archive', [
        article('x', '2019-07-01', 'Kim Jong Un spoke.', { 'kim-jong-un': 'Kim Jong Un' }),
      ]),
    );
    await putSyncedFeed(db, 'newsroom', newsroomFeed(2));
    await stores.current().restoreBundled(db);
    const recount = accumulate(new Map(), await db.getAll('articles'), 1);
    const expected = [...recount.values()]
      .map((change) => applyDelta(undefined, change))
      .filter((r) => r !== null);
    const stored = await db.getAll('figureStats');
    const byId = (a: { figureId: string }, b: { figureId: string }) =>
      a.figureId.localeCompare(b.figureId);
    expect(stored.sort(byId)).toEqual(expected.sort(byId));
  });
});
