/**
 * Feed sync benchmark, in Chromium through Playwright: a 10,000-article Backchannel feed and a 2,000-item RSS
 * feed served from 127.0.0.1, each added on the built extension's options page (`npm run build:test` first) and
 * timed from the click to the result shown, with the page's main thread and progress bar watched meanwhile
 * (bench/sync-options.ts). The same run syncs them with `syncSource` on a plain page's own thread, as the options
 * page did before syncs moved to a worker, and bulk-loads the same 10,000 articles: the store's raw rate.
 * `npx tsx bench/sync.ts [--json]`; results in bench/RESULTS.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/lib/find-browser';
import { serveFeeds } from '../scripts/lib/feed-server';
import { FIGURES } from '../utils/detect/catalogue';
import { FEED_FORMAT, FEED_VERSION } from '../utils/store/feeds/schema';
import { makeArticle } from './store-page/generate';
import { rng } from './random';
import { syncFromOptionsPage, type OptionsSyncFigures } from './sync-options';

const here = dirname(fileURLToPath(import.meta.url));
const EXTENSION_DIR = join(here, '../.output/chrome-mv3-test');
// The options page reads feeds without a host permission, as from any public feed that allows it.
const CORS = { 'access-control-allow-origin': '*' };
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
    '/feed.json': {
      body: json,
      etag: '"j1"',
      headers: { 'content-type': 'application/json', ...CORS },
    },
    '/wire.xml': {
      body: rss,
      etag: '"r1"',
      headers: { 'content-type': 'application/rss+xml', ...CORS },
    },
  });
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH)');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('no test build of the extension: run `npm run build:test` first');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: chromiumArgs(EXTENSION_DIR),
  });
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const optionsPage: Record<string, OptionsSyncFigures> = {
      backchannelJson: await syncFromOptionsPage(
        context,
        extensionId,
        server.url('/feed.json'),
        'Bench feed',
      ),
      rss: await syncFromOptionsPage(context, extensionId, server.url('/wire.xml'), 'Bench wire'),
    };
    const page = await context.newPage();
    await page.goto(server.url('/index.html'));
    await page.waitForFunction(() => 'runSyncBench' in globalThis);
    const onPageThread = await page.evaluate(
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
    const version = await page.evaluate(
      () => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? 'unknown',
    );
    const { rawBulkLoad, ...inPage } = onPageThread;
    const result = { optionsPage, onPageThread: inPage, rawBulkLoad };
    const out = {
      chromium: version,
      machine: {
        cpus: cpus().length,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg()[0] ?? 0,
      },
      bytes: { json: json.length, rss: rss.length },
      ...result,
    };
    if (opts.json) console.log(JSON.stringify(out, null, 2));
    else printSummary(out.chromium, result);
    return out;
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printSummary(
  version: string,
  result: {
    optionsPage: Record<string, OptionsSyncFigures>;
    onPageThread: Record<string, unknown>;
    rawBulkLoad: unknown;
  },
): void {
  const raw = result.rawBulkLoad as {
    articles: number;
    seconds: number;
    articlesPerSecond: number;
  };
  console.log(
    `Sync bench (Chromium ${version}, ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)})`,
  );
  for (const [name, r] of Object.entries(result.optionsPage)) {
    const ratio =
      name === 'backchannelJson'
        ? ` (${(r.articlesPerSecond / raw.articlesPerSecond).toFixed(2)}× raw bulkLoad)`
        : '';
    console.log(
      `options page, ${name.padEnd(16)} ${r.stored} articles in ${r.seconds} s = ${r.articlesPerSecond} articles/s${ratio}; unchanged re-sync ${r.resyncUnchangedMs} ms; main thread: longest task ${r.longestTaskMs} ms (≤ 50), longest frame gap ${r.longestFrameGapMs} ms; progress bar: ${r.progressChanges} changes, longest wait ${r.longestProgressGapMs} ms (≤ 500) (${r.longestGapBetween})`,
    );
  }
  for (const [name, value] of Object.entries(result.onPageThread)) {
    const r = value as Record<string, number>;
    console.log(
      `page's own thread, ${name.padEnd(16)} ${r.stored} articles in ${r.seconds} s = ${r.articlesPerSecond} articles/s; longest task ${r.longestTaskMs} ms, longest wait between progress reports ${r.longestProgressGapMs} ms`,
    );
  }
  console.log(
    `raw bulkLoad              ${raw.articles} articles in ${raw.seconds} s = ${raw.articlesPerSecond} articles/s`,
  );
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  benchSync({ json: process.argv.includes('--json') }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
