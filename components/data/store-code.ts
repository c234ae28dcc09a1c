/**
 * The store's code a page loads on first use, beyond its first reads (quick-reads.ts): the whole
 * store API and the clients of the search and sync workers, behind one dynamic import. The store
 * API already brings nearly all the workers' clients need; as one import target, the code the
 * page's own script shares with it is split into as few chunks as a bundler can, so the page's
 * first render waits on fewer files (esbuild and Rollup split shared code per set of importers).
 */
export * as store from '@/utils/store';
export { searchInWorker } from './search-worker-client';
export { syncFeedInWorker } from './sync-worker-client';
