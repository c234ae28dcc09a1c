/**
 * `npm test`: every check, in order, as separate steps (format, lint, types, unit, builds,
 * manifest, web-ext lint, e2e in Chromium, e2e in Firefox). Stops at the first failure and
 * prints each step's time, so a slow or red step is obvious.
 */
import { spawnSync } from 'node:child_process';

const STEPS: [name: string, script: string][] = [
  ['format', 'format:check'],
  ['lint', 'lint'],
  ['types', 'typecheck'],
  ['unit', 'test:unit'],
  ['build chrome', 'build'],
  ['build firefox', 'build:firefox'],
  ['manifest', 'test:build'],
  ['web-ext lint', 'lint:firefox'],
  ['build test extensions', 'build:test'],
  ['e2e chromium', 'test:e2e'],
  ['e2e firefox', 'test:firefox'],
];

const only = process.argv.slice(2);
const results: { name: string; seconds: number; ok: boolean }[] = [];
for (const [name, script] of STEPS) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n▶ ${name} (npm run ${script})`);
  const started = performance.now();
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  results.push({ name, seconds: (performance.now() - started) / 1000, ok: status === 0 });
  if (status !== 0) break;
}

console.log('\nstep                     time');
for (const { name, seconds, ok } of results) {
  console.log(`${ok ? '✔' : '✘'} ${name.padEnd(22)} ${seconds.toFixed(1).padStart(6)} s`);
}
const failed = results.filter((r) => !r.ok).length;
const skipped = STEPS.length - results.length;
console.log(
  `\nsteps: ${results.length - failed} passed, ${failed} failed${skipped && !only.length ? `, ${skipped} skipped` : ''}`,
);
process.exit(failed ? 1 : 0);
