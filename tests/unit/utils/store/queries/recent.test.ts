import { describe, expect, it } from 'vitest';
import { recentArticles } from '@/utils/store/queries/recent';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { freshStorePerTest, newsroomFeed } from '../helpers';

const prepared = freshStorePerTest();

describe('recentArticles', () => {
  it('gives the newest overall, or the newest about any of the given figures', async () => {
    const db = await prepared();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(2));
    expect((await recentArticles(db, { limit: 2 })).map((a) => a.id)).toEqual([
      'story-1',
      'story-0',
    ]);
    const about = await recentArticles(db, { figures: ['moon-jae-in', 'donald-trump'], limit: 10 });
    expect(about.map((a) => a.id)).toEqual(['hanoi-2019', 'singapore-2018', 'summit-2018']);
  });

  it('gives the same newest where the browser lacks getAllRecords (a cursor steps through them)', async () => {
    const db = await prepared();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(3));
    const inOneRequest = (await recentArticles(db, { limit: 4 })).map((a) => a.id);
    const getAllRecords = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords');
    expect(getAllRecords).toBeDefined();
    // @ts-expect-error -- removed to stand for a browser without it (Firefox 140)
    delete IDBIndex.prototype.getAllRecords;
    try {
      expect((await recentArticles(db, { limit: 4 })).map((a) => a.id)).toEqual(inOneRequest);
    } finally {
      Object.defineProperty(IDBIndex.prototype, 'getAllRecords', getAllRecords!);
    }
    expect(inOneRequest).toHaveLength(4);
  });
});
