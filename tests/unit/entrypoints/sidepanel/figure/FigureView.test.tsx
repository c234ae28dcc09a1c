// @vitest-environment happy-dom
/** The figure view against a fake store: each section stands on its own. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { StoreClientProvider } from '@/components/data/store-context';
import type { StoreClient } from '@/components/data/store-client';
import { FigureView } from '@/entrypoints/sidepanel/figure/FigureView';
import { fakeStoreClient } from '../../../components/fake-store-client';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(client: StoreClient, figureId = 'sung-kim'): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <StoreClientProvider client={client}>
        <FigureView figureId={figureId} />
      </StoreClientProvider>,
      root,
    );
  });
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 1)));
  return root;
}

const headings = (view: HTMLElement) =>
  [...view.querySelectorAll('h1, h2')].map((h) => h.textContent);

test('shows every section in order for a known figure', async () => {
  const view = await mount(fakeStoreClient());
  expect(headings(view)).toEqual([
    'Sung Kim성김',
    'Roles',
    'Stored articles (2)',
    'Appears with',
    'Coverage over time',
  ]);
  expect(view.textContent).toContain('Sung Kim arrived in Seoul.');
  const chip = view.querySelector('.chip a[href="#/figure/noh-kyu-duk"]');
  expect(chip?.getAttribute('aria-label')).toBe('Noh Kyu-duk, named together in 2 articles');
});

test('one failing query blanks only its own section', async () => {
  const view = await mount(
    fakeStoreClient({
      coMentioned: async () => {
        throw new Error('The co-mention index is unreadable.');
      },
    }),
  );
  expect(headings(view)).toContain('Stored articles (2)');
  expect(headings(view)).toContain('Coverage over time');
  const alerts = [...view.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
  expect(alerts).toEqual(['The co-mention index is unreadable.']);
  expect(view.textContent).toContain('Sung Kim arrived in Seoul.');
});

test('a figure added by a feed is shown, not called unknown', async () => {
  const added = {
    ...(await fakeStoreClient().figureInfo('sung-kim'))!,
    id: 'pak-jong-chon',
    name: 'Pak Jong Chon',
    addedBy: 'nk-feed',
  };
  const view = await mount(
    fakeStoreClient({ figureInfo: async (id) => (id === added.id ? added : null) }),
    'pak-jong-chon',
  );
  expect(view.querySelector('h1')?.textContent).toContain('Pak Jong Chon');
});

test('an unknown id says so and links home', async () => {
  const view = await mount(fakeStoreClient(), 'nobody-at-all');
  expect(view.querySelector('h1')?.textContent).toBe('Unknown figure');
  expect(view.querySelector('a[href="#/"]')).not.toBeNull();
});

test('each role links its sources, and the facts say when they were checked', async () => {
  const figure = {
    ...(await fakeStoreClient().figureInfo('sung-kim'))!,
    checked: '2026-12',
    roles: [
      {
        title: 'Special Representative for North Korea',
        start: '2021-05',
        end: '2023-12',
        sources: [
          {
            outlet: 'Yonhap',
            title: 'Sung Kim named envoy',
            date: '2021-05-21',
            url: 'https://yna.example/s',
          },
        ],
      },
    ],
  };
  const view = await mount(fakeStoreClient({ figureInfo: async () => figure }));
  const link = view.querySelector(
    '[aria-label="Sources for Special Representative for North Korea"] a',
  );
  expect(link?.getAttribute('href')).toBe('https://yna.example/s');
  expect(view.textContent).toMatch(/Facts checked December 2026\./);
});
