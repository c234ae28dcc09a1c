/** The dedicated worker a page syncs feeds in (sync-worker-protocol.ts); it opens the store itself. */
import { openStore } from '@/utils/store/db/open';
import { warmCatalogueDetector } from '@/utils/store/feeds/sync';
import { serveSyncRequests, type MessageEnd } from './sync-worker-protocol';

serveSyncRequests(globalThis as unknown as MessageEnd, () => openStore());
// RSS and Atom items go through detection: its catalogue compiles while the feed downloads.
warmCatalogueDetector();
