// @vitest-environment happy-dom
/** The popup's status line and "Recently seen", and the options page's clearing of the reading history. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StoreClientProvider } from '@/components/data/store-context';
import type { StoreClient } from '@/components/data/store-client';
import { HistorySection } from '@/entrypoints/options/HistorySection';
import { RecentlySeen } from '@/entrypoints/popup/RecentlySeen';
import { StatusLine } from '@/entrypoints/popup/StatusLine';
import { readingHistory, recordSeen } from '@/utils/reading-history';
import { BUNDLED_VIEW, fakeStoreClient } from '../../components/fake-store-client';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = async () => {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 1)));
};

async function mount(view: ComponentChildren, client: StoreClient = fakeStoreClient()) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<StoreClientProvider client={client}>{view}</StoreClientProvider>, root);
  });
  await settle();
  return root;
}

const button = (view: HTMLElement, name: string) =>
  [...view.querySelectorAll('button')].find((b) => b.textContent === name);

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

test('"Recently seen" survives a malformed stored history', async () => {
  await fakeBrowser.storage.local.set({ readingHistory: { pages: [{ url: 5 }, 'x', null] } });
  const view = await mount(<RecentlySeen tabId={null} />);
  expect(view.querySelector('[role="alert"]')).toBeNull();
  expect(view.textContent).toContain('No one yet.');
});

test('"Clear reading history" asks first, then clears and says so', async () => {
  await recordSeen({ url: 'https://a.example/1', title: 'One', figureIds: ['sung-kim'] });
  const view = await mount(<HistorySection />);
  await act(() => button(view, 'Clear reading history')!.click());
  await act(() => button(view, 'Cancel')!.click());
  expect(await readingHistory()).toHaveLength(1);

  await act(() => button(view, 'Clear reading history')!.click());
  expect(view.textContent).toContain('cannot be undone');
  await act(() => button(view, 'Clear')!.click());
  await settle();
  expect(await readingHistory()).toEqual([]);
  expect(view.querySelector('[role="status"]')?.textContent).toBe('Reading history cleared.');
});
