/**
 * What the extension pages ask of the article store, by intent. Components never hold an
 * IndexedDB handle: they take a StoreClient from context (store-context.tsx), which tests replace
 * with a fake (tests/unit/components/fake-store-client.ts).
 */
import { getFigure } from '@/utils/detect/catalogue';
import {
  NEWEST_PER_FIGURE,
  addFeedSource,
  listSources,
  removeSource,
  articlesForFigure,
  coMentioned,
  coverageOverTime,
  exportAll,
  figureBackground,
  importAll,
  prepareStore,
  recentArticles,
  restoreBundled,
  storeStats,
  type ArticleSummary,
  type CoMention,
  type CoverageBucket,
  type Feed,
  type FigureArticle,
  type FigureBackground,
  type ImportResult,
  type SearchHit,
  type SeedResult,
  type StoreStats,
  type AddFeedOptions,
  type SourceView,
  type SyncOutcome,
} from '@/utils/store';
import { searchInWorker } from './search-worker-client';
import { syncFeedInWorker } from './sync-worker-client';
import type { SyncControl } from './sync-worker-protocol';

/** What a page can watch and stop while a feed syncs. */
export type FeedSyncControl = SyncControl;

/** A figure as lists show it: built-in or added by a feed. */
export interface FigureLabel {
  id: string;
  name: string;
  side: string;
}

/** The pages' view of the store. Every call opens (and seeds) the store on first use. */
export interface StoreClient {
  /** Who a figure is (built-in catalogue or added by a feed) and how much the store holds; null when unknown. */
  figureInfo(id: string): Promise<FigureBackground | null>;
  /** Names and sides for figure ids; unknown ids are left out. */
  figureLabels(ids: readonly string[]): Promise<FigureLabel[]>;
  /** The newest articles naming a figure: the first page a panel shows. */
  figureFirstPage(id: string): Promise<FigureArticle[]>;
  /** Figures named in the same articles, most shared first. */
  coMentioned(id: string, limit?: number): Promise<CoMention[]>;
  /** Articles naming a figure per year (`YYYY`) or month (`YYYY-MM`). */
  coverage(id: string, period: 'year' | 'month'): Promise<CoverageBucket[]>;
  /**
   * Articles matching a query (names in any script, words), found off the page's thread; `onPreparing` is called
   * while the query waits for the search index to be built or loaded. A newer search by the same `caller` (a
   * search box, a results view) may settle this one first, as superseded; other callers' searches do not.
   */
  search(
    query: string,
    limit?: number,
    onPreparing?: () => void,
    caller?: string,
  ): Promise<SearchHit[]>;
  /** The newest stored articles. */
  recent(limit: number): Promise<ArticleSummary[]>;
  /** Counts of the store. */
  stats(): Promise<StoreStats>;
  /** The whole store as a Backchannel feed. */
  exportAll(): Promise<Feed>;
  /** Imports a parsed Backchannel file; all or nothing. */
  importFeed(parsed: unknown): Promise<ImportResult>;
  /** Puts the bundled articles back as shipped. */
  restoreBundled(): Promise<SeedResult>;
  /** Every source (bundled first) with its article count and sync state. */
  feeds(): Promise<SourceView[]>;
  /** Lists a feed address (not synced yet); refuses anything but https (or http on this computer). */
  addFeed(
    url: string,
    options?: AddFeedOptions,
  ): Promise<{ ok: true; sourceId: string } | { ok: false; error: string }>;
  /** Syncs one feed now, all or nothing, off the page's thread; cancellable through `control.signal`. */
  syncFeed(sourceId: string, control?: FeedSyncControl): Promise<SyncOutcome>;
  /** Removes a feed and its articles. */
  removeFeed(sourceId: string): Promise<void>;
}

/** How many first-page articles a figure view shows: exactly the store's materialised view. */
export const FIGURE_FIRST_PAGE = NEWEST_PER_FIGURE;

/** The real client: the store in this extension page's own IndexedDB (the extension origin). */
export function createLocalStoreClient(): StoreClient {
  return {
    figureInfo: async (id) => figureBackground(await prepareStore(), id),
    async figureLabels(ids) {
      const labels: FigureLabel[] = [];
      for (const id of ids) {
        const builtIn = getFigure(id);
        const figure = builtIn ?? (await figureBackground(await prepareStore(), id));
        if (figure) labels.push({ id, name: figure.name, side: figure.side });
      }
      return labels;
    },
    figureFirstPage: async (id) =>
      articlesForFigure(await prepareStore(), id, { limit: FIGURE_FIRST_PAGE }),
    coMentioned: async (id, limit = 8) => coMentioned(await prepareStore(), id, limit),
    coverage: async (id, period) => coverageOverTime(await prepareStore(), id, period),
    search: async (query, limit, onPreparing, caller) =>
      searchInWorker(await prepareStore(), query, limit, onPreparing, caller),
    recent: async (limit) => recentArticles(await prepareStore(), { limit }),
    stats: async () => storeStats(await prepareStore()),
    exportAll: async () => exportAll(await prepareStore()),
    importFeed: async (parsed) => importAll(await prepareStore(), parsed),
    restoreBundled: async () => restoreBundled(await prepareStore()),
    feeds: async () => listSources(await prepareStore()),
    addFeed: async (url, options) => addFeedSource(await prepareStore(), url, options),
    syncFeed: async (sourceId, control = {}) =>
      syncFeedInWorker(await prepareStore(), sourceId, control),
    removeFeed: async (sourceId) => removeSource(await prepareStore(), sourceId),
  };
}
