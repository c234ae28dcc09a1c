/**
 * Scores the detection engine on the held-out corpus tests/fixtures/eval (README there).
 *   npm run eval                              dev, test and overall; errors listed for dev only
 *   npm run eval -- --half <half>              one half: dev, test, or a held-out set (HALVES, lib/eval.ts)
 *   npm run eval -- --errors                  list errors for test and the held-out sets too (--no-errors: none)
 *   npm run eval -- --json            the same as JSON
 * Reports; never fails on a low score (the floor is kept by tests/unit/scripts/eval.test.ts).
 */
import { detect, FIGURES } from '../utils/detect/index';
import {
  type DocResult,
  ERROR_LABELS,
  type EvalError,
  evaluate,
  type Half,
  HALVES,
  loadHalf,
  type Metrics,
  summarise,
  type Summary,
} from './lib/eval';
import { parseOrExit, UsageError } from './lib/cli';

const USAGE = `usage: npm run eval -- [--half ${HALVES.join('|')}] [--errors | --no-errors] [--json]`;

interface Args {
  halves: Half[];
  /** undefined: the default (dev yes, test and the held-out sets no). */
  errors: boolean | undefined;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  // The held-out sets are scored only when named: it is meant to be scored once, at the end of a round.
  const args: Args = { halves: ['dev', 'test'], errors: undefined, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--errors') args.errors = true;
    else if (arg === '--no-errors') args.errors = false;
    else if (arg === '--half' || arg.startsWith('--half=')) {
      const value = arg === '--half' ? argv[++i] : arg.slice('--half='.length);
      const half = HALVES.find((h) => h === value);
      if (half === undefined)
        throw new UsageError(
          `--half must be ${HALVES.join(', ')}, got ${JSON.stringify(value ?? '')}`,
        );
      args.halves = [half];
    } else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return args;
}

const pct = (x: number | null): string => (x === null ? '    —' : x.toFixed(3).padStart(5));

function row(label: string, m: Metrics): string {
  return [
    `  ${label.padEnd(20)}`,
    String(m.docs).padStart(4),
    String(m.required).padStart(6),
    String(m.links).padStart(6),
    String(m.truePositives).padStart(5),
    String(m.falsePositives).padStart(5),
    String(m.falseNegatives).padStart(5),
    String(m.negativeHits).padStart(5),
    String(m.ignored).padStart(4),
    `  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`,
  ].join('');
}

const HEAD = `  ${''.padEnd(20)}docs  gold links   TP   FP   FN  neg   ?      P      R     F1`;

function printSummary(title: string, s: Summary): void {
  const o = s.overall;
  console.log(`\n${title}`);
  console.log(HEAD);
  console.log(row('overall', o));
  console.log('  by language');
  for (const [lang, m] of Object.entries(s.byLang)) console.log(row(`  ${lang}`, m));
  console.log('  by class (a document counts toward each of its classes)');
  for (const [tag, m] of Object.entries(s.byClass)) console.log(row(`  ${tag}`, m));
  const h = s.homonym;
  console.log(
    `  homonym pages: ${h.pages} pages, ${h.links} links — ${h.unwanted} unwanted (goal 0; ${h.negativeHits} on a "-" name), ${h.correct} correct (figures the pages really name)`,
  );
  console.log(
    `  spans: ${o.exactSpans} of ${o.truePositives} correct links have exactly the annotated span (the rest overlap it)`,
  );
}

function describeError(e: EvalError): string {
  const who = [
    e.predicted !== undefined ? `linked ${e.predicted}` : null,
    e.expected !== undefined ? `expected ${e.expected}` : null,
    e.candidates ? `candidates ${e.candidates.join(' | ') || 'none'}` : null,
    e.mentionKind !== undefined
      ? `[${e.mentionKind}${e.confidence !== undefined ? ` ${e.confidence.toFixed(2)}` : ''}]`
      : null,
    e.reason !== undefined ? `reason: ${e.reason}` : null,
    e.note ?? null,
  ]
    .filter(Boolean)
    .join('; ');
  return `  ${e.doc.padEnd(44)} ${ERROR_LABELS[e.kind].padEnd(17)} ${JSON.stringify(e.surface)}  ${who}\n      ${e.context}`;
}

function printErrors(half: Half, results: readonly DocResult[]): void {
  const errors = results.flatMap((r) => r.errors);
  const byKind = Object.entries(ERROR_LABELS)
    .map(([kind, label]) => `${errors.filter((e) => e.kind === kind).length} ${label}`)
    .join(', ');
  console.log(`\n${half} errors (${errors.length}: ${byKind})`);
  for (const e of errors) console.log(describeError(e));
}

function main(): number {
  const parsed = parseOrExit('eval', USAGE, parseArgs);
  if ('exit' in parsed) return parsed.exit;
  const { args } = parsed;
  const known = new Set(FIGURES.map((f) => f.id));
  const results = new Map<Half, DocResult[]>();
  for (const half of args.halves) {
    const docs = loadHalf(half, known);
    if (docs.length > 0) results.set(half, evaluate(docs, detect));
  }
  const empty = args.halves.filter((h) => !results.has(h));
  if (empty.length > 0) process.stderr.write(`eval: no documents in ${empty.join(', ')}\n`);
  const all = [...results.values()].flat();
  const listErrors = (half: Half): boolean => args.errors ?? half === 'dev';

  if (args.json) {
    const out = {
      matching: 'overlap, one to one',
      halves: Object.fromEntries(
        [...results.entries()].map(([half, rs]) => [
          half,
          {
            ...summarise(rs),
            ...(listErrors(half) ? { errors: rs.flatMap((r) => r.errors) } : {}),
          },
        ]),
      ),
      ...(results.size > 1 ? { overall: summarise(all) } : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }

  console.log(
    'Backchannel eval — tests/fixtures/eval (a link is correct when it overlaps a required annotation with the same figure; one to one)',
  );
  for (const [half, rs] of results) printSummary(`${half} (${rs.length} documents)`, summarise(rs));
  if (results.size > 1) printSummary(`overall (${all.length} documents)`, summarise(all));
  for (const [half, rs] of results) if (listErrors(half)) printErrors(half, rs);
  if ([...results.keys()].some((h) => !listErrors(h)))
    console.log(
      `\n(${[...results.keys()].filter((h) => !listErrors(h)).join(' and ')} errors not listed: pass --errors to see them)`,
    );
  return 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`eval: cannot write output (${error.code ?? error.message})\n`);
  process.exit(1);
});

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
