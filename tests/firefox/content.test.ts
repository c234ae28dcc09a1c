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
  panel?: 'panel' | 'drawer';
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

test('hovering a name in Firefox opens its card, and "Open background" opens the drawer on the figure', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('pages/article.html'));
  await waitForScan(page, (s) => s.scans > 0);
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf('Sung Kim');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 8);
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  assert.ok(point, 'Sung Kim is on the page');
  await page.mouse.move(point.x, point.y);
  const card = await until(
    () => cardSignal(page),
    (s) => s?.open === true,
    'the card',
  );
  assert.equal(card!.figureId, 'sung-kim');
  assert.deepEqual(
    card!.buttons!.map((b) => b.name),
    ['Open background', 'Not this person', 'Hide on this site'],
  );
  const open = card!.buttons![0]!;
  await page.mouse.click(open.x, open.y);
  // Firefox will not open its sidebar from a page's message: the in-page drawer shows the view.
  const after = await until(
    () => cardSignal(page),
    (s) => s?.panel !== undefined,
    'the panel',
  );
  assert.equal(after!.panel, 'drawer');
  // Puppeteer names an extension frame by its first URL (about:blank): ask each frame where it is.
  const frame = await until(
    async () => {
      for (const f of page.frames()) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (href.endsWith('/sidepanel.html?drawer#/figure/sung-kim')) return f;
      }
      return null;
    },
    (f) => f !== null,
    'the drawer frame',
  );
  const view = await until(
    () =>
      frame!.evaluate(() => ({
        article: document.querySelector('article[aria-labelledby]')?.textContent ?? '',
        alert: document.querySelector('[role="alert"]')?.textContent ?? '',
      })),
    (v) => v.article.includes('Sung Kim') || v.alert !== '',
    'the figure view in the drawer',
  );
  assert.equal(view.alert, '');
  assert.match(view.article, /Sung Kim/);
  // The page sees no frame of ours: the drawer is in a closed shadow root.
  assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0);
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
