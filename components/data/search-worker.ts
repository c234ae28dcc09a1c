/** The dedicated worker a page searches articles in (search-worker-protocol.ts); it opens the store itself. */
import { openStore } from '@/utils/store/db/open';
import type { MessageEnd } from './sync-worker-protocol';
import { serveSearchRequests } from './search-worker-protocol';

serveSearchRequests(globalThis as unknown as MessageEnd, () => openStore());
