/** Feed syncs from a page run in a dedicated worker (sync-worker.ts), one worker per sync, gone when it ends. */
import { t } from '@/utils/i18n';
import { syncSource, type SyncOutcome } from '@/utils/store/feeds/sync';
import type { StoreDB } from '@/utils/store/db/schema';
import { syncThrough, type SyncControl } from './sync-worker-protocol';

/** The sync worker, or null where a page cannot start one. */
function startSyncWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // Vite bundles the worker from this exact form (https://vite.dev/guide/features#web-workers).
    return new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Sync one feed off the page's thread. Where no worker starts (or it fails before the sync began), the page runs
 * the same sync itself; a worker that stops mid-sync leaves the store as it was (its transaction never commits).
 */
export function syncFeedInWorker(
  db: StoreDB,
  sourceId: string,
  control: SyncControl,
): Promise<SyncOutcome> {
  const worker = startSyncWorker();
  if (!worker) return syncSource(db, sourceId, control);
  let started = false;
  worker.addEventListener('message', () => (started = true));
  const failed = new Promise<SyncOutcome>((resolve) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      resolve(
        started
          ? { ok: false, error: t('sync_worker_stopped') }
          : syncSource(db, sourceId, control),
      );
    });
  });
  return syncThrough(worker, sourceId, control, failed).finally(() => worker.terminate());
}
