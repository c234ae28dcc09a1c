/**
 * Runs long work in slices so no task of ours keeps the page from responding: a job is a
 * generator (utils/detect/steps.ts) that yields every millisecond or so; between slices of about
 * SLICE_MS we give the page its turn (`scheduler.yield()` where it exists, else a macrotask).
 * Chrome's find-in-page and Dark Reader's AsyncQueue budget their work the same way.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Work per slice before we yield; leaves the page most of every 16 ms frame. */
export const SLICE_MS = 5;

/**
 * What our own tasks have cost, and what went wrong in them: test builds only (their signal is the
 * one reader), so other builds carry none of it.
 */
export const ourTasks = {
  count: 0,
  longestMs: 0,
  totalMs: 0,
  /** Time per kind of task (slices, the observer, timers…), for the benchmark. */
  byKind: {} as Record<string, number>,
  /** Test builds: the longest single step of a job (no yield inside it) and the phase it was in. */
  longestStep: { ms: 0, phase: '' },
  errors: 0,
  firstError: '',
};

/**
 * Wraps a callback the browser calls (an observer, a timer, a listener): an error in it is
 * counted instead of escaping to the console, and test builds time it as one task of ours.
 */
export function asOurTask<A extends unknown[]>(
  kind: string,
  work: (...args: A) => void,
): (...args: A) => void {
  return (...args: A): void => {
    const started = import.meta.env.MODE === 'test' ? performance.now() : 0;
    depth++;
    try {
      work(...args);
    } catch (error) {
      noteError(error);
    } finally {
      depth--;
      if (import.meta.env.MODE === 'test' && depth === 0)
        noteTask(performance.now() - started, kind);
    }
  };
}

/** How many of our callbacks are running (a slice run inside one is part of its task). */
let depth = 0;

/** Counts (test builds) an error of ours that nothing else handled (the page never sees it). */
export function noteError(error: unknown): void {
  if (import.meta.env.MODE !== 'test') return;
  ourTasks.errors += 1;
  if (!ourTasks.firstError) {
    ourTasks.firstError =
      error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

/** What `later` and `nextFrame` ask of the content script's context. */
type Context = Pick<ContentScriptContext, 'isValid'>;

/**
 * setTimeout for work of ours that must not run once the extension's context is gone (updated,
 * reloaded, disabled). WXT's ctx.setTimeout (and ctx.requestAnimationFrame) does that with a
 * listener on the context's abort signal that is never removed: one more per call, so a page
 * that keeps changing or a pointer that keeps moving grew the list without end, and the browser
 * scans the list on every add (in Chromium 35 µs per timer after 1,000 calls, 300 µs after 50,000).
 */
export function later(ctx: Context, work: () => void, ms: number): number {
  return window.setTimeout(() => {
    if (ctx.isValid) work();
  }, ms);
}

/** requestAnimationFrame for work of ours, as `later` (no listener left behind). */
export function nextFrame(ctx: Context, work: () => void): number {
  return window.requestAnimationFrame(() => {
    if (ctx.isValid) work();
  });
}

/** Lets an async job run on its own: a rejection is counted, never left unhandled. */
export function detach(job: Promise<unknown>): void {
  job.catch(noteError);
}

/** The phase the running job says it is in (test builds: names the longest step). */
let phase = '';

/** Test builds: the running job enters `name` (a pass's reading, matching, resolving, marking…). */
export function notePhase(name: string): void {
  if (import.meta.env.MODE === 'test') phase = name;
}

function noteTask(ms: number, kind: string): void {
  if (import.meta.env.MODE !== 'test') return;
  ourTasks.count += 1;
  ourTasks.totalMs += ms;
  ourTasks.byKind[kind] = (ourTasks.byKind[kind] ?? 0) + ms;
  if (ms > ourTasks.longestMs) ourTasks.longestMs = ms;
}

type Scheduler = { yield?: () => Promise<void> };

/** Lets the page run: input, rendering and its own tasks go before our next slice. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

/** Returned by runInSlices when the job was stopped before it finished. */
export const STOPPED = Symbol('stopped');

/**
 * Yielded by a job that is about to read layout: the driver waits for the browser's next frame,
 * so the page is laid out by the browser's own rendering, not forced inside a task of ours
 * (forcing the first layout of a 100,000-node page took 200+ ms).
 */
export const AFTER_FRAME = Symbol('after frame');

/** A job for runInSlices: steps (utils/detect/steps.ts) that may also ask to wait for a frame. */
export type Job<T> = Generator<void | typeof AFTER_FRAME, T, void>;

/**
 * Whether the last wait for a frame (AFTER_FRAME) saw one rendered. False when it gave up (no
 * frame within FRAME_WAIT_MS: the page hidden, throttled, or busy with its own long task): the
 * layout may not be fresh, and reading it would lay the page out inside a task of ours.
 */
export let frameRendered = false;

const FRAME_WAIT_MS = 250;

/** Resolves after the next frame has been rendered (or soon, where frames do not come). */
function afterFrame(): Promise<void> {
  frameRendered = false;
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    return yieldToPage();
  }
  return new Promise((done) => {
    let waiting = true;
    const next = (rendered: boolean) => {
      if (!waiting) return;
      waiting = false;
      frameRendered = rendered;
      setTimeout(done, 0); // after the frame's rendering, not inside it
    };
    requestAnimationFrame(() => next(true));
    setTimeout(() => next(false), FRAME_WAIT_MS); // a throttled or hidden frame may never render one
  });
}

/** One step of a job; test builds time it and keep the longest with its phase. */
function timedStep<T>(steps: Job<T>): IteratorResult<void | typeof AFTER_FRAME, T> {
  if (import.meta.env.MODE !== 'test') return steps.next();
  const started = performance.now();
  const before = phase;
  const next = steps.next();
  const ms = performance.now() - started;
  if (ms > ourTasks.longestStep.ms)
    ourTasks.longestStep = { ms, phase: before === phase ? phase : `${before}→${phase}` };
  return next;
}

/**
 * Drives `steps` to the end in slices of about SLICE_MS, yielding to the page between them.
 * `keepGoing()` is asked after every yield; when false, the job is closed (its `finally` blocks
 * run) and STOPPED is returned.
 */
export async function runInSlices<T>(
  steps: Job<T>,
  keepGoing: () => boolean,
): Promise<T | typeof STOPPED> {
  for (;;) {
    const started = performance.now();
    // Timed as a task of its own unless run inside a callback of ours (timed there); test builds only.
    const ownTask = import.meta.env.MODE === 'test' && depth === 0;
    depth++;
    let next: IteratorResult<void | typeof AFTER_FRAME, T>;
    try {
      do next = timedStep(steps);
      while (!next.done && next.value !== AFTER_FRAME && performance.now() - started < SLICE_MS);
    } finally {
      depth--;
      if (ownTask) noteTask(performance.now() - started, 'slice');
    }
    if (next.done) return next.value;
    await (next.value === AFTER_FRAME ? afterFrame() : yieldToPage());
    if (!keepGoing()) {
      steps.return(undefined as T);
      return STOPPED;
    }
  }
}
