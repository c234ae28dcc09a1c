/**
 * Detection benchmark: throughput of detect() (match + resolve) on generated mixed-script
 * text against two RegExp baselines measured in the same run, compile time, linearity and memory.
 * `npx tsx bench/detect.ts [--json]`, or through `npm run bench`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FIGURES, compileCatalogue, type Detector } from '../utils/detect/index';
import { combinedRegExp, countAll, countMatches, literalRegExps, markJsRegExps } from './baselines';
import { generateCorpus, writtenForms } from './corpus';

/** What detection must reach (ratios to the baselines, ms, MB); `meets` in the output says which a run did. */
const TARGETS = {
  vsCombinedRegExp: 2.5,
  vsRegExpPerAlias: 50,
  compileMs: 10,
  linearity10vs1: 11,
  catalogueMemoryMB: 5,
};

const MB = 1 << 20;

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function median(runs: number, run: () => unknown): number {
  const times = Array.from({ length: runs }, () => time(run)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function gcFunction(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function memoryOfCatalogue(): { heapMB: number; arrayBuffersMB: number; totalMB: number } {
  const gc = gcFunction();
  const keep: Detector[] = [];
  compileCatalogue(); // shared tables (char classes, fold cache) are not per catalogue
  gc();
  gc();
  const before = process.memoryUsage();
  const copies = 10;
  for (let i = 0; i < copies; i++) keep.push(compileCatalogue());
  gc();
  gc();
  const after = process.memoryUsage();
  const heapMB = (after.heapUsed - before.heapUsed) / copies / MB;
  const arrayBuffersMB = (after.arrayBuffers - before.arrayBuffers) / copies / MB;
  if (keep.length !== copies) throw new Error('unreachable');
  return {
    heapMB: round(heapMB, 3),
    arrayBuffersMB: round(arrayBuffersMB, 3),
    totalMB: round(heapMB + arrayBuffersMB, 3),
  };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

interface Timing {
  min: number;
  median: number;
}

function timing(xs: number[]): Timing {
  xs.sort((x, y) => x - y);
  return { min: xs[0]!, median: xs[Math.floor(xs.length / 2)]! };
}

/**
 * Times `a` and `b` alternately, so load from other processes hits both alike. The minimum is the
 * least disturbed run (the verdicts use it); the median is reported beside it.
 */
function interleaved(runs: number, a: () => unknown, b: () => unknown): [Timing, Timing] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(time(a));
    tb.push(time(b));
  }
  return [timing(ta), timing(tb)];
}

/** Runs the detection benchmark; prints a table (or JSON) and returns the figures. */
export async function benchDetect(opts: { json: boolean }): Promise<Record<string, unknown>> {
  const coldCompileMs = time(() => compileCatalogue());
  const memory = memoryOfCatalogue();
  const compileMs = median(21, () => compileCatalogue());
  const detector = compileCatalogue();
  const small = generateCorpus(MB).text;
  const large = generateCorpus(10 * MB, 7).text;
  const options = { date: '2021-08-23' };
  const forms = writtenForms(FIGURES);
  const combined = combinedRegExp(forms);
  const markJs = markJsRegExps(forms);
  const literal = literalRegExps(forms);

  let mentions1 = 0;
  let mentions10 = 0;
  let combinedMatches = 0;
  detector.detect(small, options); // warm-up
  countMatches(combined, small);
  const [oursT, combinedT] = interleaved(
    7,
    () => (mentions1 = detector.detect(small, options).length),
    () => (combinedMatches = countMatches(combined, small)),
  );
  const [ours1bT, ours10T] = interleaved(
    5,
    () => detector.detect(small, options),
    () => (mentions10 = detector.detect(large, options).length),
  );
  let markJsMatches = 0;
  let literalMatches = 0;
  const [markJsT, literalT] = interleaved(
    2,
    () => (markJsMatches = countAll(markJs, small)),
    () => (literalMatches = countAll(literal, small)),
  );
  const [ours1, combined1, ours1b, ours10, markJs1, literal1] = [
    oursT,
    combinedT,
    ours1bT,
    ours10T,
    markJsT,
    literalT,
  ].map((t) => t.min) as [number, number, number, number, number, number];

  const out = {
    corpus: {
      smallChars: small.length,
      largeChars: large.length,
      mentionsSmall: mentions1,
      mentionsLarge: mentions10,
    },
    catalogue: {
      figures: FIGURES.length,
      patterns: detector.patternCount,
      states: detector.stateCount,
      regexpForms: forms.length,
    },
    compileMs: { cold: round(coldCompileMs, 2), warmMedian: round(compileMs, 2) },
    detectMs: { oneMB: round(ours1), oneMBAlongside10MB: round(ours1b), tenMB: round(ours10) },
    medianMs: {
      detectOneMB: round(oursT.median),
      combinedRegExpOneMB: round(combinedT.median),
      detectOneMBAlongside10MB: round(ours1bT.median),
      detectTenMB: round(ours10T.median),
    },
    ratiosFromMedians: {
      vsCombinedRegExp: round(combinedT.median / oursT.median, 2),
      vsRegExpPerAlias: round(markJsT.median / oursT.median, 1),
      linearity10vs1: round(ours10T.median / ours1bT.median, 2),
    },
    throughputMBps: {
      detect: round(1000 / ours1),
      combinedRegExp: round(1000 / combined1),
      regExpPerAliasMarkJs: round(1000 / markJs1, 3),
      regExpPerAliasLiteral: round(1000 / literal1, 2),
    },
    baselineMs1MB: {
      combinedRegExp: round(combined1),
      regExpPerAliasMarkJs: round(markJs1),
      regExpPerAliasLiteral: round(literal1),
      combinedMatches,
      markJsMatches,
      literalMatches,
    },
    ratios: {
      vsCombinedRegExp: round(combined1 / ours1, 2),
      vsRegExpPerAlias: round(markJs1 / ours1, 1),
      vsRegExpPerAliasLiteral: round(literal1 / ours1, 2),
      linearity10vs1: round(ours10 / ours1b, 2),
    },
    memory,
    targets: TARGETS,
    meets: {} as Record<string, boolean>,
  };
  out.meets = {
    vsCombinedRegExp: out.ratios.vsCombinedRegExp >= TARGETS.vsCombinedRegExp,
    vsRegExpPerAlias: out.ratios.vsRegExpPerAlias >= TARGETS.vsRegExpPerAlias,
    compileMs: out.compileMs.warmMedian <= TARGETS.compileMs,
    linearity10vs1: out.ratios.linearity10vs1 <= TARGETS.linearity10vs1,
    catalogueMemoryMB: memory.totalMB <= TARGETS.catalogueMemoryMB,
  };
  if (opts.json) console.log(JSON.stringify(out, null, 2));
  else printTable(out);
  return out;
}

function printTable(out: {
  corpus: Record<string, number>;
  compileMs: Record<string, number>;
  detectMs: Record<string, number>;
  throughputMBps: Record<string, number>;
  ratios: Record<string, number>;
  ratiosFromMedians: Record<string, number>;
  memory: Record<string, number>;
  meets: Record<string, boolean>;
}): void {
  const ok = (key: string): string => (out.meets[key] ? 'ok' : 'MISSED');
  const rows: [string, string, string][] = [
    ['detect throughput (1 MB)', `${out.throughputMBps.detect} MB/s`, ''],
    ['combined RegExp giu (1 MB)', `${out.throughputMBps.combinedRegExp} MB/s`, ''],
    ['RegExp per alias, mark.js (1 MB)', `${out.throughputMBps.regExpPerAliasMarkJs} MB/s`, ''],
    ['RegExp per alias, literal (1 MB)', `${out.throughputMBps.regExpPerAliasLiteral} MB/s`, ''],
    [
      'vs combined RegExp',
      `${out.ratios.vsCombinedRegExp}×`,
      `≥ ${TARGETS.vsCombinedRegExp}× ${ok('vsCombinedRegExp')}`,
    ],
    ['vs literal RegExp per alias (info)', `${out.ratios.vsRegExpPerAliasLiteral}×`, ''],
    [
      'vs RegExp per alias (mark.js)',
      `${out.ratios.vsRegExpPerAlias}×`,
      `≥ ${TARGETS.vsRegExpPerAlias}× ${ok('vsRegExpPerAlias')}`,
    ],
    [
      'catalogue compile (warm median)',
      `${out.compileMs.warmMedian} ms`,
      `≤ ${TARGETS.compileMs} ms ${ok('compileMs')}`,
    ],
    ['catalogue compile (cold, first)', `${out.compileMs.cold} ms`, ''],
    ['detect 1 MB / 10 MB', `${out.detectMs.oneMB} / ${out.detectMs.tenMB} ms`, ''],
    [
      '10 MB time / 1 MB time',
      `${out.ratios.linearity10vs1}`,
      `≤ ${TARGETS.linearity10vs1} ${ok('linearity10vs1')}`,
    ],
    [
      'compiled catalogue memory',
      `${out.memory.totalMB} MB`,
      `≤ ${TARGETS.catalogueMemoryMB} MB ${ok('catalogueMemoryMB')}`,
    ],
  ];
  console.log(
    `Detection bench: ${out.corpus.largeChars} chars, ${out.corpus.mentionsLarge} mentions in the 10 MB text (times: min of interleaved runs)`,
  );
  const m = out.ratiosFromMedians;
  rows.push([
    'same ratios from medians',
    `${m.vsCombinedRegExp}× / ${m.vsRegExpPerAlias}× / ${m.linearity10vs1}`,
    '(combined / per alias / 10:1)',
  ]);
  for (const [name, value, target] of rows)
    console.log(`${name.padEnd(34)} ${value.padStart(18)}   ${target}`);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  benchDetect({ json: process.argv.includes('--json') }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
