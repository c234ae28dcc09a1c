/**
 * The sync benchmark's options-page part: the built extension's real options page adds a feed from 127.0.0.1 as a
 * reader does (Feed URL, Add feed), and probes in the page record what the reader would feel meanwhile — every
 * long task of the page's main thread (`longtask` entries), the longest gap between two animation frames, and
 * every change of the progress bar the page draws — until the status line reports the result.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** What the probes saw during one sync from the options page. */
export interface OptionsSyncFigures {
  stored: number;
  seconds: number;
  articlesPerSecond: number;
  resyncUnchangedMs: number;
  longestTaskMs: number;
  tasksOver50ms: number;
  longestFrameGapMs: number;
  /** Longest wait between two visible changes of the progress bar, from the click to the result. */
  longestProgressGapMs: number;
  progressChanges: number;
  /** The phase and percentage shown before and after the longest wait. */
  longestGapBetween: string;
}

interface Probe {
  clickAt: number;
  doneAt: number;
  tasks: { start: number; duration: number }[];
  frames: number[];
  progress: { at: number; label: string }[];
  status: string;
  failure: string;
}

type ProbeWindow = typeof globalThis & { probe: Probe; resetProbe: () => void };

/** Installed before the options page's own scripts: long tasks, frames, progress bar changes, the status line. */
function installProbes(): void {
  const probe = { clickAt: 0 } as Probe;
  // Before each click: forget what the last one saw.
  const reset = () =>
    Object.assign(probe, {
      doneAt: 0,
      tasks: [],
      frames: [],
      progress: [],
      status: '',
      failure: '',
    });
  reset();
  Object.assign(globalThis, { probe, resetProbe: reset });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const frame = (time: number) => {
    if (probe.clickAt > 0 && probe.doneAt === 0) probe.frames.push(time);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  let shown = '';
  new MutationObserver(() => {
    if (probe.clickAt === 0 || probe.doneAt > 0) return;
    const bar = document.querySelector('[role="progressbar"]');
    const label = bar
      ? `${bar.getAttribute('aria-valuetext')} ${bar.getAttribute('aria-valuenow')}%`
      : 'none';
    if (label !== shown) {
      shown = label;
      probe.progress.push({ at: performance.now(), label });
    }
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    if (/\d+ new|No changes/.test(status) && status !== probe.status) {
      probe.status = status;
      probe.doneAt = performance.now();
    }
    const alert = document.querySelector('[role="alert"]')?.textContent ?? '';
    if (alert) {
      probe.failure = alert;
      probe.doneAt = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

async function clickAndWait(page: Page, button: string): Promise<Probe> {
  await page.evaluate(() => {
    (globalThis as ProbeWindow).resetProbe();
  });
  await page.evaluate((name) => {
    const target = [...document.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === name || b.textContent === name,
    );
    if (!target) throw new Error(`no button ${name}`);
    (globalThis as ProbeWindow).probe.clickAt = performance.now();
    target.click();
  }, button);
  await page.waitForFunction(() => (globalThis as ProbeWindow).probe.doneAt > 0, null, {
    timeout: 600_000,
    polling: 200,
  });
  await page.waitForTimeout(300); // the last long-task entries arrive a little later
  const probe = await page.evaluate(() => (globalThis as ProbeWindow).probe);
  if (probe.failure) throw new Error(`the options page says: ${probe.failure}`);
  return probe;
}

/** Add `url` on a fresh options page and sync it; then sync it again unchanged (the feed is titled `title`). */
export async function syncFromOptionsPage(
  context: BrowserContext,
  extensionId: string,
  url: string,
  title: string,
): Promise<OptionsSyncFigures> {
  const page = await context.newPage();
  try {
    // tsx keeps function names with an `__name` helper the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(installProbes);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('textbox', { name: 'Feed URL' }).fill(url);
    // Click once the page has shown what the store holds, as a reader would.
    await page.getByLabel('Bundled articles').waitFor();
    const first = await clickAndWait(page, 'Add feed');
    const again = await clickAndWait(page, `Sync now: ${title}`);
    const inWindow = first.tasks.filter(
      (t) => t.start + t.duration >= first.clickAt && t.start <= first.doneAt,
    );
    const marks = [
      { at: first.clickAt, label: 'click' },
      ...first.progress,
      { at: first.doneAt, label: 'result' },
    ];
    let gap = 0;
    let between = '';
    for (let i = 1; i < marks.length; i++) {
      const wait = marks[i]!.at - marks[i - 1]!.at;
      if (wait > gap) {
        gap = wait;
        between = `${marks[i - 1]!.label} → ${marks[i]!.label}`;
      }
    }
    const frames = [first.clickAt, ...first.frames, first.doneAt];
    let frameGap = 0;
    for (let i = 1; i < frames.length; i++)
      frameGap = Math.max(frameGap, frames[i]! - frames[i - 1]!);
    // The status is written for readers: "10,000 new" (Intl groups the digits).
    const stored = Number((/([\d,]+) new/.exec(first.status)?.[1] ?? '0').replaceAll(',', ''));
    const ms = first.doneAt - first.clickAt;
    return {
      stored,
      seconds: Math.round(ms) / 1000,
      articlesPerSecond: Math.round(stored / (ms / 1000)),
      resyncUnchangedMs: Math.round(again.doneAt - again.clickAt),
      longestTaskMs: Math.round(Math.max(0, ...inWindow.map((t) => t.duration))),
      tasksOver50ms: inWindow.filter((t) => t.duration > 50).length,
      longestFrameGapMs: Math.round(frameGap),
      longestProgressGapMs: Math.round(gap),
      progressChanges: first.progress.length,
      longestGapBetween: between,
    };
  } finally {
    await page.close();
  }
}
