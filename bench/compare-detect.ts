/**
 * Detection of this checkout against another checkout's engine, in the same process on the same
 * corpus: 1 MB time, 10 MB / 1 MB, compile time (also with each engine alone in processes of its
 * own), and this engine against the combined RegExp.
 * `npx tsx bench/compare-detect.ts --base ../other-checkout [--rounds 15] [--processes 11] [--bundled] [--json]`.
 * `--bundled` runs both engines as esbuild bundles them (one module, the form the extension ships)
 * instead of as tsx loads them (a module per file, whose imports are read through getters).
 * The two engines run alternately (A B A B …) so load from other processes hits both alike; the
 * machine's load average is printed with the figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as tsxCurrent from '../utils/detect/index';
import { combinedRegExp, countMatches } from './baselines';
import { arg, median } from './cli';
import { generateCorpus, writtenForms } from './corpus';

/** Compiles of each engine timed, alternating (see where they are timed). */
const COMPILE_ROUNDS = 201;

type Engine = Pick<typeof tsxCurrent, 'compileCatalogue' | 'FIGURES'>;

const MB = 1 << 20;

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function mean(xs: number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The engine of the checkout at `dir`, bundled by esbuild into one module file in `folder`. */
async function bundleEngine(dir: string, folder: string, name: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(dir, 'utils/detect/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const file = join(folder, `${name}.mjs`);
  writeFileSync(file, out.outputFiles[0]!.text);
  return file;
}

/** The module bundleEngine wrote (see --bundled). */
async function importBundle(file: string): Promise<Engine> {
  // A bundle this script has just written from a checkout named by whoever runs the bench.
  // eslint-disable-next-line no-unsanitized/method
  return (await import(pathToFileURL(file).href)) as Engine;
}

/** In a fresh Node process: the median of COMPILE_ROUNDS warm compiles of the bundle `file`. */
function compileInOwnProcess(file: string): number {
  const script = `
    const { compileCatalogue } = await import(${JSON.stringify(pathToFileURL(file).href)});
    for (let i = 0; i < 50; i++) compileCatalogue();
    const ms = [];
    for (let i = 0; i < ${COMPILE_ROUNDS}; i++) {
      const t0 = performance.now();
      compileCatalogue();
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    console.log(ms[ms.length >> 1]);`;
  const done = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (done.status !== 0) throw new Error(`compile process failed: ${done.stderr}`);
  return Number(done.stdout.trim());
}

/**
 * Compile time with each engine alone in its own process, PROCESSES of each, alternating: in one
 * process the two engines share a heap and the JIT's type feedback for the builtins both call,
 * and the same two engines measured ×0.90–×1.14 between runs that way. Apart, over 30 processes
 * each (2026-12-06): per-process medians fall in two modes for both engines alike; means ×0.999,
 * fastest processes ×0.946, medians ×1.108 (the median sat where the modes meet).
 */
function compileApart(baseFile: string, currentFile: string): Record<string, number> {
  const base: number[] = [];
  const current: number[] = [];
  for (let p = 0; p < PROCESSES; p++) {
    base.push(compileInOwnProcess(baseFile));
    current.push(compileInOwnProcess(currentFile));
  }
  // Per process, either engine lands in a fast or a slow mode (about 1.35 and 2.0 ms, every
  // function slower alike: the process, not the code): the median over processes swings with the
  // mix; the mean settles as processes are added (--processes).
  return {
    base: median(base),
    current: median(current),
    baseMean: mean(base),
    currentMean: mean(current),
    baseMin: Math.min(...base),
    currentMin: Math.min(...current),
  };
}

/** Processes per engine for compileApart (--processes). */
const PROCESSES = Number(arg('--processes', '11'));

/** Times each of `runs` alternately, `rounds` times; returns the times per run. */
function alternate(rounds: number, runs: (() => unknown)[]): number[][] {
  const out = runs.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    // Swap the order every round so neither engine always follows the other's garbage.
    const order = r % 2 === 0 ? runs.map((_, i) => i) : runs.map((_, i) => runs.length - 1 - i);
    for (const i of order) out[i]!.push(time(runs[i]!));
  }
  return out;
}

async function main(): Promise<void> {
  const baseDir = resolve(arg('--base', '../wt-base'));
  const rounds = Number(arg('--rounds', '15'));
  const json = process.argv.includes('--json');
  const bundled = process.argv.includes('--bundled');
  const here = fileURLToPath(new URL('..', import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), 'compare-detect-'));
  const baseFile = await bundleEngine(baseDir, folder, 'base');
  const currentFile = await bundleEngine(here, folder, 'current');
  const current = bundled ? await importBundle(currentFile) : tsxCurrent;
  const base = bundled
    ? await importBundle(baseFile)
    : // A checkout named on the command line, by whoever runs the bench.
      // eslint-disable-next-line no-unsanitized/method
      ((await import(pathToFileURL(resolve(baseDir, 'utils/detect/index.ts')).href)) as Engine);
  let apart: Record<string, number>;
  try {
    apart = compileApart(baseFile, currentFile);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const load0 = loadavg()[0]!;

  const options = { date: '2021-08-23' };
  const small = generateCorpus(MB).text;
  const large = generateCorpus(10 * MB, 7).text;
  const combined = combinedRegExp(writtenForms(current.FIGURES));

  // Compiled ten times each first: the figure is the warm compile (as bench/detect.ts reports it).
  // A compile takes under 2 ms, so one garbage collection moves it a lot: with 21 pairs the ratio
  // of medians swung from ×0.83 to ×1.32 between runs of the same code; with 201, ±4%.
  alternate(10, [() => base.compileCatalogue(), () => current.compileCatalogue()]);
  const [compileBase, compileCurrent] = alternate(COMPILE_ROUNDS, [
    () => base.compileCatalogue(),
    () => current.compileCatalogue(),
  ]) as [number[], number[]];
  const detBase = base.compileCatalogue();
  const detCurrent = current.compileCatalogue();
  const mentions = {
    base: detBase.detect(small, options).length,
    current: detCurrent.detect(small, options).length,
  };
  countMatches(combined, small);
  const [oneBase, oneCurrent, oneCombined] = alternate(rounds, [
    () => detBase.detect(small, options),
    () => detCurrent.detect(small, options),
    () => countMatches(combined, small),
  ]) as [number[], number[], number[]];
  const tenRounds = Math.max(3, Math.round(rounds / 3));
  const [tenBase, tenCurrent] = alternate(tenRounds, [
    () => detBase.detect(large, options),
    () => detCurrent.detect(large, options),
  ]) as [number[], number[]];
  const load1 = loadavg()[0]!;

  const b1 = median(oneBase);
  const c1 = median(oneCurrent);
  const out = {
    base: baseDir,
    form: bundled ? 'esbuild bundles' : 'tsx modules',
    load: { start: round(load0), end: round(load1) },
    mentions1MB: mentions,
    compileMs: {
      base: round(median(compileBase)),
      current: round(median(compileCurrent)),
      ratio: round(median(compileCurrent) / median(compileBase), 3),
      // Each engine alone in its own processes (compileApart; always the esbuild bundles).
      apartBase: round(apart.base!),
      apartCurrent: round(apart.current!),
      apartRatio: round(apart.current! / apart.base!, 3),
      apartBaseMean: round(apart.baseMean!),
      apartCurrentMean: round(apart.currentMean!),
      apartRatioOfMeans: round(apart.currentMean! / apart.baseMean!, 3),
      apartBaseMin: round(apart.baseMin!),
      apartCurrentMin: round(apart.currentMin!),
      apartRatioOfMins: round(apart.currentMin! / apart.baseMin!, 3),
    },
    detect1MBms: {
      base: round(b1),
      current: round(c1),
      ratio: round(c1 / b1, 3),
      baseMin: round(Math.min(...oneBase)),
      currentMin: round(Math.min(...oneCurrent)),
      ratioOfMins: round(Math.min(...oneCurrent) / Math.min(...oneBase), 3),
    },
    tenVsOne: {
      base: round(median(tenBase) / b1),
      current: round(median(tenCurrent) / c1),
    },
    currentVsCombinedRegExp: round(median(oneCombined) / c1),
    perMentionUs: {
      base: round((b1 * 1000) / mentions.base, 3),
      current: round((c1 * 1000) / mentions.current, 3),
    },
  };
  if (json) {
    console.log(JSON.stringify(out));
    return;
  }
  console.log(
    `${out.form}; load ${out.load.start} → ${out.load.end}; mentions in 1 MB: base ${mentions.base}, current ${mentions.current}`,
  );
  console.log(
    `compile (median)   base ${out.compileMs.base} ms   current ${out.compileMs.current} ms   ×${out.compileMs.ratio}`,
  );
  console.log(
    `compile (apart)    base ${out.compileMs.apartBase} ms   current ${out.compileMs.apartCurrent} ms   ×${out.compileMs.apartRatio}   (median of ${PROCESSES} processes per engine)`,
  );
  console.log(
    `compile (apart)    base ${out.compileMs.apartBaseMean} ms   current ${out.compileMs.apartCurrentMean} ms   ×${out.compileMs.apartRatioOfMeans}   (mean over processes)`,
  );
  console.log(
    `compile (apart)    base ${out.compileMs.apartBaseMin} ms   current ${out.compileMs.apartCurrentMin} ms   ×${out.compileMs.apartRatioOfMins}   (fastest process)`,
  );
  console.log(
    `1 MB (median)      base ${out.detect1MBms.base} ms   current ${out.detect1MBms.current} ms   ×${out.detect1MBms.ratio}`,
  );
  console.log(
    `1 MB (min)         base ${out.detect1MBms.baseMin} ms   current ${out.detect1MBms.currentMin} ms   ×${out.detect1MBms.ratioOfMins}`,
  );
  console.log(`10 MB / 1 MB       base ${out.tenVsOne.base}   current ${out.tenVsOne.current}`);
  console.log(`current vs combined RegExp ${out.currentVsCombinedRegExp}×`);
  console.log(
    `per mention        base ${out.perMentionUs.base} µs   current ${out.perMentionUs.current} µs`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
