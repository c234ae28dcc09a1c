// @vitest-environment happy-dom
/** The figure view's newer sections: role then and now, the roles timeline, coverage by year and month, chips. */
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { StoreClientProvider } from '@/components/data/store-context';
import type { StoreClient } from '@/components/data/store-client';
import { FigureView } from '@/entrypoints/sidepanel/figure/FigureView';
import { RoleTimeline } from '@/entrypoints/sidepanel/figure/RoleTimeline';
import { FollowedTabContext } from '@/entrypoints/sidepanel/followed-tab';
import type { PageSummary } from '@/utils/protocol';
import { fakeStoreClient } from '../../../components/fake-store-client';
import { mount, settle } from '../../../components/mount';

async function open(client: StoreClient, page: PageSummary | null = null): Promise<HTMLElement> {
  const root = await mount(
    <FollowedTabContext.Provider value={{ tabId: 3, summary: page, loading: false, error: null }}>
      <StoreClientProvider client={client}>
        <FigureView figureId="sung-kim" />
      </StoreClientProvider>
    </FollowedTabContext.Provider>,
  );
  await settle();
  return root;
}

const page = (date: string | null): PageSummary => ({
  url: 'https://news.example/a',
  title: 'A',
  date,
  active: true,
  figures: [{ id: 'sung-kim', count: 3 }],
});

test('a page from the envoy years shows the role then beside "now: no public role listed"', async () => {
  const view = await open(fakeStoreClient(), page('2022-04-18'));
  const section = view.querySelector('[aria-labelledby="then-now-heading"]');
  expect(section?.querySelector('[data-role="then"]')?.textContent).toBe(
    'Special Representative for North Korea (2021–2023)',
  );
  expect(section?.querySelector('[data-role="now"]')?.textContent).toBe('no public role listed');
  expect(view.textContent).toContain('Named 3 times on this page.');
});

test('no then-and-now line when the page has no date, or the role is the same', async () => {
  expect((await open(fakeStoreClient(), page(null))).querySelector('.then-now')).toBeNull();
  expect((await open(fakeStoreClient(), page('2025-01-01'))).querySelector('.then-now')).toBeNull();
});

test('the roles timeline is an image described by the role list', async () => {
  const view = await open(fakeStoreClient());
  const svg = view.querySelector('svg.timeline');
  expect(svg?.getAttribute('role')).toBe('img');
  expect(svg?.getAttribute('aria-label')).toMatch(/^Timeline of roles, 2021 to 2023/);
  const list = view.querySelector(`#${svg?.getAttribute('aria-describedby')}`);
  expect(list?.textContent).toContain('Special Representative for North Korea');
  expect(svg?.querySelectorAll('rect')).toHaveLength(1);
  // The bars stretch to the panel's width at a fixed height; the years are the panel's own text (in
  // the SVG they grew with the panel: 36 px tall in a 1,200 px one).
  expect(svg?.getAttribute('preserveAspectRatio')).toBe('none');
  expect((svg as SVGElement | null)?.style.height).toBe('14px');
  expect(svg?.querySelectorAll('text')).toHaveLength(0);
  expect([...view.querySelectorAll('.timeline-years span')].map((s) => s.textContent)).toEqual([
    '2021',
    '2023',
  ]);
});

test('a timeline within one year names that year once', async () => {
  const view = await mount(
    <RoleTimeline
      roles={[{ title: 'Envoy', start: '2024-02', end: '2024-07' }]}
      describedBy="roles-list"
    />,
  );
  expect(view.querySelector('svg.timeline')?.getAttribute('aria-label')).toMatch(
    /^Timeline of roles in 2024;/,
  );
  expect([...view.querySelectorAll('.timeline-years span')].map((s) => s.textContent)).toEqual([
    '2024',
  ]);
});

test('coverage has a table per year; choosing a year shows its months', async () => {
  const client = fakeStoreClient({
    coverage: async (_id, period) =>
      period === 'year'
        ? [
            { period: '2021', count: 1 },
            { period: '2022', count: 4 },
          ]
        : [
            { period: '2021-08', count: 1 },
            { period: '2022-02', count: 3 },
            { period: '2022-04', count: 1 },
          ],
  });
  const view = await open(client);
  const years = view.querySelector('#coverage-years-table');
  expect([...years!.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
    '20211',
    '20224',
  ]);
  const button = view.querySelector<HTMLButtonElement>('button[aria-label="2022: show by month"]')!;
  expect(button.getAttribute('aria-expanded')).toBe('false');
  await act(() => button.click());
  await settle();
  expect(button.getAttribute('aria-expanded')).toBe('true');
  const months = view.querySelector('#coverage-months-table');
  const rows = [...months!.querySelectorAll('tbody tr')].map((r) => r.textContent);
  expect(rows).toHaveLength(12);
  expect(rows[1]).toBe('Feb3');
  expect(rows[3]).toBe('Apr1');
  expect(rows[7]).toBe('Aug0');
  await act(() => button.click());
  expect(view.querySelector('#coverage-months-table')).toBeNull();
});

test('"Wrong match? Report it" is offered only for a figure on the followed page', async () => {
  const on = await open(fakeStoreClient(), page('2022-04-18'));
  expect(on.textContent).toContain('Wrong match? Report it');
  const off = await open(fakeStoreClient(), { ...page(null), figures: [] });
  expect(off.textContent).not.toContain('Wrong match? Report it');
});
