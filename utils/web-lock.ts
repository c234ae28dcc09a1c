/** Read-modify-write safety for `storage.local` items that several contexts write. */

const localQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` holding the Web Lock `name` (`navigator.locks`), shared by every page, tab and the
 * background of the extension; where the browser has no Web Locks, a queue in this context.
 */
export function withWebLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks) return locks.request(name, work) as Promise<T>;
  const run = (localQueues.get(name) ?? Promise.resolve()).then(work, work);
  localQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
