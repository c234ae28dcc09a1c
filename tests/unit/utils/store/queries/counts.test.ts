import { describe, expect, it } from 'vitest';
import { storeStats } from '@/utils/store/queries/counts';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { SCHEMA_VERSION } from '@/utils/store/db/schema';
import { freshStorePerTest, newsroomFeed } from '../helpers';

const prepared = freshStorePerTest();

describe('storeStats', () => {
  it('counts bundled and synced articles separately', async () => {
    const db = await prepared();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(2));
    expect(await storeStats(db)).toEqual({
      articles: 5,
      bundled: 3,
      synced: 2,
      mentions: 10,
      sources: 2,
      schemaVersion: SCHEMA_VERSION,
    });
  });
});
