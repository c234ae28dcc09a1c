/**
 * What our marks cost the page's own frames: the page bench's 1 MB archive, 20 paragraphs
 * appended 30 times, and from a Chromium trace of the page's main thread the rendering phases of
 * the frames that follow (PrePaint, Layout, Paint, style), with the built extension and without.
 * Chromium rebuilds every mark of a highlight in the first frame after a change to the page's DOM
 * or style (entrypoints/content/marks.ts), so the marks' share shows in PrePaint.
 * `npx tsx bench/append-frames.ts [--extension .output/chrome-mv3]` (build first).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/lib/find-browser';
import { serveStatic } from '../scripts/lib/static-server';
import { arg, median } from './cli';
import { append } from './page';
import { generateArchive } from './page/generate';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

const PHASES = ['PrePaint', 'Layout', 'Paint', 'UpdateLayoutTree'];

/** Per phase: the median and longest duration (ms) over the frames after the appends. */
async function frames(url: string, extension: string | null): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'append-frames-'));
  const trace = join(dir, 'trace.json');
  const args = extension
    ? chromiumArgs(extension)
    : chromiumArgs('').filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: findChromium()!,
    headless: true,
    args: [
      ...args,
      '--trace-startup=devtools.timeline,blink.user_timing',
      `--trace-startup-file=${trace}`,
      '--trace-startup-format=json',
      '--trace-startup-duration=25',
    ],
  });
  try {
    if (extension && context.serviceWorkers().length === 0) {
      await context.waitForEvent('serviceworker');
    }
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(3000); // the first scan is over
    await page.evaluate(() => performance.mark('appends'));
    for (let i = 0; i < 30; i++) {
      await append(page, 20, i * 20);
      await page.waitForTimeout(200);
    }
    await page.waitForTimeout(20_000); // the trace is written when its duration is over
  } finally {
    await context.close();
  }
  const events = (JSON.parse(readFileSync(trace, 'utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  rmSync(dir, { recursive: true, force: true });
  const start = events.find((e) => e.name === 'appends');
  if (!start) throw new Error('the trace has no mark: was it cut short?');
  const out: Record<string, string> = {};
  for (const phase of PHASES) {
    const ms = events
      .filter((e) => e.name === phase && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid)
      .filter((e) => e.ts > start.ts)
      .map((e) => (e.dur ?? 0) / 1000);
    out[phase] =
      `median ${median(ms).toFixed(2)} ms, max ${Math.max(...ms).toFixed(2)} ms (${ms.length} frames)`;
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'append-frames-page-'));
writeFileSync(join(dir, 'index.html'), generateArchive().html);
const server = await serveStatic(dir);
try {
  const url = server.url('index.html');
  const extension = arg('--extension', '.output/chrome-mv3');
  console.log('with the extension', await frames(url, extension));
  console.log('without', await frames(url, null));
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
