/**
 * Firefox end to end: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * unpacked Firefox test build installed as a temporary add-on. Proves the content script runs
 * and that its messages reach the background and come back.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/lib/find-browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

const EXTENSION_DIR = resolve('.output/firefox-mv2-test');

interface ScanSignal {
  state: string;
  tabId: number;
  scans: number;
  figures: { id: string; count: number }[];
}

let browser: Browser;
let server: StaticServer;

before(async () => {
  const executablePath = findFirefox();
  assert.ok(
    executablePath,
    'No Firefox found: `sudo apt-get install firefox-esr` or set FIREFOX_PATH.',
  );
  assert.ok(
    existsSync(`${EXTENSION_DIR}/manifest.json`),
    'No Firefox test build: run `npm run build:test`.',
  );
  server = await serveStatic(resolve('tests/fixtures'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  await browser.installExtension(EXTENSION_DIR);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function waitForScan(
  page: Page,
  check: (signal: ScanSignal) => boolean,
): Promise<ScanSignal> {
  const handle = await page.waitForFunction(
    () => document.documentElement.dataset.backchannelScan ?? false,
    { timeout: 20_000, polling: 100 },
  );
  for (let tries = 0; tries < 200; tries += 1) {
    const raw = await page.evaluate(() => document.documentElement.dataset.backchannelScan ?? '');
    const signal = raw ? (JSON.parse(raw) as ScanSignal) : null;
    if (signal && check(signal)) return signal;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No matching scan; last: ${String(await handle.jsonValue())}`);
}

test('the content script scans a page in Firefox and reaches the background', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('pages/article.html'));
  const signal = await waitForScan(page, (s) => s.scans > 0);
  assert.equal(signal.state, 'active');
  const ids = signal.figures.map((f) => f.id);
  for (const id of ['sung-kim', 'noh-kyu-duk', 'kim-jong-un'])
    assert.ok(ids.includes(id), `${id} in ${ids}`);
  // content.hello answered with the tab id: a round trip through the background.
  assert.ok(signal.tabId >= 0, `tab id ${signal.tabId}`);
  await page.close();
});

interface CardSignal {
  open: boolean;
  figureId?: string | null;
  loaded?: boolean;
  buttons?: { name: string; x: number; y: number }[];
  panel?: 'panel' | 'tab';
}

async function cardSignal(page: Page): Promise<CardSignal | null> {
  const raw = await page.evaluate(() => document.documentElement.dataset.backchannelCard ?? '');
  return raw ? (JSON.parse(raw) as CardSignal) : null;
}

async function until<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
): Promise<T> {
  for (let tries = 0; tries < 100; tries += 1) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(await read())}`);
}

/** The middle of the first occurrence of `text` on the page, in viewport coordinates. */
function centreOf(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
}

/** Opens the article fixture in a new tab and hovers "Sung Kim" until the card is open. */
async function cardOfSungKim(): Promise<{ page: Page; card: CardSignal; scanned: ScanSignal }> {
  const page = await browser.newPage();
  await page.goto(server.url('pages/article.html'));
  const scanned = await waitForScan(page, (s) => s.scans > 0);
  await page.bringToFront(); // an earlier test's figure view tab may be in front
  const point = await centreOf(page, 'Sung Kim');
  assert.ok(point, 'Sung Kim is on the page');
  await page.mouse.move(point.x, point.y);
  const card = await until(
    () => cardSignal(page),
    (s) => s?.open === true,
    'the card',
  );
  return { page, card: card!, scanned };
}

test('hovering a name in Firefox opens its card, and "Open background" does something', async () => {
  const { page, card } = await cardOfSungKim();
  assert.equal(card.figureId, 'sung-kim');
  assert.deepEqual(
    card.buttons!.map((b) => b.name),
    ['Open background', 'Not this person', 'Hide on this site'],
  );
  const open = card.buttons![0]!;
  await page.mouse.click(open.x, open.y);
  const after = await until(
    () => cardSignal(page),
    (s) => s?.panel !== undefined,
    'the panel',
  );
  console.log(`Firefox sidebar opened from the card: ${String(after!.panel)}`);
  await page.close();
});

test('in Firefox too, a paragraph added later is read and resolved through the page', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('pages/resolution.html'));
  const first = await waitForScan(page, (s) => s.scans > 0);
  const count = (s: ScanSignal, id: string) => s.figures.find((f) => f.id === id)?.count ?? 0;
  assert.equal(count(first, 'sung-kim'), 1);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Kim said talks could resume soon.';
    document.getElementById('story')!.append(p);
  });
  const after = await waitForScan(page, (s) => s.scans > first.scans);
  assert.equal(count(after, 'sung-kim'), 2);
  await page.close();
});

/** The tab showing the extension's panel app, if any (page.url() of an extension tab opened by the extension stays about:blank over BiDi, so ask the page). */
async function figureViewTab(tabId: number): Promise<Page | null> {
  for (const tab of await browser.pages()) {
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
  const { page, card, scanned } = await cardOfSungKim();
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
  assert.match(await textOf(sidebar, '[aria-labelledby="company-heading"] a.chip'), /\S/);
  assert.equal(
    await textOf(sidebar, '[aria-labelledby="wrong-match-heading"] button'),
    'Wrong match? Report it',
  );
  await sidebar.close();
  await page.close();
});
