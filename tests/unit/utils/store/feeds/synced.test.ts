import { describe, expect, it } from 'vitest';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { storeStats } from '@/utils/store/queries/counts';
import { articlesForFigure } from '@/utils/store/queries/figures';
import { article, feed, freshStores, newsroomFeed } from '../helpers';

const stores = freshStores();
const withNewsroom = stores.withNewsroom;

describe('putSyncedFeed', () => {
  it('replaces the source wholesale and leaves bundled articles alone', async () => {
    const db = await withNewsroom();
    expect(await putSyncedFeed(db, 'newsroom', newsroomFeed(1))).toEqual({
      ok: true,
      added: 1,
      removed: 3,
    });
    expect(await storeStats(db)).toMatchObject({ bundled: 3, synced: 1 });
    expect((await db.get('sources', 'newsroom'))?.sync.status).toBe('ok');
  });

  it('keeps the previous articles when the new feed is invalid', async () => {
    const db = await withNewsroom();
    const result = await putSyncedFeed(
      db,
      'newsroom',
      '{"format":"backchannel-feed","version":1,"sources":[]}',
    );
    expect(result.ok).toBe(false);
    expect(await storeStats(db)).toMatchObject({ synced: 3 });
  });

  it('refuses to overwrite the bundled source', async () => {
    const db = await withNewsroom();
    expect(await putSyncedFeed(db, 'bundled', newsroomFeed(1))).toMatchObject({ ok: false });
    expect(await storeStats(db)).toMatchObject({ bundled: 3 });
  });

  it('accepts figures a feed adds to the catalogue, but not redefinitions of catalogue figures', async () => {
    const db = await withNewsroom();
    const newcomer = {
      id: 'jane-envoy',
      name: 'Jane Envoy',
      side: 'US' as const,
      roles: [],
      bio: 'An envoy.',
      nativeNames: [],
    };
    const withFigure = feed(
      'think-tank',
      [article('t1', '2022-01-01', 'Jane Envoy met Kim Yo Jong.', { 'jane-envoy': 'Jane Envoy' })],
      {
        figures: [newcomer],
      },
    );
    expect(await putSyncedFeed(db, 'think-tank', withFigure)).toMatchObject({ ok: true, added: 1 });
    expect((await articlesForFigure(db, 'jane-envoy', { limit: 5 }))[0]?.sentences).toEqual([
      'Jane Envoy met Kim Yo Jong.',
    ]);
    const clash = { ...withFigure, figures: [{ ...newcomer, id: 'kim-jong-un' }] };
    expect(await putSyncedFeed(db, 'think-tank', clash)).toMatchObject({
      ok: false,
      error: /already in the catalogue/,
    });
  });
});
