/**
 * Runs a benchmark page in Chromium: bundles its entry with esbuild, serves it from 127.0.0.1
 * (cross-origin isolated, for 5 µs timers), calls its global `run` function with a config and
 * returns what it answers, with the browser version and the machine's load around the run.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../scripts/lib/find-browser';
import { serveStatic } from '../scripts/lib/static-server';

export interface PageBenchRun {
  chromium: string;
  /** Per marked span: the page's main-thread tasks (with `traceMainThread`). */
  mainThread?: Record<string, MainThreadSpan>;
  /** The scripts of the workers the page started (where the bench's work ran off its thread). */
  workers: string[];
  machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number };
  result: Record<string, unknown>;
}

export async function runPageBench(options: {
  entry: string;
  /** The page's global function that runs the bench, e.g. `runStoreBench`. */
  run: string;
  config: unknown;
  json: boolean;
  esbuild?: BuildOptions;
  /** Workers the page starts, bundled like the page (`out` is relative to the served folder). */
  workers?: { entry: string; out: string }[];
  /**
   * Trace the page's main thread (Chromium's `toplevel` tasks) and report, for each span the page marks with
   * `performance.mark('<span>:start')` / `('<span>:end')`, its longest task in wall time and in CPU time.
   */
  traceMainThread?: boolean;
  /** Files the page fetches, copied next to it (`to` is relative to the served folder). */
  copy?: { from: string; to: string }[];
  /** Builds more of the served folder (e.g. a page the bench frames) before the browser starts. */
  prepare?: (dir: string) => Promise<void>;
}): Promise<PageBenchRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-page-'));
  const loadBefore = loadavg()[0] ?? 0;
  await build({
    entryPoints: [options.entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'main.js'),
    logLevel: 'warning',
    ...options.esbuild,
  });
  for (const worker of options.workers ?? [])
    await build({
      entryPoints: [worker.entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(dir, worker.out),
      logLevel: 'warning',
      ...options.esbuild,
    });
  await options.prepare?.(dir);
  for (const { from, to } of options.copy ?? []) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(from, join(dir, to));
  }
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="main.js"></script>',
  );
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH)');
  const server = await serveStatic(dir, 0, {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  const browser = await chromium.launch({
    executablePath,
    args: ['--js-flags=--max-old-space-size=4096'],
  });
  try {
    const page = await browser.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    if (!options.json) page.on('console', (m) => console.error(m.text()));
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    page.on('crash', () => console.error('the page crashed'));
    const tracing = options.traceMainThread ? await startTracing(page) : null;
    await page.goto(server.url('index.html'));
    await page.waitForFunction((name) => name in globalThis, options.run);
    const result = await page.evaluate(
      ({ name, config }) =>
        (globalThis as unknown as Record<string, (c: unknown) => Promise<Record<string, unknown>>>)[
          name
        ]!(config),
      { name: options.run, config: options.config },
    );
    const mainThread = tracing ? mainThreadSpans(await tracing.stop()) : undefined;
    // Other work on the machine slows IndexedDB a lot; the load average says how quiet the run was.
    return {
      ...(mainThread ? { mainThread } : {}),
      chromium: browser.version(),
      workers,
      machine: {
        cpus: cpus().length,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg()[0] ?? 0,
      },
      result,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A marked span's main-thread tasks: the longest in wall time and in CPU time (ms), and how many ran over 50 ms. */
export interface MainThreadSpan {
  tasks: number;
  longestWallMs: number;
  longestCpuMs: number;
  over50WallMs: number;
  over50CpuMs: number;
  /** Where Chromium posted the longest task from (its `src_file:src_func`), to tell ours from the browser's. */
  longestPostedFrom: string;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; src_file?: string; src_func?: string };
}

/** Starts tracing `page`'s top-level tasks and user-timing marks; `stop` ends it and answers the events. */
async function startTracing(page: Page): Promise<{ stop: () => Promise<TraceEvent[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // Playwright types only its own CDP events; this one is Chromium's (https://chromedevtools.github.io/devtools-protocol/tot/Tracing/).
  const on = cdp.on.bind(cdp) as unknown as (
    event: string,
    listener: (data: { value: TraceEvent[] }) => void,
  ) => void;
  on('Tracing.dataCollected', (data) => events.push(...data.value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/**
 * The renderer main thread's top-level tasks (complete events with wall `dur` and thread `tdur`, µs) within each
 * span the page marked `<span>:start` … `<span>:end`.
 */
function mainThreadSpans(events: TraceEvent[]): Record<string, MainThreadSpan> {
  // The page's main thread is where its marks were made (the first renderer, about:blank's, is another).
  const main = events.find((e) => /:start$/.test(e.name) && e.cat.includes('blink.user_timing'));
  if (!main) return {};
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  const marks = new Map<string, { start?: number; end?: number }>();
  for (const e of events) {
    const match = /^(.*):(start|end)$/.exec(e.name);
    if (!match || !e.cat.includes('blink.user_timing')) continue;
    const span = marks.get(match[1]!) ?? {};
    span[match[2] as 'start' | 'end'] = e.ts;
    marks.set(match[1]!, span);
  }
  const tasks = events.filter(
    (e) => onMain(e) && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask',
  );
  const out: Record<string, MainThreadSpan> = {};
  for (const [name, { start, end }] of marks) {
    if (start === undefined || end === undefined) continue;
    const inSpan = tasks.filter((e) => e.ts >= start && e.ts <= end);
    const wall = inSpan.map((e) => (e.dur ?? 0) / 1000);
    const cpu = inSpan.map((e) => (e.tdur ?? 0) / 1000);
    const round = (x: number) => Math.round(x * 10) / 10;
    const longest = inSpan.reduce<TraceEvent | undefined>(
      (a, e) => (a && (a.dur ?? 0) >= (e.dur ?? 0) ? a : e),
      undefined,
    );
    out[name] = {
      longestPostedFrom: longest ? `${longest.args?.src_file}:${longest.args?.src_func}` : '',
      tasks: inSpan.length,
      longestWallMs: round(Math.max(0, ...wall)),
      longestCpuMs: round(Math.max(0, ...cpu)),
      over50WallMs: wall.filter((x) => x > 50).length,
      over50CpuMs: cpu.filter((x) => x > 50).length,
    };
  }
  return out;
}

/** What a store-sized bench is asked from the command line. */
export interface StoreBenchOptions {
  json: boolean;
  count?: number;
}

/** Articles in the generated store: `--count`, else BENCH_STORE_COUNT, else 100,000. */
export function storeCount(opts: StoreBenchOptions): number {
  return opts.count ?? (Number(process.env.BENCH_STORE_COUNT) || 100_000);
}

/** Runs `bench` when `moduleUrl` is the script node was started with (`[--json] [--count N]`). */
export function runFromCommandLine(
  moduleUrl: string,
  bench: (opts: StoreBenchOptions) => Promise<unknown>,
): void {
  if (resolve(process.argv[1] ?? '') !== fileURLToPath(moduleUrl)) return;
  const args = process.argv.slice(2);
  const countAt = args.indexOf('--count');
  const count = countAt >= 0 ? Number(args[countAt + 1]) : undefined;
  bench({ json: args.includes('--json'), ...(count ? { count } : {}) }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
