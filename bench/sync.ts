/**
 * Feed sync benchmark, in Chromium through Playwright: a 10,000-article Backchannel feed and a 2,000-item RSS
 * feed served from 127.0.0.1, each timed from the first request to stored (RSS items run through detection
 * there; Backchannel feeds carry their mentions and are validated), next to the store's raw bulk-load rate for
 * the same 10,000 articles in the same run. `npx tsx bench/sync.ts [--json]`; results in bench/RESULTS.md.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/lib/find-browser';
import { serveFeeds } from '../scripts/lib/feed-server';
import { FIGURES } from '../utils/detect/catalogue';
import { FEED_FORMAT, FEED_VERSION } from '../utils/store/feeds/schema';
import { makeArticle } from './store-page/generate';
import { rng } from './random';

const here = dirname(fileURLToPath(import.meta.url));
const JSON_ITEMS = 10_000;
const RSS_ITEMS = 2_000;

function jsonFeed(): string {
  const articles = Array.from({ length: JSON_ITEMS }, (_, i) => makeArticle(7, i));
  return JSON.stringify({
    format: FEED_FORMAT,
    version: FEED_VERSION,
    sources: [{ id: 'bench', title: 'Bench feed' }],
    articles,
  });
}

function rssFeed(): string {
  const random = rng(11);
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const items: string[] = [];
  for (let i = 0; i < RSS_ITEMS; i++) {
    const a = FIGURES[Math.floor(random() * FIGURES.length)]!;
    const b = FIGURES[Math.floor(random() * FIGURES.length)]!;
    const article = makeArticle(13, i);
    const html = `<p>${escape(a.name)} met ${escape(b.name)} on ${i % 28}.</p><p>${escape(article.text.slice(0, 1500))}</p>`;
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toUTCString();
    items.push(
      `<item><title>${escape(article.title)}</title><link>https://wire.example/${i}</link><guid>wire-${i}</guid><pubDate>${day}</pubDate><description>${escape(html)}</description></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench wire</title>${items.join('')}</channel></rss>`;
}

/** Run the sync benchmark; prints a summary (or JSON) and returns the figures. */
export async function benchSync(opts: { json: boolean }): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  await build({
    entryPoints: [join(here, 'sync-page/main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'main.js'),
    logLevel: 'warning',
  });
  const json = jsonFeed();
  const rss = rssFeed();
  const server = await serveFeeds({
    '/index.html': {
      body: '<!doctype html><meta charset="utf-8"><title>sync bench</title><script type="module" src="main.js"></script>',
      headers: { 'content-type': 'text/html' },
    },
    '/main.js': {
      body: readFileSync(join(dir, 'main.js')),
      headers: { 'content-type': 'text/javascript' },
    },
    '/feed.json': { body: json, etag: '"j1"', headers: { 'content-type': 'application/json' } },
    '/wire.xml': { body: rss, etag: '"r1"', headers: { 'content-type': 'application/rss+xml' } },
  });
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH)');
  const browser = await chromium.launch({ executablePath });
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const page = await browser.newPage();
    await page.goto(server.url('/index.html'));
    await page.waitForFunction(() => 'runSyncBench' in globalThis);
    const result = await page.evaluate(
      (config) =>
        (
          globalThis as unknown as {
            runSyncBench: (c: unknown) => Promise<Record<string, unknown>>;
          }
        ).runSyncBench(config),
      {
        feeds: [
          { name: 'backchannelJson', url: server.url('/feed.json'), items: JSON_ITEMS },
          { name: 'rss', url: server.url('/wire.xml'), items: RSS_ITEMS },
        ],
      },
    );
    const out = {
      chromium: browser.version(),
      machine: {
        cpus: cpus().length,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg()[0] ?? 0,
      },
      bytes: { json: json.length, rss: rss.length },
      ...result,
    };
    if (opts.json) console.log(JSON.stringify(out, null, 2));
    else {
      const row = (name: string, r: Record<string, number>) =>
        `${name.padEnd(22)} ${String(r.stored ?? r.articles).padStart(6)} articles in ${String(r.seconds).padStart(6)} s = ${String(r.articlesPerSecond).padStart(6)} articles/s${r.resyncUnchangedMs !== undefined ? `; unchanged re-sync ${r.resyncUnchangedMs} ms` : ''}${r.longestTaskMs !== undefined ? `; page main thread: longest task ${r.longestTaskMs} ms (target ≤ 50), longest wait between progress updates ${r.longestProgressGapMs} ms (target ≤ 500)` : ''}`;
      console.log(`Sync bench (${browser.version()}, ${cpus().length} CPUs)`);
      console.log(row('Backchannel JSON feed', result.backchannelJson as Record<string, number>));
      console.log(row('RSS feed (+ detection)', result.rss as Record<string, number>));
      console.log(row('raw bulk load', result.rawBulkLoad as Record<string, number>));
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  benchSync({ json: process.argv.includes('--json') }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
