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
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/lib/find-browser';
import { serveStatic } from '../scripts/lib/static-server';

export interface PageBenchRun {
  chromium: string;
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
  /** Files the page fetches, copied next to it (`to` is relative to the served folder). */
  copy?: { from: string; to: string }[];
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
    page.on('pageerror', (error) => console.error(error));
    page.on('crash', () => console.error('the page crashed'));
    await page.goto(server.url('index.html'));
    await page.waitForFunction((name) => name in globalThis, options.run);
    const result = await page.evaluate(
      ({ name, config }) =>
        (globalThis as unknown as Record<string, (c: unknown) => Promise<Record<string, unknown>>>)[
          name
        ]!(config),
      { name: options.run, config: options.config },
    );
    // Other work on the machine slows IndexedDB a lot; the load average says how quiet the run was.
    return {
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
