/** The dedicated worker a page syncs feeds in (sync-worker-protocol.ts); it opens the store itself. */
import { openStore } from '@/utils/store/db/open';
import { serveSyncRequests, type MessageEnd } from './sync-worker-protocol';

serveSyncRequests(globalThis as unknown as MessageEnd, () => openStore());
