/**
 * Runs every benchmark part that exists: `npm run bench [-- --json]`. Each part exports
 * `benchX({ json })`; here they print one table each, or with `--json` one combined object.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type BenchPart = (opts: { json: boolean }) => Promise<Record<string, unknown>>;

const here = dirname(fileURLToPath(import.meta.url));
/** Every part, loaded only if its file is present (literal specifiers keep bundlers and linters happy). */
const PARTS: { name: string; file: string; load: () => Promise<BenchPart> }[] = [
  { name: 'detect', file: 'detect.ts', load: async () => (await import('./detect')).benchDetect },
  { name: 'store', file: 'store.ts', load: async () => (await import('./store')).benchStore },
  { name: 'panel', file: 'panel.ts', load: async () => (await import('./panel')).benchPanel },
  { name: 'sync', file: 'sync.ts', load: async () => (await import('./sync')).benchSync },
  { name: 'page', file: 'page.ts', load: async () => (await import('./page')).benchPage },
];

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const results: Record<string, unknown> = {};
  let failed = false;
  for (const part of PARTS) {
    if (!existsSync(join(here, part.file))) continue;
    const run = await part.load();
    if (!json) console.log(`\n## ${part.name}`);
    // With --json the parts' own printing is silenced: one JSON object is the whole output.
    const log = console.log;
    if (json) console.log = () => {};
    try {
      results[part.name] = await run({ json });
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      results[part.name] = { error: message };
      process.stderr.write(`bench ${part.name} failed: ${message}\n`);
    } finally {
      console.log = log;
    }
  }
  if (json) console.log(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
