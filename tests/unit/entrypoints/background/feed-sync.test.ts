/** Scheduled syncs: the background's alarm syncs every listed feed, each on its own. */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { syncAllFeeds } from '@/entrypoints/background/feed-sync';
import { serveFeeds, type FeedServer } from '@/scripts/lib/feed-server';
import { addFeedSource, configureStore, prepareStore, storeStats } from '@/utils/store';
import { FEED_SYNC_ALARM } from '@/utils/feed-schedule';
import { bundle, freshName } from '../../utils/store/helpers';
import { rss, rssItem } from '../../utils/store/feeds/sync-helpers';

let server: FeedServer;
beforeAll(async () => {
  server = await serveFeeds({
    '/good.xml': { body: rss(rssItem(1) + rssItem(2)) },
    '/gone.xml': { status: 404 },
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  await configureStore(async () => bundle(), freshName());
});

test('syncs every listed feed; one failing feed does not stop the others', async () => {
  const db = await prepareStore();
  await addFeedSource(db, server.url('/gone.xml'));
  await addFeedSource(db, server.url('/good.xml'));
  const outcomes = [...(await syncAllFeeds()).values()];
  expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  expect(outcomes.find((o) => !o.ok)).toMatchObject({ error: /404/ });
  expect((await storeStats(db)).synced).toBe(2);
});

test('the alarm starts a sync of every feed', async () => {
  Object.assign(fakeBrowser.contextMenus, {
    create: () => undefined,
    removeAll: async () => undefined,
    onClicked: { addListener: () => undefined },
  });
  Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => undefined } });
  background.main();
  const db = await prepareStore();
  await addFeedSource(db, server.url('/good.xml'));
  await fakeBrowser.alarms.onAlarm.trigger({ name: FEED_SYNC_ALARM, scheduledTime: Date.now() });
  for (let i = 0; i < 200 && (await storeStats(db)).synced < 2; i++)
    await new Promise((r) => setTimeout(r, 10));
  expect((await storeStats(db)).synced).toBe(2);
});
