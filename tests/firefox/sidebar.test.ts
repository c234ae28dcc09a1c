/**
 * Firefox end to end: the sidebar's figure view. Firefox refuses sidebarAction.open() from the
 * card, so "Open background" opens the same app in the card's in-page drawer (a frame of the
 * extension's own page); its own browser, so it is the first "Open background" of the session.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Frame, Page } from 'puppeteer-core';
import { cardOfSungKim, cardSignal, until, useFirefox } from './harness';

const firefox = useFirefox();

/** The drawer's frame showing the extension's panel app (Puppeteer names it by its first URL, about:blank: ask each frame). */
async function drawerFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (/\/sidepanel\.html\?drawer&tabId=\d+#\/figure\/sung-kim$/.test(href)) return frame;
  }
  return null;
}

/** The text of `selector` once it exists (the figure view loads each section on its own). */
async function textOf(page: Frame, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: 20_000 });
  return (await handle!.evaluate((element) => element.textContent ?? '')).trim();
}

test("the sidebar app's figure view renders its sections in Firefox", async () => {
  const { page, card } = await cardOfSungKim(firefox.browser(), firefox.server());
  const open = card.buttons!.find((b) => b.name === 'Open background')!;
  await page.mouse.click(open.x, open.y);
  const shown = await until(
    () => cardSignal(page),
    (s) => s?.panel !== undefined,
    'the panel',
  );
  // Firefox refuses sidebarAction.open() here, so the same app opens in the card's drawer.
  assert.equal(shown!.panel, 'drawer', 'the figure view opened in the drawer');
  const sidebar = (await until(
    () => drawerFrame(page),
    (frame) => frame !== null,
    'the drawer frame',
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
  await page.close();
});
