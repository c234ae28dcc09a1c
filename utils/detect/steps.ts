/**
 * Work in steps: a long computation written as a generator that yields at safe points, so a
 * caller with a time budget (the content script) can pause it between steps, while callers
 * without one (Node, tests, the store builder) simply drain it. Both get the same result.
 */

/** A computation that yields between steps and returns `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
