/**
 * The side panel as a reader uses it: following the active tab, scrolling the page to a figure's
 * mentions, the figure view's sections, and search in four scripts. The panel page is opened as
 * a tab: `?tabId=N` pins it to a tab, `?windowId=N` makes it follow that window's active tab.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test, waitForScan } from './harness';

interface ChromeApis {
  tabs: {
    get(id: number): Promise<{ windowId: number }>;
    update(id: number, change: { active: boolean }): Promise<unknown>;
  };
  windows: { create(details: { url: string }): Promise<unknown> };
}

/** The extension's service worker, where the tests drive tabs and windows as the browser would. */
function worker(context: BrowserContext): Worker {
  return context.serviceWorkers()[0]!;
}

async function windowOf(context: BrowserContext, tabId: number): Promise<number> {
  return worker(context).evaluate(async (id) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    return (await tabs.get(id)).windowId;
  }, tabId);
}

async function activate(context: BrowserContext, tabId: number): Promise<void> {
  await worker(context).evaluate(async (id) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    await tabs.update(id, { active: true });
  }, tabId);
}

/** Opens the panel in a window of its own, following the active tab of `windowId`. */
async function panelFollowing(
  context: BrowserContext,
  extensionId: string,
  windowId: number,
): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().includes('sidepanel.html'));
  await worker(context).evaluate(async (url) => {
    const { windows } = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    await windows.create({ url });
  }, `chrome-extension://${extensionId}/sidepanel.html?windowId=${windowId}`);
  return opened;
}

const tabFigures = (panel: Page) => panel.getByRole('list', { name: 'Figures on this tab' });

test('the panel follows tab switches, navigations and the figure it showed per tab', async ({
  context,
  extensionId,
  scannedPage,
  server,
}) => {
  const { page: article, signal: first } = await scannedPage('pages/article.html');
  const { signal: second } = await scannedPage('pages/panel-scroll.html');
  const panel = await panelFollowing(context, extensionId, await windowOf(context, first.tabId));

  // The last tab opened is active: Kim Yo Jong's page.
  await expect(tabFigures(panel).getByRole('link', { name: 'Kim Yo Jong' })).toBeVisible();
  await expect(tabFigures(panel).getByRole('link', { name: 'Sung Kim' })).toHaveCount(0);

  await activate(context, first.tabId);
  await expect(tabFigures(panel).getByRole('link', { name: 'Sung Kim' })).toBeVisible();
  await expect(tabFigures(panel).getByRole('link', { name: 'Kim Yo Jong' })).toHaveCount(0);

  // A figure opened on this tab comes back when the reader returns to the tab.
  await tabFigures(panel).getByRole('link', { name: 'Noh Kyu-duk' }).click();
  await expect(panel.locator('h1[data-figure-id="noh-kyu-duk"]')).toBeVisible();
  await activate(context, second.tabId);
  await expect(tabFigures(panel).getByRole('link', { name: 'Kim Yo Jong' })).toBeVisible();
  await activate(context, first.tabId);
  await expect(panel.locator('h1[data-figure-id="noh-kyu-duk"]')).toBeVisible();
  await panel.getByRole('link', { name: '← This tab' }).click();

  // The followed tab navigates: the panel lists the new page's figures.
  await article.goto(server.url('pages/panel-scroll.html'));
  await waitForScan(article, (s) => s.figures.some((f) => f.id === 'kim-yo-jong'));
  await expect(tabFigures(panel).getByRole('link', { name: 'Kim Yo Jong' })).toBeVisible();
  await expect(tabFigures(panel).getByRole('link', { name: 'Sung Kim' })).toHaveCount(0);
});

/** The flash: a highlight holding exactly one range, over `text`, inside the viewport. */
function flashedText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    for (const [, highlight] of CSS.highlights) {
      if (highlight.size !== 1) continue;
      const [range] = [...highlight] as AbstractRange[];
      const live = document.createRange();
      live.setStart(range!.startContainer, range!.startOffset);
      live.setEnd(range!.endContainer, range!.endOffset);
      const box = live.getBoundingClientRect();
      if (box.top >= 0 && box.bottom <= innerHeight) return live.toString();
    }
    return null;
  });
}

const paragraphInView = (page: Page, id: string) =>
  page.evaluate((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }, id);

