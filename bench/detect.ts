/**
 * Detection benchmark (issue #3): throughput of detect() (match + resolve) on generated mixed-script
 * text against two RegExp baselines measured in the same run, compile time, linearity and memory.
 * `npx tsx bench/detect.ts [--json]`, or through `npm run bench`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FIGURES, compileCatalogue, type Detector } from '../utils/detect/index';
import { generateCorpus, writtenForms } from './corpus';

/** The targets. */
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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function countCombined(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** The mark.js way: one RegExp per alias, each scanning the whole text. */
function countPerAlias(res: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of res) {
    re.lastIndex = 0;
    while (re.exec(text)) n++;
  }
  return n;
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
  const before = process.memoryUsage();
  const copies = 10;
  for (let i = 0; i < copies; i++) keep.push(compileCatalogue());
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

/** Runs the detection benchmark; prints a table (or JSON) and returns the figures. */
export async function benchDetect(opts: { json: boolean }): Promise<Record<string, unknown>> {
  const coldCompileMs = time(() => compileCatalogue());
  const compileMs = median(21, () => compileCatalogue());
  const detector = compileCatalogue();
  const small = generateCorpus(MB).text;
  const large = generateCorpus(10 * MB, 7).text;
  const options = { date: '2021-08-23' };
  let mentions1 = 0;
  detector.detect(small, options); // warm-up
  const ours1 = median(5, () => (mentions1 = detector.detect(small, options).length));
  let mentions10 = 0;
  const ours10 = median(3, () => (mentions10 = detector.detect(large, options).length));

  const forms = writtenForms(FIGURES);
  const combined = new RegExp(forms.map(escapeRegExp).join('|'), 'giu');
  let combinedMatches = 0;
  countCombined(combined, small);
  const combined1 = median(3, () => (combinedMatches = countCombined(combined, small)));
  const perAlias = forms.map((f) => new RegExp(escapeRegExp(f), 'gi'));
  let perAliasMatches = 0;
  const perAlias1 = time(() => (perAliasMatches = countPerAlias(perAlias, small)));

  const memory = memoryOfCatalogue();
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
      regexpAliases: forms.length,
    },
    compileMs: { cold: round(coldCompileMs, 2), warmMedian: round(compileMs, 2) },
    detectMs: { oneMB: round(ours1), tenMB: round(ours10) },
    throughputMBps: {
      detect: round(1 / (ours1 / 1000)),
      combinedRegExp: round(1 / (combined1 / 1000)),
      regExpPerAlias: round(1 / (perAlias1 / 1000), 2),
    },
    baselineMs1MB: {
      combinedRegExp: round(combined1),
      regExpPerAlias: round(perAlias1),
      combinedMatches,
      perAliasMatches,
    },
    ratios: {
      vsCombinedRegExp: round(combined1 / ours1, 2),
      vsRegExpPerAlias: round(perAlias1 / ours1, 1),
      linearity10vs1: round(ours10 / ours1, 2),
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
  memory: Record<string, number>;
  meets: Record<string, boolean>;
}): void {
  const ok = (key: string): string => (out.meets[key] ? 'ok' : 'MISSED');
  const rows: [string, string, string][] = [
    ['detect throughput (1 MB)', `${out.throughputMBps.detect} MB/s`, ''],
    ['combined RegExp giu (1 MB)', `${out.throughputMBps.combinedRegExp} MB/s`, ''],
    ['RegExp per alias (1 MB)', `${out.throughputMBps.regExpPerAlias} MB/s`, ''],
    [
      'vs combined RegExp',
      `${out.ratios.vsCombinedRegExp}×`,
      `≥ ${TARGETS.vsCombinedRegExp}× ${ok('vsCombinedRegExp')}`,
    ],
    [
      'vs RegExp per alias',
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
    `Detection bench: ${out.corpus.largeChars} chars, ${out.corpus.mentionsLarge} mentions in the 10 MB text`,
  );
  for (const [name, value, target] of rows)
    console.log(`${name.padEnd(34)} ${value.padStart(18)}   ${target}`);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  benchDetect({ json: process.argv.includes('--json') }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
