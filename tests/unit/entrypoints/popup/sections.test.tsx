// @vitest-environment happy-dom
/** The popup's status line and "Recently seen". */
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RecentlySeen } from '@/entrypoints/popup/RecentlySeen';
import { StatusLine } from '@/entrypoints/popup/StatusLine';
import { recordSeen } from '@/utils/reading-history';
import { BUNDLED_VIEW, fakeStoreClient } from '../../components/fake-store-client';
import { mountWithStore as mount } from '../../components/mount';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 11, 5, 12);

test('the status line counts every source and says when a feed last synced', async () => {
  const feeds = async () => [
    { ...BUNDLED_VIEW, articleCount: 60 },
    {
      id: 'feed-1',
      title: 'A feed',
      kind: 'synced' as const,
      url: 'https://feed.example/',
      articleCount: 8,
      sync: { status: 'ok' as const, lastSuccess: new Date(NOW - 3 * HOUR).toISOString() },
    },
  ];
  const view = await mount(<StatusLine now={NOW} />, fakeStoreClient({ feeds }));
  expect(view.textContent).toBe('68 articles · last synced 3 hours ago');
});

test('the status line says what the newest sync did, or that it failed', async () => {
  const feed = (id: string, hoursAgo: number, sync: Record<string, unknown>) => ({
    id,
    title: id,
    kind: 'synced' as const,
    url: `https://${id}.example/`,
    articleCount: 4,
    sync: { lastAttempt: new Date(NOW - hoursAgo * HOUR).toISOString(), ...sync },
  });
  const ok = feed('older', 5, {
    status: 'ok',
    lastSuccess: new Date(NOW - 5 * HOUR).toISOString(),
    lastResult: { added: 12, updated: 3, unchanged: false },
  });
  const feeds = async () => [BUNDLED_VIEW, ok];
  let view = await mount(<StatusLine now={NOW} />, fakeStoreClient({ feeds } as never));
  expect(view.textContent).toBe('6 articles · last synced 5 hours ago · 12 new, 3 updated');
  // A newer attempt that failed is what the line reports; the last success still dates it.
  const failed = feed('newer', 1, { status: 'error', error: 'HTTP 500' });
  view = await mount(
    <StatusLine now={NOW} />,
    fakeStoreClient({ feeds: async () => [BUNDLED_VIEW, ok, failed] } as never),
  );
  expect(view.textContent).toBe(
    '10 articles · last synced 5 hours ago · the last sync failed (details in Article store and settings)',
  );
});

test("the status line says never synced when no feed has (the bundle's date does not count)", async () => {
  const view = await mount(<StatusLine now={NOW} />);
  expect(view.textContent).toBe('2 articles · never synced');
});

test('"Recently seen" lists each figure once, newest first, with the page and day where met', async () => {
  await recordSeen(
    { url: 'https://a.example/old', title: 'Old talks', figureIds: ['sung-kim'] },
    Date.now() - 2 * 24 * HOUR,
  );
  await recordSeen({
    url: 'https://a.example/new',
    title: 'Summit news',
    figureIds: ['kim-jong-un', 'sung-kim'],
  });
  const figureLabels = async (ids: readonly string[]) =>
    ids.map((id) => ({ id, name: id === 'sung-kim' ? 'Sung Kim' : 'Kim Jong Un', side: '' }));
  const view = await mount(<RecentlySeen tabId={null} />, fakeStoreClient({ figureLabels }));
  expect(view.querySelector('h2')?.textContent).toBe('Recently seen');
  const rows = [...view.querySelectorAll('li')];
  expect(rows.map((row) => row.querySelector('button')?.textContent)).toEqual([
    'Kim Jong Un',
    'Sung Kim',
  ]);
  const link = rows[1]!.querySelector('a')!;
  expect(link.textContent).toBe('Summit news');
  expect(link.getAttribute('href')).toBe('https://a.example/new');
  expect(rows[1]!.querySelector('time')?.textContent).toBe(
    new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(new Date()),
  );
});

test('"Recently seen" names figures as the rest of the popup does: in Hangul in a Korean browser', async () => {
  await recordSeen({ url: 'https://a.example/new', title: 'Summit', figureIds: ['joe-biden'] });
  const i18n = fakeBrowser.i18n;
  Object.assign(fakeBrowser, { i18n: { getUILanguage: () => 'ko', getMessage: () => '' } });
  try {
    const figureLabels = async (ids: readonly string[]) =>
      ids.map((id) => ({ id, name: 'Joe Biden', side: '' }));
    const view = await mount(<RecentlySeen tabId={null} />, fakeStoreClient({ figureLabels }));
    expect(view.querySelector('li button')?.textContent).toBe('조 바이든');
  } finally {
    Object.assign(fakeBrowser, { i18n });
  }
});

test('"Recently seen" survives a malformed stored history', async () => {
  await fakeBrowser.storage.local.set({ readingHistory: { pages: [{ url: 5 }, 'x', null] } });
  const view = await mount(<RecentlySeen tabId={null} />);
  expect(view.querySelector('[role="alert"]')).toBeNull();
  expect(view.textContent).toContain('No one yet.');
});
