/**
 * Store benchmark, in Chromium through Playwright: 100,000 generated articles, bulk load, query
 * latencies, and the cursor-scan alternative measured in the same run. `npx tsx bench/store.ts [--json] [--count N]`
 * (or BENCH_STORE_COUNT=N for `npm run bench`). Results over time, and what they decided: bench/RESULTS.md.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { FIGURE_NAMES_PATH, figureNamesSource } from '../scripts/lib/content-catalogue-plugin';
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

/** As the extension's build does (wxt.config.ts): the names view written as data, not the catalogue. */
const figureNames: Plugin = {
  name: 'figure-names',
  setup(b) {
    b.onLoad({ filter: FIGURE_NAMES_PATH }, (args) => ({
      contents: figureNamesSource(args.path)!,
      loader: 'ts',
    }));
  },
};

/**
 * The popup part opens the popup as its own document, with the bundle and its stamp as the
 * extension's build has them (wxt.config.ts), minified and split as Vite builds it. For
 * comparisons: BENCH_BUNDLE_STAMP=off (no stamp: the bundle loaded at every opening) and
 * BENCH_POPUP_SPLIT=off (one script, the store's code in it).
 */
export async function bundlePopupPage(dir: string, codeRoot?: string): Promise<void> {
  const bundlePath = resolve(here, '../public/store/bundle.json');
  const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
    contentHash: string;
    articles: unknown[];
  };
  const stamp =
    process.env.BENCH_BUNDLE_STAMP === 'off'
      ? null
      : { contentHash: bundle.contentHash, articles: bundle.articles.length };
  const { metafile } = await build({
    entryPoints: [join(here, 'store-page/popup-page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // Split as Vite splits the popup: the store's code is a chunk loaded on first use.
    splitting: process.env.BENCH_POPUP_SPLIT !== 'off',
    outdir: dir,
    entryNames: 'popup',
    chunkNames: 'chunks/[name]-[hash]',
    define: { __BUNDLE_STAMP__: JSON.stringify(stamp) },
    // As tsconfig.json has it (said here too: a tree resolved by codeFrom may not be read for it).
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: codeRoot ? [figureNames, codeFrom(codeRoot)] : [figureNames],
    minify: true,
    metafile: true,
    logLevel: 'warning',
  });
  // The extension APIs faked, a classic script first (the popup's own classic scripts need them).
  await build({
    entryPoints: [join(here, 'store-page/popup-browser.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(dir, 'popup-browser.js'),
    logLevel: 'warning',
  });
  // The popup's own classic scripts (`<script src="/x.js">` in its HTML: WXT unlisted scripts,
  // entrypoints/x.ts), built as WXT builds them, in their order, before its modules.
  const root = codeRoot ?? repoRoot;
  const html = readFileSync(join(root, 'entrypoints/popup/index.html'), 'utf8');
  const classic = [...html.matchAll(/<script src="\/([\w-]+)\.js"><\/script>/g)].map((m) => m[1]!);
  for (const name of classic)
    await build({
      entryPoints: [join(root, 'entrypoints', `${name}.ts`)],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      outfile: join(dir, `${name}.js`),
      // WXT's wrapper runs the script's main at once.
      banner: { js: 'var defineUnlistedScript = (main) => main();' },
      logLevel: 'warning',
    });
  const classicTags = classic.map((name) => `<script src="${name}.js"></script>`).join('');
  // As Vite writes the popup's HTML: a modulepreload link for each chunk the script imports
  // statically, so the browser fetches them with the script, not after parsing it.
  const preloads = staticChunks(metafile, relative(process.cwd(), join(dir, 'popup.js')))
    .map((path) => `<link rel="modulepreload" href="${relative(dir, path)}">`)
    .join('');
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><link rel="stylesheet" href="popup.css">' +
      `<title>Backchannel</title><script src="popup-browser.js"></script>${classicTags}${preloads}` +
      '<body><div id="app"></div><script type="module" src="popup.js"></script>',
  );
}

const repoRoot = resolve(here, '..');

/**
 * Resolves the bench harness's imports of the extension's code (anything outside bench/) in
 * another tree, `root`: a checkout of the code to compare (with its node_modules and `.wxt`).
 */
function codeFrom(root: string): Plugin {
  return {
    name: 'code-from',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (!args.importer.startsWith(join(here, 'store-page'))) return undefined;
        const target = resolve(args.resolveDir, args.path);
        if (target.startsWith(join(repoRoot, 'bench'))) return undefined;
        const path = join(root, relative(repoRoot, target));
        for (const ext of ['', '.ts', '.tsx', '/index.ts'])
          if (existsSync(path + ext) && !statSync(path + ext).isDirectory())
            return { path: path + ext };
        return undefined;
      });
    },
  };
}

/** The chunks `entry` (an output path of `metafile`) imports statically, directly or not. */
function staticChunks(metafile: Metafile, entry: string): string[] {
  const found = new Set<string>();
  const visit = (output: string): void => {
    for (const { path, kind } of metafile.outputs[output]?.imports ?? [])
      if (kind === 'import-statement' && !found.has(path)) {
        found.add(path);
        visit(path);
      }
  };
  visit(entry);
  return [...found].map((path) => resolve(path));
}

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
  const baseline = process.env.BENCH_POPUP_BASELINE;
  const config = {
    count: storeCount(opts),
    batch: 2000,
    seed: 4,
    baselineRuns: 3,
    popupBaseline: Boolean(baseline),
  };
  const { chromium, machine, result } = await runPageBench({
    entry: join(here, 'store-page/main.ts'),
    run: 'runStoreBench',
    config,
    // The popup document checks the bundled feed as a newly opened popup does, and shows the icon.
    // BENCH_POPUP_BASELINE=<a checkout of other code> adds that code's popup, opened in turn.
    prepare: async (dir) => {
      await bundlePopupPage(dir);
      if (!baseline) return;
      const sub = join(dir, 'baseline');
      await bundlePopupPage(sub, resolve(baseline));
      mkdirSync(join(sub, 'store'), { recursive: true });
      copyFileSync(resolve(here, '../public/store/bundle.json'), join(sub, 'store/bundle.json'));
    },
    copy: [
      { from: resolve(here, '../public/store/bundle.json'), to: 'store/bundle.json' },
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
  const steps = out.popupSteps as Record<string, Stat>;
  console.log(
    '  from document start:',
    Object.entries(steps)
      .map(([step, s]) => `${step} p50 ${s.p50} / p95 ${s.p95} ms`)
      .join(', '),
  );
  const popupBaseline = out.popupBaseline as
    { firstRender: Stat; firstRenderBundledOnly: Stat; steps: Record<string, Stat> } | undefined;
  if (popupBaseline) {
    const stat = (s: Stat) => `p50 ${s.p50} / p95 ${s.p95} ms`;
    console.log(
      `  baseline popup (${process.env.BENCH_POPUP_BASELINE}, same run): ${stat(popupBaseline.firstRender)}; ` +
        `bundled only ${stat(popupBaseline.firstRenderBundledOnly)}`,
    );
    console.log(
      '  baseline from document start:',
      Object.entries(popupBaseline.steps)
        .map(([step, s]) => `${step} ${stat(s)}`)
        .join(', '),
    );
  }
  for (const [name, b] of Object.entries(base)) {
    if (typeof b === 'object')
      console.log(
        `vs cursor scan: ${name.padEnd(22)} cursor p50 ${b.cursor.p50} ms → ${b.ratio}× faster`,
      );
  }
  console.log('meets:', JSON.stringify(out.meets));
}

runFromCommandLine(import.meta.url, benchStore);
