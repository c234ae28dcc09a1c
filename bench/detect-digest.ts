/**
 * A digest of what detect() answers on every text we keep (the eval corpus, the detection fixtures,
 * the bundled articles, the bench corpus at 1 MB and 10 MB), so a change meant only for speed can
 * be shown to change no answer: write the digest before it, check after.
 *   npx tsx bench/detect-digest.ts --write /tmp/before.json
 *   npx tsx bench/detect-digest.ts --check /tmp/before.json   (exit 1 and the first difference)
 * Without either it prints one hash per corpus.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCatalogue, type Mention } from '../utils/detect/index';
import { generateCorpus } from './corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const MB = 1 << 20;

interface Doc {
  name: string;
  text: string;
  date?: string;
}

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

/** The corpora, each a list of documents; eval documents keep their `date:` header's date. */
function corpora(): Record<string, Doc[]> {
  const read = (path: string): Doc => {
    const text = readFileSync(path, 'utf8');
    const date = /^date:\s*(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
    return { name: path.slice(root.length), text, date };
  };
  return {
    eval: filesUnder(join(root, 'tests/fixtures/eval'), '.txt').map(read),
    fixtures: filesUnder(join(root, 'tests/fixtures/detect'), '.txt').map(read),
    articles: filesUnder(join(root, 'data/articles'), '.md').map(read),
    bench1MB: [{ name: '1 MB', text: generateCorpus(MB).text, date: '2021-08-23' }],
    bench10MB: [{ name: '10 MB', text: generateCorpus(10 * MB, 7).text, date: '2021-08-23' }],
  };
}

function line(m: Mention): string {
  return JSON.stringify(m);
}

function main(): number {
  const detector = compileCatalogue();
  const write = process.argv.indexOf('--write');
  const check = process.argv.indexOf('--check');
  const lines: Record<string, string[]> = {};
  const hashes: Record<string, string> = {};
  for (const [corpus, docs] of Object.entries(corpora())) {
    const out: string[] = [];
    for (const doc of docs) {
      // Each text is read twice: with its date and without one (the date rules differ).
      for (const date of [doc.date, undefined]) {
        out.push(`# ${doc.name} ${date ?? 'no date'}`);
        for (const m of detector.detect(doc.text, { date })) out.push(line(m));
      }
    }
    lines[corpus] = out;
    hashes[corpus] = createHash('sha256').update(out.join('\n')).digest('hex').slice(0, 16);
  }
  if (write >= 0) {
    writeFileSync(process.argv[write + 1]!, JSON.stringify(lines));
    console.log(`written: ${JSON.stringify(hashes)}`);
    return 0;
  }
  if (check >= 0) {
    const before = JSON.parse(readFileSync(process.argv[check + 1]!, 'utf8')) as Record<
      string,
      string[]
    >;
    let same = true;
    for (const corpus of Object.keys(lines)) {
      const a = before[corpus] ?? [];
      const b = lines[corpus]!;
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (a[i] === b[i]) continue;
        same = false;
        const where = [...b.slice(0, i + 1)].reverse().find((l) => l.startsWith('# '));
        console.log(
          `${corpus}: differs at line ${i} (${where ?? '?'})\n  before ${a[i]}\n  after  ${b[i]}`,
        );
        break;
      }
      console.log(
        `${corpus}: ${a.length === b.length && same ? 'same' : 'checked'} (${b.length} lines)`,
      );
    }
    console.log(same ? 'identical' : 'DIFFERENT');
    return same ? 0 : 1;
  }
  console.log(JSON.stringify(hashes, null, 2));
  return 0;
}

process.exitCode = main();
