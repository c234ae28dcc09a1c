/**
 * The Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi, with the unpacked Firefox test build installed as a temporary add-on, fixture pages on
 * 127.0.0.1, and waits on the content script's scan and card signals instead of sleeps.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/lib/find-browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import type { ScanSignal } from '../../entrypoints/content/test-signal';

const EXTENSION_DIR = resolve('.output/firefox-mv2-test');

/** What a frame's content script publishes after each pass (entrypoints/content/test-signal.ts). */
export type { ScanSignal };

/** A Firefox with the extension and a fixture server, started before the file's tests and closed after. */
export function useFirefox(): { browser: () => Browser; server: () => StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
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
  return { browser: () => browser!, server: () => server! };
}

export async function waitForScan(
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

export interface CardSignal {
  open: boolean;
  figureId?: string | null;
  loaded?: boolean;
  buttons?: { name: string; x: number; y: number }[];
  panel?: 'panel' | 'drawer';
}

export async function cardSignal(page: Page): Promise<CardSignal | null> {
  const raw = await page.evaluate(() => document.documentElement.dataset.backchannelCard ?? '');
  return raw ? (JSON.parse(raw) as CardSignal) : null;
}

export async function until<T>(
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
export function centreOf(page: Page, text: string): Promise<{ x: number; y: number } | null> {
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
export async function cardOfSungKim(
  browser: Browser,
  server: StaticServer,
): Promise<{ page: Page; card: CardSignal; scanned: ScanSignal }> {
  const page = await browser.newPage();
  await page.goto(server.url('pages/article.html'));
  const scanned = await waitForScan(page, (s) => s.scans > 0);
  const point = await centreOf(page, 'Sung Kim');
  assert.ok(point, 'Sung Kim is on the page');
  await page.mouse.move(point.x, point.y);
  // Loaded: the card grows when the figure's background comes, and its buttons move with it
  // (a click at where they were before missed once in CI).
  const card = await until(
    () => cardSignal(page),
    (s) => s?.open === true && s.loaded === true,
    'the card, loaded',
  );
  return { page, card: card!, scanned };
}
