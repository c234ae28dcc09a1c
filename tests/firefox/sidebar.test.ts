/**
 * Firefox end to end: the sidebar's figure view. Headless Firefox refuses sidebarAction.open()
 * from the card, so "Open background" opens the same app in a tab pinned to the page's tab; its
 * own browser, so it is the first "Open background" of the session.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { cardOfSungKim, cardSignal, until, useFirefox } from './harness';

const firefox = useFirefox();

/** The tab showing the extension's panel app, if any (page.url() of an extension tab opened by the extension stays about:blank over BiDi, so ask the page). */
async function figureViewTab(tabId: number): Promise<Page | null> {
  for (const tab of await firefox.browser().pages()) {
    const href = await tab.evaluate(() => location.href).catch(() => '');
    if (href.startsWith('moz-extension://') && href.includes(`/sidepanel.html?tabId=${tabId}#`))
      return tab;
  }
  return null;
}

/** The text of `selector` once it exists (the figure view loads each section on its own). */
async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: 20_000 });
  return (await handle!.evaluate((element) => element.textContent ?? '')).trim();
}

test("the sidebar app's figure view renders its sections in Firefox", async () => {
  const { page, card, scanned } = await cardOfSungKim(firefox.browser(), firefox.server());
  const open = card.buttons!.find((b) => b.name === 'Open background')!;
  await page.mouse.click(open.x, open.y);
  const shown = await until(
    () => cardSignal(page),
    (s) => s?.panel !== undefined,
    'the panel',
  );
  // Headless Firefox refuses sidebarAction.open() here, so the same app opens in a tab, pinned to the page's tab.
  assert.equal(shown!.panel, 'tab', 'the figure view opened in a tab that this test can read');
  const sidebar = (await until(
    () => figureViewTab(scanned.tabId),
    (tab) => tab !== null,
    'the figure view tab',
  ))!;
  assert.match(await textOf(sidebar, 'h1[data-figure-id="sung-kim"]'), /^Sung Kim/);
  // The page is dated 21 June 2021: the role then, and none now.
  assert.equal(
    await textOf(sidebar, '[data-role="then"]'),
    'Special Representative for North Korea (2021–2023)',
  );
  assert.equal(await textOf(sidebar, '[data-role="now"]'), 'no public role listed');
  const timeline = await sidebar.$eval('svg.timeline', (svg) => ({
    label: svg.getAttribute('aria-label') ?? '',
    bars: svg.querySelectorAll('rect').length,
    listed: document.querySelectorAll('#roles-list li').length,
  }));
  assert.match(timeline.label, /^Timeline of roles, 2008 to/);
  assert.equal(timeline.bars, timeline.listed);
  assert.match(await textOf(sidebar, '#coverage-years-table tbody'), /^\d{4}/);
  await sidebar.click('#coverage-years-table tbody button');
  await sidebar.waitForSelector('#coverage-months-table');
  assert.equal(await sidebar.$$eval('#coverage-months-table tbody tr', (rows) => rows.length), 12);
  assert.match(await textOf(sidebar, '[aria-labelledby="company-heading"] .chip a'), /\S/);
  assert.equal(
    await textOf(sidebar, '[aria-labelledby="wrong-match-heading"] button'),
    'Wrong match? Report it',
  );
  await sidebar.close();
  await page.close();
});
