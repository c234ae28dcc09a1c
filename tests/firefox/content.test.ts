/**
 * Firefox end to end: proves the content script runs and that its messages reach the background
 * and come back (harness: tests/firefox/harness.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cardOfSungKim,
  cardSignal,
  until,
  useFirefox,
  waitForScan,
  type ScanSignal,
} from './harness';

const firefox = useFirefox();

test('the content script scans a page in Firefox and reaches the background', async () => {
  const page = await firefox.browser().newPage();
  await page.goto(firefox.server().url('pages/article.html'));
  const signal = await waitForScan(page, (s) => s.scans > 0);
  assert.equal(signal.state, 'active');
  const ids = signal.figures.map((f) => f.id);
  for (const id of ['sung-kim', 'noh-kyu-duk', 'kim-jong-un'])
    assert.ok(ids.includes(id), `${id} in ${ids}`);
  // content.hello answered with the tab id: a round trip through the background.
  assert.ok(signal.tabId >= 0, `tab id ${signal.tabId}`);
  await page.close();
});

test('hovering a name in Firefox opens its card, and "Open background" opens the drawer on the figure', async () => {
  const { page, card } = await cardOfSungKim(firefox.browser(), firefox.server());
  assert.equal(card.figureId, 'sung-kim');
  assert.deepEqual(
    card.buttons!.map((b) => b.name),
    ['Open background', 'Not this person', 'Hide on this site'],
  );
  const open = card.buttons![0]!;
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
        if (/\/sidepanel\.html\?drawer(&tabId=\d+)?#\/figure\/sung-kim$/.test(href)) return f;
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
  const page = await firefox.browser().newPage();
  await page.goto(firefox.server().url('pages/resolution.html'));
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
