import { afterEach, describe, expect, it } from 'vitest';
import { storeStats } from '@/utils/store/queries/counts';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import type { StoreManager } from '@/utils/store/db/manager';
import { SCHEMA_VERSION } from '@/utils/store/db/schema';
import { manager, newsroomFeed } from '../helpers';

let store: StoreManager;
afterEach(() => store.close());

async function prepared() {
  store = manager();
  return store.prepare();
}

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
