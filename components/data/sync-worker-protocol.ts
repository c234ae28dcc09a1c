/**
 * A feed sync run in a dedicated worker, so the page's own thread stays free while a 50 MB feed is fetched,
 * parsed, checked and written: the page posts one `sync`, may post `cancel`, and hears `progress` until `done`.
 * The worker is in the extension's origin, so it opens the same IndexedDB and takes the same Web Lock as every
 * other sync (`syncSource`). Both sides check what they receive and ignore anything else.
 */
import { syncSource } from '@/utils/store/feeds/sync';
import type { SyncOutcome, SyncProgress } from '@/utils/store/feeds/sync';
import type { StoreDB } from '@/utils/store/db/schema';

/** Page → worker. */
export type ToSyncWorker = { type: 'sync'; sourceId: string } | { type: 'cancel' };
/** Worker → page. */
export type FromSyncWorker =
  | { type: 'progress'; progress: SyncProgress }
  | { type: 'done'; outcome: SyncOutcome };

/** The part of a worker (or a MessagePort, in tests) the two sides use. */
export interface MessageEnd {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const PHASES: ReadonlySet<unknown> = new Set<SyncProgress['phase']>([
  'waiting',
  'fetching',
  'reading',
  'checking',
  'writing',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isProgress(value: unknown): value is SyncProgress {
  return (
    isRecord(value) &&
    PHASES.has(value['phase']) &&
    typeof value['done'] === 'number' &&
    (value['total'] === undefined || typeof value['total'] === 'number')
  );
}

function isOutcome(value: unknown): value is SyncOutcome {
  if (!isRecord(value)) return false;
  if (value['ok'] === false) return typeof value['error'] === 'string';
  return (
    value['ok'] === true &&
    ['added', 'updated', 'skipped'].every((key) => typeof value[key] === 'number') &&
    typeof value['unchanged'] === 'boolean'
  );
}

/** The worker's side: one sync at a time from `end`, with progress and cancel, in the store `openDb` opens. */
export function serveSyncRequests(end: MessageEnd, openDb: () => Promise<StoreDB>): void {
  let running: AbortController | null = null;
  end.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isRecord(data)) return;
    if (data['type'] === 'cancel') {
      running?.abort();
      return;
    }
    if (data['type'] !== 'sync' || typeof data['sourceId'] !== 'string' || running) return;
    const controller = new AbortController();
    running = controller;
    const sourceId = data['sourceId'];
    const post = (message: FromSyncWorker) => end.postMessage(message);
    void (async () => {
      let outcome: SyncOutcome;
      try {
        outcome = await syncSource(await openDb(), sourceId, {
          signal: controller.signal,
          onProgress: (progress) => post({ type: 'progress', progress }),
        });
      } catch (error) {
        outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      running = null;
      post({ type: 'done', outcome });
    })();
  });
}

/** What the page's side needs of a sync: where to report progress, and a signal to cancel it. */
export interface SyncControl {
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
}

/**
 * The page's side: run the sync of `sourceId` in the worker at `end`, passing progress on and the cancel over.
 * Resolves with the worker's outcome; `failed` (the worker stopped, or could not start) settles it first.
 */
export function syncThrough(
  end: MessageEnd,
  sourceId: string,
  control: SyncControl,
  failed: Promise<SyncOutcome>,
): Promise<SyncOutcome> {
  return new Promise<SyncOutcome>((resolve) => {
    const onCancel = () => end.postMessage({ type: 'cancel' } satisfies ToSyncWorker);
    const finish = (outcome: SyncOutcome) => {
      end.removeEventListener('message', onMessage);
      control.signal?.removeEventListener('abort', onCancel);
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!isRecord(data)) return;
      if (data['type'] === 'progress' && isProgress(data['progress']))
        control.onProgress?.(data['progress']);
      else if (data['type'] === 'done' && isOutcome(data['outcome'])) finish(data['outcome']);
    };
    end.addEventListener('message', onMessage);
    control.signal?.addEventListener('abort', onCancel);
    void failed.then(finish);
    end.postMessage({ type: 'sync', sourceId } satisfies ToSyncWorker);
    if (control.signal?.aborted) onCancel();
  });
}
