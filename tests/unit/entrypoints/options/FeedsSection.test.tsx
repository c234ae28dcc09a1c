// @vitest-environment happy-dom
/** The Feeds section against a fake store: bundled row, add, sync with progress and cancel, errors, remove. */
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoreClient } from '@/components/data/store-client';
import { FeedsSection } from '@/entrypoints/options/FeedsSection';
import { getFeedSchedule } from '@/utils/feed-schedule';
import { fakeStoreClient } from '../../components/fake-store-client';
import { buttonNamed, mountWithStore, settle } from '../../components/mount';

const mount = (client: StoreClient) => mountWithStore(<FeedsSection />, client);

const button = (view: HTMLElement, name: string) => buttonNamed(view, name)!;

async function add(view: HTMLElement, url: string) {
  const input = [...view.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith('Feed URL'))!
    .querySelector('input')!;
  await act(() => {
    input.value = url;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    view
      .querySelector('form')!
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

test('lists the bundled articles with their count, version and a restore button', async () => {
  const restoreBundled = vi.fn(async () => ({ changed: true, articles: 2 }));
  const view = await mount(fakeStoreClient({ restoreBundled }));
  expect(view.querySelector('[aria-label="Bundled articles"]')?.textContent).toContain(
    'Backchannel briefs: 2 articles · version sha256-abc',
  );
  await act(() => button(view, 'Restore').click());
  await settle();
  expect(restoreBundled).toHaveBeenCalled();
});

test('adding a feed syncs it and reports "12 new, 3 updated"', async () => {
  const view = await mount(fakeStoreClient());
  await add(view, 'https://news.example/feed.xml');
  expect(view.querySelector('[role="status"]')?.textContent).toBe(
    'news.example: 12 new, 3 updated.',
  );
  const item = view.querySelector('[aria-label="Feeds"] li')!;
  expect(item.textContent).toContain('12 articles');
  expect(item.textContent).toContain('12 new, 3 updated');
  expect(button(view, 'Sync now: news.example')).toBeTruthy();
});

test('an address that is not https is refused in plain words', async () => {
  const view = await mount(fakeStoreClient());
  await add(view, 'http://news.example/feed');
  expect(view.querySelector('[role="alert"]')?.textContent).toMatch(/https/);
  expect(view.querySelectorAll('[aria-label="Feeds"] li')).toHaveLength(0);
});

test('a download of unknown length shows how much has arrived', async () => {
  const client = fakeStoreClient();
  client.syncFeed = (_sourceId, control) =>
    new Promise(() => {
      control?.onProgress?.({ phase: 'fetching', done: 5 * 1024 * 1024 });
    });
  const view = await mount(client);
  await add(view, 'https://news.example/feed.xml');
  const bar = view.querySelector('[role="progressbar"]')!;
  expect(bar.getAttribute('aria-valuetext')).toBe('Downloading (5.0 MB so far)');
});

test('a sync shows a progress bar with values and can be cancelled', async () => {
  let release: (() => void) | undefined;
  const client = fakeStoreClient();
  const base = client.syncFeed;
  client.syncFeed = (sourceId, control) =>
    new Promise((resolve) => {
      control?.onProgress?.({ phase: 'fetching', done: 50, total: 100 });
      control?.signal?.addEventListener('abort', () =>
        resolve({ ok: false, error: 'The sync was cancelled. Nothing was changed.' }),
      );
      release = () => void base(sourceId).then(resolve);
    });
  const view = await mount(client);
  await add(view, 'https://news.example/feed.xml');
  const bar = view.querySelector('[role="progressbar"]')!;
  expect(bar.getAttribute('aria-valuenow')).toBe('33');
  expect(bar.getAttribute('aria-valuemin')).toBe('0');
  expect(bar.getAttribute('aria-valuemax')).toBe('100');
  await act(() => button(view, 'Cancel').click());
  await settle();
  expect(view.querySelector('[role="progressbar"]')).toBeNull();
  // The feed was added before its sync was cancelled: it stays, and the alert says so.
  expect(view.textContent).toContain(
    'news.example was added but not synced: The sync was cancelled.',
  );
  expect(view.textContent).not.toContain('Nothing was changed');
  expect(release).toBeDefined();
});

/** A store holding one feed whose last sync ended with `sync` (as the store would list it). */
async function feedWithSync(sync: { status: 'error'; error: string; lastAttempt?: string }) {
  const client = fakeStoreClient();
  await client.addFeed('https://news.example/feed.xml');
  const feeds = client.feeds;
  client.feeds = async () => (await feeds()).map((s) => (s.kind === 'synced' ? { ...s, sync } : s));
  return client;
}

test('a failed sync shows the feed’s last error in an alert', async () => {
  const client = await feedWithSync({
    status: 'error',
    error: 'The server answered 404 (no feed at this address). Nothing was changed.',
  });
  const view = await mount(client);
  const alerts = [...view.querySelectorAll('[aria-label="Feeds"] [role="alert"]')];
  expect(alerts.map((a) => a.textContent)).toEqual([
    'The server answered 404 (no feed at this address). Nothing was changed.',
  ]);
});

test('a read the browser blocks asks for that one origin; a refusal leaves the feed listed with a note', async () => {
  const client = fakeStoreClient({
    syncFeed: async () => ({
      ok: false,
      error: 'Could not reach the feed (Failed to fetch).',
      network: true,
    }),
  });
  const request = vi.fn(async () => false);
  Object.assign(fakeBrowser.permissions, { contains: vi.fn(async () => false), request });
  const view = await mount(client);
  await add(view, 'https://news.example/feed.xml');
  expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
  expect(view.querySelectorAll('[aria-label="Feeds"] li')).toHaveLength(1);
  expect(view.textContent).toContain('Backchannel was not allowed to read news.example');
  // That message says what stands: it is not wrapped in "was added but not synced".
  expect(view.textContent).not.toContain('was added but not synced');
});

test('a feed whose first sync fails stays listed, and the alert says so instead of "Nothing was changed"', async () => {
  const client = fakeStoreClient({
    syncFeed: async () => ({
      ok: false,
      error: 'The server answered 404 (no feed at this address). Nothing was changed.',
    }),
  });
  const view = await mount(client);
  await add(view, 'https://news.example/feed.xml');
  expect(view.querySelectorAll('[aria-label="Feeds"] li')).toHaveLength(1);
  const alert = [...view.querySelectorAll('[role="alert"]')].at(-1)!.textContent!;
  expect(alert).toBe(
    'news.example was added but not synced: The server answered 404 (no feed at this address). It stays listed without articles; “Sync now” tries again and “Remove” takes it away.',
  );
  expect(alert).not.toContain('Nothing was changed');
});

test('a feed whose last sync failed shows when it was last tried, not "Last sync"', async () => {
  const client = await feedWithSync({
    status: 'error',
    error: 'Broken.',
    lastAttempt: '2026-12-06T10:00:00Z',
  });
  const view = await mount(client);
  const item = view.querySelector('[aria-label="Feeds"] li')!;
  expect(item.textContent).toContain('Last attempt:');
  expect(item.textContent).not.toContain('Last sync:');
});

test('removes a feed, syncs all, and stores the schedule', async () => {
  const client = fakeStoreClient();
  await client.addFeed('https://a.example/feed');
  await client.addFeed('https://b.example/feed');
  const view = await mount(client);
  await act(() => button(view, 'Sync all').click());
  await settle();
  expect(view.querySelector('[role="status"]')?.textContent).toBe(
    'a.example: 12 new, 3 updated; b.example: 12 new, 3 updated.',
  );
  await act(() => button(view, 'Remove a.example').click());
  await settle();
  expect(view.querySelectorAll('[aria-label="Feeds"] li')).toHaveLength(1);
  const select = view.querySelector('select')!;
  await act(() => {
    select.value = 'daily';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  expect(await getFeedSchedule()).toBe('daily');
});

test('"Keep every item" is passed on when the feed is added', async () => {
  const addFeed = vi.fn(async () => ({ ok: false as const, error: 'stop here' }));
  const view = await mount(fakeStoreClient({ addFeed }));
  const box = [...view.querySelectorAll('label')]
    .find((l) => l.textContent?.includes('Keep every item'))!
    .querySelector('input')!;
  await act(() => box.click());
  await add(view, 'https://news.example/feed.xml');
  expect(addFeed).toHaveBeenCalledWith('https://news.example/feed.xml', { keepEveryItem: true });
});
