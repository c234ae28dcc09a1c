/** The dedicated worker a page searches articles in (search-worker-protocol.ts); it opens the page's store itself. */
import { openStore } from '@/utils/store/db/open';
import type { StoreDB } from '@/utils/store/db/schema';
import type { MessageEnd } from './sync-worker-protocol';
import { serveSearchRequests } from './search-worker-protocol';

// One connection per store name, reopened after another context's upgrade closed it.
const connections = new Map<string, Promise<StoreDB>>();

function storeNamed(name: string): Promise<StoreDB> {
  let db = connections.get(name);
  if (!db) {
    db = openStore({ name, onClose: () => connections.delete(name) });
    connections.set(name, db);
    db.catch(() => connections.delete(name));
  }
  return db;
}

serveSearchRequests(globalThis as unknown as MessageEnd, storeNamed);
