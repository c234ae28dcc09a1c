/**
 * Store benchmark, in Chromium through Playwright: 100,000 generated articles, bulk load, query
 * latencies, and the cursor-scan alternative measured in the same run. `npx tsx bench/store.ts [--json] [--count N]`
 * (or BENCH_STORE_COUNT=N for `npm run bench`). Results over time, and what they decided: bench/RESULTS.md.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  runFromCommandLine,
  runPageBench,
  storeCount,
  type StoreBenchOptions,
} from './chromium-page';

const here = dirname(fileURLToPath(import.meta.url));

/** What the store must reach at 100,000 articles (ms, articles/s); `meets` in the output says which a run did. */
const TARGETS = {
  bulkPerSecond: 5000,
  forFigureP50: 2,
  forFigureP95: 10,
  searchP50: 20,
  coMentionedP50: 20,
  popupFirstRenderP95: 100,
};

type Stat = { p50: number; p95: number };

function verdicts(result: Record<string, unknown>): Record<string, boolean> {
  const get = (key: string): Stat => result[key] as Stat;
  const bulk = result.bulkLoad as { articlesPerSecond: number };
  return {
    bulkLoad: bulk.articlesPerSecond >= TARGETS.bulkPerSecond,
    // The first page (from the materialised view) and older pages (from the index), judged apart.
    articlesForFigureP50: get('articlesForFigure').p50 <= TARGETS.forFigureP50,
    articlesForFigureP95: get('articlesForFigure').p95 <= TARGETS.forFigureP95,
    articlesForFigurePagedP50: get('articlesForFigurePaged').p50 <= TARGETS.forFigureP50,
    articlesForFigurePagedP95: get('articlesForFigurePaged').p95 <= TARGETS.forFigureP95,
    searchP50: get('search').p50 <= TARGETS.searchP50,
    coMentionedP50: get('coMentioned').p50 <= TARGETS.coMentionedP50,
    popupFirstRenderP95: get('popupFirstRender').p95 <= TARGETS.popupFirstRenderP95,
  };
}

/** Run the store benchmark; prints a summary (or JSON) and returns the figures. */
export async function benchStore(opts: StoreBenchOptions): Promise<Record<string, unknown>> {
  const config = {
    count: storeCount(opts),
    batch: 2000,
    seed: 4,
    baselineRuns: 3,
  };
  const { chromium, machine, result } = await runPageBench({
    entry: join(here, 'store-page/main.ts'),
    run: 'runStoreBench',
    config,
    // The popup part checks the bundled feed as a newly opened popup does, and shows the icon.
    copy: [
      { from: resolve(here, '../public/store/bundle.json'), to: 'bundle.json' },
      { from: resolve(here, '../public/icon/icon.svg'), to: 'icon/icon.svg' },
    ],
    json: opts.json,
  });
  const out = {
    chromium,
    machine,
    targets: TARGETS,
    ...result,
    meets: verdicts(result),
  };
  if (opts.json) console.log(JSON.stringify(out, null, 2));
  else printSummary(out);
  return out;
}

function printSummary(out: Record<string, unknown>): void {
  const row = (name: string, key: string): string => {
    const s = out[key] as Stat;
    return `${name.padEnd(20)} p50 ${String(s.p50).padStart(8)} ms   p95 ${String(s.p95).padStart(8)} ms`;
  };
  const bulk = out.bulkLoad as Record<string, number>;
  const base = out.baseline as Record<string, { ratio: number; cursor: Stat }>;
  const searchInfo = out.search as Record<string, number>;
  const machine = out.machine as Record<string, number>;
  const load = `load ${machine.loadAverageBefore?.toFixed(1)} → ${machine.loadAverageAfter?.toFixed(1)}`;
  console.log(
    `Store bench (${String(out.chromium)}, ${machine.cpus} CPUs, ${load}): ${bulk.articles} articles`,
  );
  console.log(
    `bulk load            ${bulk.articlesPerSecond} articles/s (${bulk.writeSeconds} s writing; ` +
      `bare puts of the same records ${bulk.rawPutCeilingPerSecond}/s, of 200-character records ` +
      `${bulk.tinyPutCeilingPerSecond}/s)`,
  );
  console.log(row('articlesForFigure', 'articlesForFigure'), '  (first page)');
  console.log(row('  during compaction', 'articlesForFigureDuringCompaction'));
  console.log(row('  older page', 'articlesForFigurePaged'), '  (before a date)');
  console.log(row('  during compaction', 'articlesForFigurePagedDuringCompaction'));
  console.log(row('coMentioned', 'coMentioned'));
  console.log(
    row('search', 'search'),
    `  (index build ${searchInfo.indexBuildMs} ms, load ${searchInfo.indexLoadMs} ms)`,
  );
  console.log(row('figureBackground', 'figureBackground'));
  console.log(row('coverageOverTime', 'coverageOverTime'));
  console.log(row('popup first render', 'popupFirstRender'));
  console.log(row('  bundled only', 'popupFirstRenderBundledOnly'), '  (same run, baseline)');
  for (const [name, b] of Object.entries(base)) {
    if (typeof b === 'object')
      console.log(
        `vs cursor scan: ${name.padEnd(22)} cursor p50 ${b.cursor.p50} ms → ${b.ratio}× faster`,
      );
  }
  console.log('meets:', JSON.stringify(out.meets));
}

runFromCommandLine(import.meta.url, benchStore);
