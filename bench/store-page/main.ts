/** The store benchmark as it runs inside Chromium: bulk load, indexed queries, and the cursor baseline, same run. */
import { deleteDB, openDB } from 'idb';
import { FIGURES } from '../../utils/detect/catalogue';
import { openStore } from '../../utils/store/db/open';
import {
  articlesForFigure,
  coMentioned,
  coverageOverTime,
  figureBackground,
} from '../../utils/store/queries/figures';
import { search } from '../../utils/store/queries/search';
import { toRecord } from '../../utils/store/db/records';
import type { ArticleRecord, StoreDB } from '../../utils/store/db/schema';
import { bulkLoad } from '../../utils/store/derived/write';
import { makeArticle, searchQueries } from './generate';
import { cursorArticlesForFigure, cursorCoMentioned, cursorSearch } from './baseline';
import { popupFirstRender } from './popup';

/** The popup's steps, each timed from its document's start. */
const POPUP_STEPS = [
  'script',
  'mounted',
  'shell',
  'onThisTab',
  'statusLine',
  'recentlySeen',
  'newestArticles',
  'painted',
] as const;

/** What the Node side asks for. */
export interface BenchConfig {
  count: number;
  batch: number;
  seed: number;
  baselineRuns: number;
  /** Whether the page also serves a baseline popup (`baseline/popup.html`, another tree's code). */
  popupBaseline: boolean;
}

