/**
 * What a page shows from the store as it opens (the popup's status line and newest articles): the
 * shared connection and two small reads, without search, feeds or the catalogue. The StoreClient
 * loads this alone for those reads; everything else loads the whole API (index.ts).
 */
export { prepareStore } from './prepare';
export { listSources } from './queries/sources';
export { recentArticles } from './queries/recent';
