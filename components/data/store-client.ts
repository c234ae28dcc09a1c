/**
 * What the extension pages ask of the article store, by intent. Components never hold an
 * IndexedDB handle: they take a StoreClient from context (store-context.tsx), which tests replace
 * with a fake (tests/unit/components/fake-store-client.ts).
 */
import { figureNamesOf } from '@/components/figure-name';
import type * as Store from '@/utils/store';
import * as quickReads from '@/utils/store/quick-reads';
import type {
  ArticleSummary,
  CoMention,
  CoverageBucket,
  Feed,
  FigureArticle,
  FigureBackground,
  ImportResult,
  SearchHit,
  SeedResult,
  StoreStats,
  AddFeedOptions,
  SourceView,
  StoreDB,
  SyncOutcome,
} from '@/utils/store';
import { NEWEST_PER_FIGURE } from '@/utils/store/derived/figure-newest';
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

/**
 * Runs `use` on the opened (and seeded) store. The store's code (queries, search, feeds) is loaded
 * on first use, apart from the page's own script: a page shows what needs no store (the popup's
 * shell, "On this tab") before that code is even fetched and parsed.
 */
async function withStore<T>(use: (store: typeof Store, db: StoreDB) => Promise<T>): Promise<T> {
  const { store } = await import('./store-code');
  return use(store, await store.prepareStore());
}

/**
 * Runs `use` on the opened store with the reads a page shows as it opens (the sources, the newest
 * articles; `utils/store/quick-reads.ts`). Their code is small and part of the page's own script,
 * so the store starts opening as the page's script runs, not a chunk's round trip later; the whole
 * store API would bring search, feed parsing and detection. Both share one connection.
 */
async function withQuickReads<T>(
  use: (reads: typeof quickReads, db: StoreDB) => Promise<T>,
): Promise<T> {
  return use(quickReads, await quickReads.prepareStore());
}

/**
 * Starts opening the store (and checking its bundle) now, before the page renders: the first reads
 * then wait less (components ask in layout effects, after the first render). Errors are left to
 * those reads, which meet them again.
 */
export function startPreparingStore(): void {
  withQuickReads(async () => undefined).catch(() => undefined);
}

/** The real client: the store in this extension page's own IndexedDB (the extension origin). */
export function createLocalStoreClient(): StoreClient {
  return {
    figureInfo: (id) => withStore((store, db) => store.figureBackground(db, id)),
    async figureLabels(ids) {
      const labels: FigureLabel[] = [];
      for (const id of ids) {
        const builtIn = figureNamesOf(id);
        const figure = builtIn ?? (await withStore((store, db) => store.figureBackground(db, id)));
        if (figure) labels.push({ id, name: figure.name, side: figure.side });
      }
      return labels;
    },
    figureFirstPage: (id) =>
      withStore((store, db) => store.articlesForFigure(db, id, { limit: FIGURE_FIRST_PAGE })),
    coMentioned: (id, limit = 8) => withStore((store, db) => store.coMentioned(db, id, limit)),
    coverage: (id, period) => withStore((store, db) => store.coverageOverTime(db, id, period)),
    // Article search runs in a worker (search-worker-client.ts), loaded on the first search.
    search: async (query, limit, onPreparing, caller) => {
      const { searchInWorker } = await import('./store-code');
      return withStore((_, db) => searchInWorker(db, query, limit, onPreparing, caller));
    },
    recent: (limit) => withQuickReads((reads, db) => reads.recentArticles(db, { limit })),
    stats: () => withStore((store, db) => store.storeStats(db)),
    exportAll: () => withStore((store, db) => store.exportAll(db)),
    importFeed: (parsed) => withStore((store, db) => store.importAll(db, parsed)),
    restoreBundled: () => withStore((store, db) => store.restoreBundled(db)),
    feeds: () => withQuickReads((reads, db) => reads.listSources(db)),
    addFeed: (url, options) => withStore((store, db) => store.addFeedSource(db, url, options)),
    // The sync's reader (feed parsers, detection) loads only when a page syncs.
    syncFeed: async (sourceId, control = {}) => {
      const { syncFeedInWorker } = await import('./store-code');
      return withStore((_, db) => syncFeedInWorker(db, sourceId, control));
    },
    removeFeed: (sourceId) => withStore((store, db) => store.removeSource(db, sourceId)),
  };
}