/** Percentiles of a list of milliseconds. */
function stats(samples: number[]): { n: number; p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function sample(runs: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push((await time(() => work(i)))[0]);
  return out;
}

function log(message: string): void {
  console.log(`[bench:store] ${message}`);
}

/** Generate in untimed chunks, then time only the batched writes of each chunk. */
async function load(db: StoreDB, config: BenchConfig): Promise<Record<string, number>> {
  const CHUNK = 20_000;
  let generateMs = 0;
  let writeMs = 0;
  for (let start = 0; start < config.count; start += CHUNK) {
    const t0 = performance.now();
    const batches: ArticleRecord[][] = [];
    const end = Math.min(config.count, start + CHUNK);
    for (let b = start; b < end; b += config.batch) {
      const batch: ArticleRecord[] = [];
      for (let i = b; i < Math.min(end, b + config.batch); i++)
        batch.push(toRecord(makeArticle(config.seed, i), 'bench'));
      batches.push(batch);
    }
    const t1 = performance.now();
    await bulkLoad(db, batches);
    writeMs += performance.now() - t1;
    generateMs += t1 - t0;
    log(`loaded ${end}`);
  }
  return {
    articles: config.count,
    batchSize: config.batch,
    writeSeconds: Math.round(writeMs) / 1000,
    articlesPerSecond: Math.round(config.count / (writeMs / 1000)),
    generateSeconds: Math.round(generateMs) / 1000,
  };
}

/**
 * The same records put into a bare object store (no indexes, no aggregates), same batching: the ceiling this
 * browser and machine allow, to read the bulk-load figure against. With `tiny`, records of a key and 200
 * characters instead: what IndexedDB costs per request, whatever a record holds.
 */
async function rawPutCeiling(config: BenchConfig, count: number, tiny = false): Promise<number> {
  const name = 'backchannel-bench-raw';
  await deleteDB(name);
  const db = await openDB(name, 1, {
    upgrade: (d) => void d.createObjectStore('articles', { keyPath: 'key' }),
  });
  const records = Array.from({ length: count }, (_, i) => {
    const record = toRecord(makeArticle(config.seed + 1, i), 'raw');
    return tiny ? { key: record.key, text: record.text.slice(0, 200) } : record;
  });
  const [ms] = await time(async () => {
    for (let start = 0; start < count; start += config.batch) {
      const tx = db.transaction('articles', 'readwrite', { durability: 'relaxed' });
      for (const record of records.slice(start, start + config.batch)) void tx.store.put(record);
      await tx.done;
    }
  });
  db.close();
  await deleteDB(name);
  return Math.round(count / (ms / 1000));
}

/** Run the whole benchmark; returns plain JSON. */
async function run(config: BenchConfig): Promise<Record<string, unknown>> {
  const name = 'backchannel-bench';
  await deleteDB(name);
  const db = await openStore({ name });
  const ceiling = await rawPutCeiling(config, Math.min(10_000, config.count));
  const tinyCeiling = await rawPutCeiling(config, Math.min(10_000, config.count), true);
  const bulk: Record<string, number> = {
    ...(await load(db, config)),
    rawPutCeilingPerSecond: ceiling,
    tinyPutCeilingPerSecond: tinyCeiling,
  };
  const bytes = (await navigator.storage.estimate()).usage ?? 0;
  const ids = FIGURES.map((f) => f.id);
  const pageDates = ['2000-01-01', '2010-06-15', '2020-03-01'];
  // A panel's first page (what the side panel and the figure card ask for), and an older page of it.
  const firstPage = (i: number) => articlesForFigure(db, ids[i % ids.length] ?? '', { limit: 10 });
  const olderPage = (i: number) =>
    articlesForFigure(db, ids[i % ids.length] ?? '', {
      limit: 10,
      before: pageDates[i % pageDates.length],
    });
  // Right after writing ~500 MB the database compacts in the background; measured apart, as a reader who
  // opens a panel during a big sync would see it.
  const firstPageDuringCompaction = await sample(ids.length, firstPage);
  const olderPageDuringCompaction = await sample(ids.length, olderPage);
  const heapBefore = heapUsed();
  const [buildMs] = await time(() => search(db, 'summit'));
  const heapAfter = heapUsed();
  // A new connection (a reopened popup, a restarted worker) loads the persisted index instead of rebuilding.
  await new Promise((done) => setTimeout(done, 2000)); // let the background save of the index finish
  const reopened = await openStore({ name });
  const [loadMs] = await time(() => search(reopened, 'summit'));
  reopened.close();
  log('search index ready');
  // The store at rest, as a reader usually meets it.
  const forFigure = await sample(ids.length * 3, firstPage);
  const forFigurePaged = await sample(ids.length * 3, olderPage);
  const co = await sample(ids.length * 2, (i) => coMentioned(db, ids[i % ids.length] ?? '', 10));
  const background = await sample(ids.length, (i) => figureBackground(db, ids[i] ?? ''));
  const coverage = await sample(ids.length, (i) => coverageOverTime(db, ids[i] ?? '', 'month'));
  log('figure queries done');
  const queries = searchQueries(config.seed, 150);
  const found: number[] = [];
  const searchSamples = await sample(queries.length, async (i) =>
    found.push((await search(db, queries[i] ?? '')).length),
  );
  log('search done');
  // The obvious alternative: one cursor over every article, filtered in JS. Measured on a mid-coverage figure.
  const probe = ids[10] ?? '';
  const baseFor = await sample(config.baselineRuns, () => cursorArticlesForFigure(db, probe, 10));
  const baseCo = await sample(config.baselineRuns, () => cursorCoMentioned(db, probe, 10));
  const baseSearch = await sample(config.baselineRuns, (i) =>
    cursorSearch(db, queries[i] ?? 'summit', 20),
  );
  const indexedProbe = await sample(20, () => articlesForFigure(db, probe, { limit: 10 }));
  const pagedProbe = await sample(20, (i) =>
    articlesForFigure(db, probe, { limit: 10, before: pageDates[i % pageDates.length] }),
  );
  const indexedCoProbe = await sample(20, () => coMentioned(db, probe, 10));
  log('baseline done');
  const ratio = (base: number[], fast: number[]): number =>
    Math.round((stats(base).p50 / Math.max(stats(fast).p50, 0.001)) * 10) / 10;
  const mentions = await db.transaction('articles').store.index('by-figure-date').count();
  const sampleArticle: ArticleRecord | undefined = await db.get('articles', 'bench:gen-0');
  // The popup's status line counts the generated articles as one synced feed's.
  await db.put('sources', {
    id: 'bench',
    title: 'Generated feed',
    kind: 'synced',
    url: 'https://feed.example/bench.json',
    articleCount: config.count,
    sync: { status: 'ok', lastSuccess: new Date().toISOString() },
  });
  db.close();
  // The popup over this store, and (same run) over a store of the bundled articles only.
  await deleteDB(`${name}-bundled-only`);
  const pages = config.popupBaseline ? ['popup.html', 'baseline/popup.html'] : ['popup.html'];
  const [[popup = [], popupBundledOnly = []] = [], baselinePopup] = await popupFirstRender(
    pages,
    [name, `${name}-bundled-only`],
    30,
  );
  log('popup done');
  return {
    config,
    store: {
      articles: bulk.articles,
      mentions,
      usageMB: Math.round(bytes / 1e6),
      sampleTextChars: sampleArticle?.text.length,
    },
    bulkLoad: bulk,
    articlesForFigure: stats(forFigure),
    articlesForFigurePaged: stats(forFigurePaged),
    articlesForFigureDuringCompaction: stats(firstPageDuringCompaction),
    articlesForFigurePagedDuringCompaction: stats(olderPageDuringCompaction),
    coMentioned: stats(co),
    figureBackground: stats(background),
    coverageOverTime: stats(coverage),
    popupFirstRender: stats(popup.map((timing) => timing.painted)),
    popupFirstRenderBundledOnly: stats(popupBundledOnly.map((timing) => timing.painted)),
    // Where the openings over the large store spent their time, each step from the document's start.
    popupSteps: Object.fromEntries(
      POPUP_STEPS.map((step) => [step, stats(popup.map((timing) => timing[step]))]),
    ),
    popupBundleLoads: stats(popup.flatMap((timing) => timing.bundleLoad ?? [])),
    // The baseline tree's popup, opened in turn with this one over the same stores.
    ...(baselinePopup
      ? {
          popupBaseline: {
            firstRender: stats(baselinePopup[0]!.map((timing) => timing.painted)),
            firstRenderBundledOnly: stats(baselinePopup[1]!.map((timing) => timing.painted)),
            steps: Object.fromEntries(
              POPUP_STEPS.map((step) => [step, stats(baselinePopup[0]!.map((t) => t[step]))]),
            ),
          },
        }
      : {}),
    search: {
      ...stats(searchSamples),
      indexBuildMs: Math.round(buildMs),
      indexLoadMs: Math.round(loadMs),
      indexHeapMB: heapBefore && heapAfter ? Math.round((heapAfter - heapBefore) / 1e6) : null,
      meanHits:
        Math.round((found.reduce((a, b) => a + b, 0) / Math.max(1, found.length)) * 10) / 10,
    },
    baseline: {
      probeFigure: probe,
      articlesForFigure: {
        cursor: stats(baseFor),
        indexed: stats(indexedProbe),
        ratio: ratio(baseFor, indexedProbe),
      },
      articlesForFigurePaged: {
        cursor: stats(baseFor),
        indexed: stats(pagedProbe),
        ratio: ratio(baseFor, pagedProbe),
      },
      coMentioned: {
        cursor: stats(baseCo),
        indexed: stats(indexedCoProbe),
        ratio: ratio(baseCo, indexedCoProbe),
      },
      search: {
        cursor: stats(baseSearch),
        indexed: stats(searchSamples),
        ratio: ratio(baseSearch, searchSamples),
      },
    },
  };
}

function heapUsed(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

(globalThis as { runStoreBench?: typeof run }).runStoreBench = run;
