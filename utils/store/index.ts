/** The article store: the API the background and the extension pages use (`@/utils/store`). */
export { BUNDLE_PATH, configureStore, prepareStore, restoreBundled, storeProblem } from './prepare';
export * from './queries/figures';
export * from './queries/recent';
export * from './queries/counts';
export { listSources, type SourceView } from './queries/sources';
export { search, type SearchHit, type SearchOptions } from './queries/search';
export type { ArticleSummary, FigureArticle } from './queries/summaries';
export { exportAll, importAll, type ImportResult } from './feeds/import-export';
export { putSyncedFeed, markSyncFailed, type SyncResult } from './feeds/synced';
export {
  addFeedSource,
  checkFeedUrl,
  removeSource,
  syncSource,
  withSyncLock,
  type AddFeedOptions,
  type SyncOptions,
  type SyncOutcome,
  type SyncProgress,
} from './feeds/sync';
export { readFeed, type FeedResult } from './feeds/validate';
export {
  BUNDLED_SOURCE_ID,
  FEED_FORMAT,
  FEED_VERSION,
  type Feed,
  type FeedArticle,
} from './feeds/schema';
export {
  SCHEMA_VERSION,
  DB_NAME,
  type StoreDB,
  type SourceRecord,
  type SyncState,
} from './db/schema';
export {
  createStoreManager,
  type BundleLoader,
  type BundleStamp,
  type StoreManager,
} from './db/manager';
export type { SeedResult } from './feeds/seed-bundled';
export { NEWEST_PER_FIGURE } from './derived/figure-newest';
export { StoreError } from './db/errors';
