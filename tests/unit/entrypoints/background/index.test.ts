/** The background seeds the bundled store when installed, updated or started, and routes messages. */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { latestPanelRequest } from '@/utils/panel-requests';
import { configureStore, prepareStore, storeStats } from '@/utils/store';
import { article, feed, freshName } from '../../utils/store/helpers';

const first = [article('a', '2021-08-23', 'Sung Kim met Noh Kyu-duk.', { 'sung-kim': 'Sung Kim' })];
const second = [
  ...first,
  article('b', '2022-04-18', 'Sung Kim arrived in Seoul.', { 'sung-kim': 'Sung Kim' }),
];
let loader: ReturnType<typeof vi.fn<() => Promise<unknown>>>;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

type MenuClick = (
  info: { menuItemId: string; selectionText?: string },
  tab?: { id?: number },
) => void;
let menuClick: MenuClick | undefined;

beforeEach(async () => {
  // WXT's fake browser has no context menus: record what the background registers.
  menuClick = undefined;
  Object.assign(fakeBrowser.contextMenus, {
    create: vi.fn(),
    removeAll: vi.fn(async () => {}),
    onClicked: { addListener: (listener: MenuClick) => (menuClick = listener) },
  });
  Object.assign(fakeBrowser.commands, { onCommand: { addListener: vi.fn() } });
  loader = vi.fn(async () => ({ ...feed('bundled', first), contentHash: 'v1' }));
  await configureStore(loader, freshName());
  background.main();
});

test.each(['install', 'update'] as const)(
  'on %s the bundled articles are stored without any page open',
  async (reason) => {
    expect(loader).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason });
    await until(() => loader.mock.calls.length > 0);
    expect((await storeStats(await prepareStore())).bundled).toBe(1);
  },
);

test('on browser start-up the store is opened and seeded', async () => {
  await fakeBrowser.runtime.onStartup.trigger();
  await until(() => loader.mock.calls.length > 0);
  expect((await storeStats(await prepareStore())).articles).toBe(1);
});

test('an update that ships more articles adds them', async () => {
  const name = freshName();
  await configureStore(async () => ({ ...feed('bundled', first), contentHash: 'v1' }), name);
  await prepareStore();
  const updated = vi.fn(async () => ({ ...feed('bundled', second), contentHash: 'v2' }));
  await configureStore(updated, name);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' });
  await until(() => updated.mock.calls.length > 0);
  expect((await storeStats(await prepareStore())).bundled).toBe(2);
});

test('messages from our pages reach the router', async () => {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'page.prepareStore', payload: {} },
    { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
    () => {},
  );
  expect(reply).toMatchObject({ ok: true, result: { bundled: 1 } });
});

test('"Look up in Backchannel" on a selection asks the panel for the figure it names', async () => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith(
    expect.objectContaining({ title: 'Look up in Backchannel', contexts: ['selection'] }),
  );
  menuClick!(
    { menuItemId: 'backchannel-lookup', selectionText: '  Kim Yo Jong said  ' },
    { id: 5 },
  );
  await expect.poll(() => latestPanelRequest(5)).toMatchObject({ figureId: 'kim-yo-jong' });
});

test('a selection that names nobody opens the panel on a search for it', async () => {
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  menuClick!({ menuItemId: 'backchannel-lookup', selectionText: 'six-party talks' }, { id: 6 });
  await expect.poll(() => latestPanelRequest(6)).toMatchObject({ query: 'six-party talks' });
});

test('the feed schedule becomes one alarm, recreated at start and cleared when off', async () => {
  const { setFeedSchedule, FEED_SYNC_ALARM } = await import('@/utils/feed-schedule');
  await setFeedSchedule('hourly');
  await until(() => true);
  for (let i = 0; i < 50 && !(await fakeBrowser.alarms.get(FEED_SYNC_ALARM)); i++)
    await new Promise((r) => setTimeout(r, 5));
  expect((await fakeBrowser.alarms.get(FEED_SYNC_ALARM))?.periodInMinutes).toBe(60);
  await setFeedSchedule('off');
  for (let i = 0; i < 50 && (await fakeBrowser.alarms.get(FEED_SYNC_ALARM)); i++)
    await new Promise((r) => setTimeout(r, 5));
  expect(await fakeBrowser.alarms.get(FEED_SYNC_ALARM)).toBeUndefined();
});
