/**
 * Why one batch in each run of the page bench's appends costs a few milliseconds more than the
 * others, whatever our code does: Chromium keeps an isolated world's DOM wrappers (the content
 * script's references to the page's nodes) in a hash table, which is rehashed when it grows past
 * a power of two. This reproduces it without the extension: a page of `--nodes` paragraphs, every
 * text node referenced from an isolated world (as the content script's runs reference them), then
 * batches of 20 appended paragraphs whose element and text node the world references too.
 * `npx tsx bench/wrapper-map.ts [--nodes 20000] [--batches 400]` prints each batch over 0.5 ms
 * and how many wrappers the world held then (measured 2026-12-06: 2.6–2.8 ms at 32,760).
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/lib/find-browser';
import { arg } from './cli';

const nodes = Number(arg('--nodes', '20000'));
const batches = Number(arg('--batches', '400'));
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH)');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setContent('<div id="feed"></div>');
  await page.evaluate((nodes) => {
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < nodes; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i}`;
      feed.append(p);
    }
  }, nodes);
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'wrapper-map',
  });
  const inWorld = async (expression: string): Promise<number> => {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    return result.value as number;
  };
  let held = await inWorld(`
    globalThis.held = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) held.push(n);
    held.length`);
  const slow: string[] = [];
  const all: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    await page.evaluate(() => {
      const feed = document.getElementById('feed')!;
      for (let i = 0; i < 20; i++) {
        const p = document.createElement('p');
        p.textContent = 'New paragraph';
        feed.append(p);
      }
    });
    const ms = await inWorld(`(() => {
      const started = performance.now();
      let p = document.getElementById('feed').lastChild;
      for (let i = 0; i < 20; i++, p = p.previousSibling) held.push(p, p.firstChild);
      return performance.now() - started;
    })()`);
    held += 40;
    all.push(ms);
    if (ms > 0.5) slow.push(`batch ${batch}: ${ms.toFixed(2)} ms with ${held} wrappers held`);
  }
  all.sort((a, b) => a - b);
  console.log(`${nodes} text nodes held, ${batches} batches of 20 paragraphs (40 wrappers each)`);
  console.log(`median ${all[all.length >> 1]!.toFixed(3)} ms; over 0.5 ms:`);
  console.log(slow.length > 0 ? slow.join('\n') : 'none');
} finally {
  await browser.close();
}
