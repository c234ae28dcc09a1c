// @vitest-environment happy-dom
/** The panel's search box: a combobox whose results are reached and opened from the keyboard. */
import { act } from 'preact/test-utils';
import { beforeEach, expect, test, vi } from 'vitest';
import { StoreClientProvider } from '@/components/data/store-context';
import type { StoreClient } from '@/components/data/store-client';
import { ARTICLE_SEARCH_DELAY_MS, SearchBox } from '@/entrypoints/sidepanel/search/SearchBox';
import type { SearchHit } from '@/utils/store';
import { fakeStoreClient, preparingSearchClient } from '../../../components/fake-store-client';
import { mount } from '../../../components/mount';

let root: HTMLElement;
beforeEach(() => {
  location.hash = '';
});

const hit = (title: string): SearchHit =>
  ({
    key: `b/${title}`,
    id: title,
    sourceId: 'b',
    title,
    date: '2024-01-02',
    score: 1,
  }) as SearchHit;

async function mountBox(
  search: StoreClient['search'] = vi.fn(async () => [hit('Kim Yo Jong warns Seoul')]),
  client = fakeStoreClient({ search }),
) {
  root = await mount(
    <StoreClientProvider client={client}>
      <SearchBox />
    </StoreClientProvider>,
  );
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  return { input, search };
}

async function type(input: HTMLInputElement, text: string) {
  await act(() => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const key = (input: HTMLInputElement, name: string) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });

const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

test('people show at once; articles after typing pauses, asked once for the last query', async () => {
  const { input, search } = await mountBox();
  await type(input, '김');
  await type(input, '김여정');
  const options = () => [...root.querySelectorAll('[role="option"]')].map((o) => o.textContent);
  expect(options()[0]).toMatch(/^Kim Yo Jong/);
  expect(input.getAttribute('aria-expanded')).toBe('true');
  expect(search).not.toHaveBeenCalled();
  await wait(ARTICLE_SEARCH_DELAY_MS + 20);
  expect(search).toHaveBeenCalledTimes(1);
  // Her name in any script asks the store for her articles by her catalogue name.
  // The third argument hears when the search waits for its index ("Preparing search…").
  expect(search).toHaveBeenCalledWith('Kim Yo Jong', 6, expect.any(Function), 'search-box');
  expect(options()).toContain('Kim Yo Jong warns Seoul · Jan 2, 2024');
  expect(root.querySelector('[role="status"]')?.textContent).toBe(
    'Results: 1 in People, 1 in Stored articles',
  );
});

test('arrow keys move the active option (wrapping) and Enter opens it', async () => {
  const { input } = await mountBox();
  await type(input, 'Ким Ё Чжон');
  await wait(ARTICLE_SEARCH_DELAY_MS + 20);
  await key(input, 'ArrowDown');
  const active = () => root.querySelector(`#${input.getAttribute('aria-activedescendant')}`);
  expect(active()?.textContent).toMatch(/^Kim Yo Jong/);
  expect(active()?.getAttribute('aria-selected')).toBe('true');
  await key(input, 'ArrowDown');
  expect(active()?.textContent).toMatch(/^Kim Yo Jong warns Seoul/);
  await key(input, 'ArrowDown');
  expect(active()?.textContent).toMatch(/^Kim Yo Jong ·/);
  await key(input, 'ArrowUp');
  expect(active()?.textContent).toMatch(/warns Seoul/);
  await key(input, 'ArrowUp');
  await key(input, 'Enter');
  expect(location.hash).toBe('#/figure/kim-yo-jong');
  expect(input.getAttribute('aria-expanded')).toBe('false');
});

test('Enter with no option chosen opens the full search; Escape closes the list', async () => {
  const { input } = await mountBox(vi.fn(async () => []));
  await type(input, '金与正');
  await key(input, 'Escape');
  expect(input.getAttribute('aria-expanded')).toBe('false');
  await key(input, 'Enter');
  expect(location.hash).toBe(`#/search/${encodeURIComponent('金与正')}`);
});

test('nothing found says what to try next', async () => {
  const { input } = await mountBox(vi.fn(async () => []));
  await type(input, 'zzzxqv');
  await wait(ARTICLE_SEARCH_DELAY_MS + 20);
  expect(root.textContent).toContain(
    'Nothing matches “zzzxqv”. Try another spelling or another script.',
  );
  expect(input.getAttribute('aria-expanded')).toBe('false');
});

test('says "Preparing search…" while the first search waits for its index, then shows the articles', async () => {
  const { client, finish } = preparingSearchClient();
  const { input } = await mountBox(client.search, client);
  await type(input, 'summit talks');
  await wait(ARTICLE_SEARCH_DELAY_MS + 20);
  expect(root.textContent).toContain('Preparing search…');
  expect(root.textContent).not.toContain('Searching the stored articles…');
  await act(finish);
  await wait(10);
  expect(root.textContent).not.toContain('Preparing search…');
  expect(root.querySelector('[role="status"]')?.textContent).toBe(
    'Results: 0 in People, 1 in Stored articles',
  );
});
