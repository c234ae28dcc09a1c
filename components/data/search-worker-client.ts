/** A page's article searches run in one dedicated worker (search-worker.ts), started at the first search. */
import { search, type SearchHit } from '@/utils/store/queries/search';
import type { StoreDB } from '@/utils/store/db/schema';
import { SearchThrough } from './search-worker-protocol';

/** The search worker, or null where a page cannot start one. */
function startSearchWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // Vite bundles the worker from this exact form (https://vite.dev/guide/features#web-workers).
    return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

// undefined: not started yet; null: no worker here (or it stopped), so the page searches itself.
let through: SearchThrough | null | undefined;

function searchInPage(db: StoreDB, query: string, limit?: number, onPreparing?: () => void) {
  return search(db, query, { limit, onPreparing });
}

function connect(db: StoreDB): SearchThrough | null {
  if (through !== undefined) return through;
  const worker = startSearchWorker();
  if (!worker) return (through = null);
  const connected = new SearchThrough(worker, db.name);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    through = null;
    connected.takeOver((query, limit) => searchInPage(db, query, limit));
  });
  return (through = connected);
}

/**
 * Search `db` (already opened and seeded by this page) off the page's thread; where no worker starts, or it
 * stopped, the page runs the same search itself. A newer call from the same `caller` settles its older unanswered
 * one as superseded.
 */
export function searchInWorker(
  db: StoreDB,
  query: string,
  limit?: number,
  onPreparing?: () => void,
  caller?: string,
): Promise<SearchHit[]> {
  const connected = connect(db);
  return connected
    ? connected.search(query, limit, onPreparing, caller)
    : searchInPage(db, query, limit, onPreparing);
}
