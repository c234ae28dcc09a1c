/**
 * Command line for the detection engine.
 *   npm run detect -- [--date YYYY-MM-DD] [--lang CODE] [--json] FILE...
 *   npm run detect -- --jsonl  < lines of {"id","text","date","lang"}
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { detect, getFigure } from '../utils/detect/index';
import type { Mention } from '../utils/detect/types';
import { isIsoDay } from '../utils/validate/dates';
import { parseOrExit, UsageError } from './lib/cli';

const USAGE = `usage: npm run detect -- [--date YYYY-MM-DD] [--lang CODE] [--json] FILE...
       npm run detect -- --jsonl   (JSON lines {"id","text","date","lang"} on stdin)`;
/** Seed files carry their date on the first line ("date 2021-08-23 SEOUL …"). */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;

interface Args {
  date: string | null;
  lang: string | null;
  json: boolean;
  jsonl: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { date: null, lang: null, json: false, jsonl: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--date') args.date = value();
    else if (arg === '--lang') args.lang = value();
    else if (arg === '--json') args.json = true;
    else if (arg === '--jsonl') args.jsonl = true;
    else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.date !== null && !isIsoDay(args.date))
    throw new UsageError(`--date must be YYYY-MM-DD, got "${args.date}"`);
  if (!args.jsonl && args.files.length === 0) throw new UsageError('no input file');
  if (args.jsonl && args.files.length > 0)
    throw new UsageError('--jsonl reads standard input, not files');
  return args;
}

/** Reads a UTF-8 text file, refusing binary content with a clear message. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.includes(0)) throw new Error(`${file}: looks binary (NUL bytes), not a text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8 text`);
  }
}

function describe(m: Mention): string {
  const who = m.figureId
    ? `${getFigure(m.figureId)?.name ?? m.figureId} (${m.figureId})`
    : `ambiguous: ${(m.candidates ?? []).join(' | ')}`;
  const how = [m.kind, m.confidence.toFixed(2), m.reason].filter(Boolean).join(', ');
  return `  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${JSON.stringify(m.text).padEnd(22)} ${who}  [${how}]`;
}

function runFiles(args: Args): number {
  let status = 0;
  const results: unknown[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = readText(file);
    } catch (error) {
      process.stderr.write(`detect: ${(error as Error).message}\n`);
      status = 1;
      continue;
    }
    const date = args.date ?? DATE_HEADER.exec(text)?.[1] ?? null;
    const mentions = detect(text, { date, lang: args.lang });
    if (args.json) results.push({ file, date, lang: args.lang, mentions });
    else {
      process.stdout.write(`${file}  (date ${date ?? 'unknown'}; ${mentions.length} mentions)\n`);
      for (const m of mentions) process.stdout.write(`${describe(m)}\n`);
    }
  }
  if (args.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return status;
}

/** Validates one JSON line; returns an error message or the parsed record. */
function parseLine(
  line: string,
): { id: string | number; text: string; date: string | null; lang: string | null } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'expected a JSON object';
  const record = value as Record<string, unknown>;
  for (const field of ['id', 'text', 'date', 'lang'])
    if (!(field in record)) return `missing field "${field}"`;
  const { id, text, date, lang } = record;
  if (typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or a number';
  if (typeof text !== 'string') return '"text" must be a string';
  if (date !== null && !isIsoDay(date)) return '"date" must be YYYY-MM-DD or null';
  if (lang !== null && typeof lang !== 'string') return '"lang" must be a string or null';
  return { id, text, date, lang };
}

async function runJsonLines(): Promise<number> {
  let status = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const record = parseLine(line);
    if (typeof record === 'string') {
      process.stderr.write(`detect: line ${lineNumber}: ${record}\n`);
      status = 1;
      continue;
    }
    const mentions = detect(record.text, { date: record.date, lang: record.lang })
      .filter((m) => m.figureId !== undefined)
      .map(({ start, end, text, figureId, reason }) => ({ start, end, text, figureId, reason }));
    process.stdout.write(`${JSON.stringify({ id: record.id, mentions })}\n`);
  }
  return status;
}

async function main(): Promise<number> {
  const parsed = parseOrExit('detect', USAGE, parseArgs);
  if ('exit' in parsed) return parsed.exit;
  const { args } = parsed;
  return args.jsonl ? runJsonLines() : runFiles(args);
}

// `npm run detect -- file | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`detect: cannot write output (${error.code ?? error.message})\n`);
  process.exit(1);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`detect: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
