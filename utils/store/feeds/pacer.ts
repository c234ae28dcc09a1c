/**
 * Long work in slices: a loop asks `due()` as it goes and, when a slice is used up, `pause()` reports its progress
 * and lets other work run (a cancel message, the page's rendering when it runs on a page's thread) before it
 * goes on, or stops it when the sync was cancelled.
 */

/** Thrown by `pause()` once the sync's signal is aborted; the sync reports it as a cancel. */
export class SyncCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Paces one loop of a sync. */
export interface Pacer {
  /** Whether the current slice is used up. */
  due(): boolean;
  /** Report `done` of `total`, yield to the event loop, and throw `SyncCancelled` if the sync was cancelled. */
  pause(done: number, total?: number): Promise<void>;
}

/** How long one slice runs before it reports and yields. */
export const SLICE_MS = 100;

/** A pacer reporting through `report`, stopping when `signal` aborts. */
export function createPacer(
  report: (done: number, total?: number) => void,
  signal?: AbortSignal,
  sliceMs = SLICE_MS,
): Pacer {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart >= sliceMs,
    async pause(done, total) {
      report(done, total);
      await yieldToEventLoop();
      sliceStart = performance.now();
      if (signal?.aborted) throw new SyncCancelled();
    },
  };
}

/** Let queued events run: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
