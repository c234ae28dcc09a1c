import { afterEach, describe, expect, it } from 'vitest';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { storeStats } from '@/utils/store/queries/counts';
import type { StoreManager } from '@/utils/store/db/manager';
import { SCHEMA_VERSION } from '@/utils/store/db/schema';
import { article, bundle, feed, manager, newsroomFeed } from '../helpers';

let store: StoreManager;
afterEach(() => store.close());

describe('bundled seeding', () => {
  it('fills the store on first open', async () => {
    store = manager();
    const db = await store.prepare();
    expect(await storeStats(db)).toEqual({
      articles: 3,
      bundled: 3,
      synced: 0,
      mentions: 6,
      sources: 1,
      schemaVersion: SCHEMA_VERSION,
    });
    expect(store.problem()).toBeNull();
  });

  it('refreshes the bundled set on update without touching synced articles', async () => {
    let current = bundle('v1');
    store = manager(() => current);
    const db = await store.prepare();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(2));
    await store.close();
    current = feed(
      'bundled',
      [article('only', '2020-01-01', 'Kim Jong Un spoke.', { 'kim-jong-un': 'Kim Jong Un' })],
      {
        contentHash: 'v2',
      },
    );
    const reopened = await store.prepare();
    expect(await storeStats(reopened)).toMatchObject({ articles: 3, bundled: 1, synced: 2 });
  });

  it('restores the bundled set when articles went missing, and on request', async () => {
    store = manager();
    const db = await store.prepare();
    await db.delete('articles', 'bundled:hanoi-2019');
    await store.close();
    const reopened = await store.prepare();
    expect(await storeStats(reopened)).toMatchObject({ bundled: 3 });
    expect(await store.restoreBundled(reopened)).toEqual({ changed: true, articles: 3 });
  });

  it('keeps the stored articles and reports why when the bundle is damaged', async () => {
    let current: unknown = bundle('v1');
    store = manager(() => current);
    const db = await store.prepare();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(1));
    await store.close();
    current = { ...bundle('v2'), articles: 'oops' };
    const reopened = await store.prepare();
    expect(store.problem()).toMatch(/bundled articles are damaged/);
    expect(await storeStats(reopened)).toMatchObject({ bundled: 3, synced: 1 });
  });
});