test('clicking a count scrolls the page to each mention in turn and flashes it', async ({
  scannedPage,
  extensionPage,
}) => {
  const { page: article, signal } = await scannedPage('pages/panel-scroll.html');
  const panel = await extensionPage('sidepanel', `?tabId=${signal.tabId}`);
  const count = panel.getByRole('button', {
    name: 'Show the next mention of Kim Yo Jong on the page, 3 in all',
  });
  expect(await article.evaluate(() => scrollY)).toBe(0);

  for (const [n, id] of [
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [1, 'first'],
  ] as const) {
    await count.click();
    await expect(panel.getByText(`Mention ${n} of 3`)).toBeVisible();
    await expect.poll(() => paragraphInView(article, id)).toBe(true);
    await expect.poll(() => flashedText(article)).toBe('Kim Yo Jong');
  }
  // The flash goes; the marks stay.
  await expect.poll(() => flashedText(article), { timeout: 5000 }).toBeNull();
  expect(await article.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
});

test('the figure view: then and now, role timeline, coverage by year and month, chips, wrong match', async ({
  scannedPage,
  extensionPage,
}) => {
  const { page: article, signal } = await scannedPage('pages/article.html');
  const panel = await extensionPage('sidepanel', `?tabId=${signal.tabId}#/figure/sung-kim`);
  await expect(panel.locator('h1[data-figure-id="sung-kim"]')).toBeVisible();

  // The page is dated 21 June 2021: then the envoy, now no listed role.
  await expect(panel.locator('[data-role="then"]')).toHaveText(
    'Special Representative for North Korea (2021–2023)',
  );
  await expect(panel.locator('[data-role="now"]')).toHaveText('no public role listed');

  const timeline = panel.getByRole('img', { name: /^Timeline of roles, 2008 to \d{4}/ });
  await expect(timeline).toBeVisible();
  expect(await timeline.locator('rect').count()).toBe(await panel.locator('.roles li').count());

  const years = panel.getByRole('table', { name: 'Stored articles per year' });
  await expect(years.getByRole('row').nth(1)).toBeVisible();
  const year = (await years.locator('tbody th').first().textContent())!.trim();
  await years.getByRole('button', { name: `${year}: show by month` }).click();
  const months = panel.getByRole('table', { name: `Stored articles per month in ${year}` });
  await expect(months.locator('tbody tr')).toHaveCount(12);
  const monthTotal = await months
    .locator('tbody td')
    .allTextContents()
    .then((cells) => cells.reduce((sum, cell) => sum + Number(cell.replace(/\D/g, '')), 0));
  const yearTotal = Number(
    (await years.locator('tbody td').first().textContent())!.replace(/\D/g, ''),
  );
  expect(monthTotal).toBe(yearTotal);

  // "Appears with" chips open that figure's view.
  const chips = panel.getByRole('list', { name: 'Appears with' }).getByRole('link');
  await expect(chips.first()).toBeVisible();
  const href = (await chips.first().getAttribute('href'))!;
  await chips.first().click();
  await expect(panel.locator(`h1[data-figure-id="${href.split('/').pop()}"]`)).toBeVisible();
  await panel.goBack();
  await expect(panel.locator('h1[data-figure-id="sung-kim"]')).toBeVisible();

  // Wrong match: the page stops linking Sung Kim, as after the card's "Not this person".
  await expect(panel.getByText('Named 2 times on this page.')).toBeVisible();
  await panel.getByRole('button', { name: 'Wrong match? Report it' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible();
  const after = await waitForScan(article, (s) => !s.figures.some((f) => f.id === 'sung-kim'));
  expect(after.figures.some((f) => f.id === 'kim-jong-un')).toBe(true);
  await expect(panel.getByText(/^Named \d+ times on this page\.$/)).toHaveCount(0);
});

test.describe('search finds Kim Yo Jong in every script and opens her from the keyboard', () => {
  for (const query of ['Kim Yo-jong', '김여정', '金与正', 'Ким Ё Чжон']) {
    test(query, async ({ extensionPage }) => {
      const panel = await extensionPage('sidepanel');
      const box = panel.getByRole('combobox', { name: 'Search people and stored articles' });
      await box.fill(query);
      const results = panel.getByRole('listbox', { name: 'Search results' });
      const people = results.getByRole('group', { name: 'People' });
      await expect(people.getByRole('option').first()).toHaveText(/^Kim Yo Jong/);
      await expect(results.getByRole('group', { name: 'Stored articles' })).toBeVisible();
      await box.press('ArrowDown');
      await expect(people.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      await box.press('Enter');
      await expect(panel.locator('h1[data-figure-id="kim-yo-jong"]')).toBeVisible();
    });
  }
});
