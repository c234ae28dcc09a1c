/** Backchannel's own pages (popup, options, side panel) and the per-site pause switch. */
import { expect, test, waitForScan } from './harness';

test('popup, options and side panel each show the product', async ({ extensionPage }) => {
  for (const name of ['popup', 'options', 'sidepanel']) {
    const page = await extensionPage(name);
    await expect(page.locator('.brand strong')).toHaveText('Backchannel');
    const icon = page.locator('.brand img');
    await expect(icon).toHaveAttribute('src', '/icon/icon.svg');
    expect(await icon.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.close();
  }
});

test('the popup lists who is on the tab (page → background → content round trip)', async ({
  popupFor,
}) => {
  const { popup } = await popupFor('pages/article.html');
  const list = popup.getByRole('list', { name: 'Figures on this tab' });
  await expect(list.getByRole('button', { name: 'Sung Kim' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Kim Jong Un' })).toBeVisible();
});

test('the side panel deep link shows the figure it was asked for', async ({ extensionPage }) => {
  const panel = await extensionPage('sidepanel', '#/figure/sung-kim');
  await expect(panel.getByRole('heading', { level: 1 })).toContainText('Sung Kim');
  await expect(panel.locator('h1[data-figure-id="sung-kim"]')).toBeVisible();
  // Every role and every brief says where its facts come from.
  const roles = panel.locator('.roles li');
  await expect(roles.first()).toBeVisible();
  for (const role of await roles.all())
    await expect(role.locator('.sources a[href^="http"]').first()).toBeVisible();
  const briefSources = panel.locator('[aria-label^="Sources of"] a[href^="http"]');
  await expect(briefSources.first()).toBeVisible();
  await panel.evaluate(() => (location.hash = '#/figure/choe-son-hui'));
  await expect(panel.locator('h1[data-figure-id="choe-son-hui"]')).toBeVisible();
  // Someone still in office: the panel says when that was last checked.
  await expect(panel.getByText(/^Facts checked \w+ \d{4}\.$/)).toBeVisible();
  await panel.evaluate(() => (location.hash = '#/figure/no-such-person'));
  await expect(panel.getByRole('heading', { name: 'Unknown figure' })).toBeVisible();
});

test('"Pause on this site" switches the open tab off and on without a reload', async ({
  popupFor,
}) => {
  const { popup, page: article, signal: first } = await popupFor('pages/article.html');
  expect(first.state).toBe('active');
  await article.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  const pause = popup.getByRole('switch', { name: 'Pause on this site' });
  await expect(pause).not.toBeChecked();
  await pause.click();
  await waitForScan(article, (s) => s.state === 'paused');
  expect(await article.evaluate(() => CSS.highlights.size)).toBe(0);

  await pause.click();
  const resumed = await waitForScan(article, (s) => s.state === 'active' && s.scans > first.scans);
  expect(resumed.figures.length).toBeGreaterThan(0);
  expect(await article.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  expect(
    await article.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
  ).toBe(true);
});

test('the popup shows the newest stored articles and searches the store', async ({
  extensionPage,
}) => {
  const popup = await extensionPage('popup');
  const newest = popup.getByRole('list', { name: 'Newest articles' });
  // The date as the English UI writes it (Intl), and machine-readable in <time>.
  const first = newest.getByRole('listitem').first();
  await expect(first).toContainText('Oct 21, 2025');
  await expect(first.locator('time')).toHaveAttribute('datetime', '2025-10-21');
  await popup
    .getByRole('searchbox', { name: 'Search the article store' })
    .fill('Panmunjom Declaration');
  const results = popup.getByRole('list', { name: 'Search results' });
  await expect(results).toContainText('Panmunjom');
  await popup.getByRole('searchbox', { name: 'Search the article store' }).fill('zzzxqv');
  await expect(popup.getByText('Nothing stored matches “zzzxqv”.')).toBeVisible();
});
