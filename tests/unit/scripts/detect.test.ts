/** The detect command line: files, JSON, JSON lines, and clear errors on bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../utils/detect/annotated';

const ROOT = join(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(
  args: string[],
  input = '',
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/detect.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'detect-cli-'));
const seed = join(FIXTURES, 'seed-ap-2021-08-23.txt');

describe('detect CLI', () => {
  it('prints the seed article mentions, reading the date from its first line', () => {
    const r = run([seed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('date 2021-08-23');
    expect(r.stdout).toMatch(/"Kim"\s+Sung Kim \(sung-kim\)/);
    expect(r.stdout).toMatch(
      /"Kim"\s+Kim Jong Un \(kim-jong-un\)\s+\[surname, 0\.90, earlier-mention\]/,
    );
  });

  it('prints JSON with --json', () => {
    const r = run(['--json', '--date', '2021-08-23', seed]);
    const [result] = JSON.parse(r.stdout) as {
      mentions: { figureId?: string; reason?: string }[];
    }[];
    expect(result!.mentions.filter((m) => m.figureId === 'sung-kim')).toHaveLength(5);
    // Every mention says why it was linked, so a wrong link can be explained in a report.
    expect(result!.mentions.every((m) => typeof m.reason === 'string')).toBe(true);
    expect(result!.mentions.map((m) => m.reason)).toContain('earlier-mention');
  });

  it('answers JSON lines with links only', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Sung Kim met Noh. Kim said.', date: null, lang: 'en' }),
      JSON.stringify({ id: 2, text: 'Kim said.', date: null, lang: null }),
    ].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; mentions: unknown[] });
    expect(lines[0]).toEqual({
      id: 'a',
      mentions: [
        { start: 0, end: 8, text: 'Sung Kim', figureId: 'sung-kim', reason: 'full-name' },
        { start: 13, end: 16, text: 'Noh', figureId: 'noh-kyu-duk', reason: 'catalogue' },
        { start: 18, end: 21, text: 'Kim', figureId: 'sung-kim', reason: 'earlier-mention' },
      ],
    });
    expect(lines[1]).toEqual({ id: 2, mentions: [] }); // an ambiguous "Kim" is left out
  });

  it.each([
    ['a non-JSON line', 'not json', /line 1: not valid JSON/],
    ['a missing field', '{"id":1,"text":"x","date":null}', /line 1: missing field "lang"/],
    [
      'a bad date',
      '{"id":1,"text":"x","date":"23/08/2021","lang":null}',
      /line 1: "date" must be YYYY-MM-DD or null/,
    ],
    [
      'a non-string text',
      '{"id":1,"text":5,"date":null,"lang":null}',
      /line 1: "text" must be a string/,
    ],
    ['an array', '[1,2]', /line 1: expected a JSON object/],
  ])('rejects %s with a clear message and a non-zero exit', (_name, input, message) => {
    const r = run(['--jsonl'], input);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    [
      'a binary file',
      () => {
        const file = join(tmp, 'bin.dat');
        writeFileSync(file, Buffer.from([0x4b, 0x69, 0x6d, 0, 0xff, 0xfe]));
        return [file];
      },
      /looks binary/,
    ],
    ['a missing file', () => [join(tmp, 'nope.txt')], /cannot read \(ENOENT\)/],
    [
      'invalid UTF-8',
      () => {
        const file = join(tmp, 'latin1.txt');
        writeFileSync(file, Buffer.from([0x4b, 0x69, 0x6d, 0xe9, 0x20]));
        return [file];
      },
      /not valid UTF-8/,
    ],
    ['a bad --date', () => ['--date', '2021', seed], /--date must be YYYY-MM-DD/],
    ['an unknown option', () => ['--frobnicate', seed], /unknown option --frobnicate/],
    ['no input', () => [], /no input file/],
  ])('rejects %s with a clear message and a non-zero exit', (_name, args, message) => {
    const r = run(args());
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
