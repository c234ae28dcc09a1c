/** A StoreClient with canned answers for component tests; any call can be made to fail or hang. */
import type { StoreClient } from '@/components/data/store-client';
import type { FigureBackground, SearchHit, SourceView } from '@/utils/store';

/** The bundled source as the fake lists it. */
export const BUNDLED_VIEW: SourceView = {
  id: 'bundled',
  title: 'Backchannel briefs',
  kind: 'bundled',
  articleCount: 2,
  contentHash: 'sha256-abc',
  sync: { status: 'ok', lastSuccess: '2024-05-01T00:00:00.000Z' },
};

export const SUNG_KIM: FigureBackground = {
  id: 'sung-kim',
  name: 'Sung Kim',
  side: 'US',
  nativeNames: ['성김'],
  roles: [{ title: 'Special Representative for North Korea', start: '2021-05', end: '2023' }],
  currentRole: null,
  bio: 'US diplomat.',
  mentionCount: 2,
  firstSeen: '2021-08-23',
  lastSeen: '2022-04-18',
  addedBy: null,
};

/** A client answering from small fixtures; `overrides` replace single calls. */
export function fakeStoreClient(overrides: Partial<StoreClient> = {}): StoreClient {
  const sources: SourceView[] = [structuredClone(BUNDLED_VIEW)];
  return {
    figureInfo: async (id) => (id === SUNG_KIM.id ? SUNG_KIM : null),
    figureLabels: async (ids) =>
      ids.filter((id) => id === SUNG_KIM.id).map((id) => ({ id, name: 'Sung Kim', side: 'US' })),
    figureFirstPage: async () => [
      {
        key: 'bundled/a',
        id: 'a',
        sourceId: 'bundled',
        title: 'Sung Kim arrives in Seoul',
        date: '2022-04-18',
        kind: 'brief',
        lang: 'en',
        excerpt: '',
        figures: ['sung-kim'],
        sentences: ['Sung Kim arrived in Seoul.'],
      },
    ],
    coMentioned: async () => [{ figureId: 'noh-kyu-duk', name: 'Noh Kyu-duk', count: 2 }],
    coverage: async () => [
      { period: '2021', count: 1 },
      { period: '2022', count: 1 },
    ],
    search: async () => [],
    recent: async () => [],
    stats: async () => ({
      articles: 2,
      bundled: 2,
      synced: 0,
      mentions: 3,
      sources: 1,
      schemaVersion: 4,
    }),
    exportAll: async () => {
      throw new Error('not in this test');
    },
    importFeed: async () => {
      throw new Error('not in this test');
    },
    restoreBundled: async () => {
      throw new Error('not in this test');
    },
    feeds: async () => structuredClone(sources),
    addFeed: async (url, options = {}) => {
      if (!url.startsWith('https://'))
        return { ok: false, error: 'A feed address must start with https://.' };
      const sourceId = `feed-${sources.length}`;
      sources.push({
        id: sourceId,
        title: new URL(url).hostname,
        kind: 'synced',
        url,
        articleCount: 0,
        sync: { status: 'never', ...(options.keepEveryItem ? { keepEveryItem: true } : {}) },
      });
      return { ok: true, sourceId };
    },
    syncFeed: async (sourceId) => {
      const source = sources.find((s) => s.id === sourceId);
      if (!source) return { ok: false, error: 'That feed is not listed any more.' };
      source.articleCount += 12;
      source.sync = {
        status: 'ok',
        lastAttempt: '2024-05-02T10:00:00.000Z',
        lastSuccess: '2024-05-02T10:00:00.000Z',
        lastResult: { added: 12, updated: 3, unchanged: false },
      };
      return { ok: true, added: 12, updated: 3, unchanged: false, skipped: 0 };
    },
    removeFeed: async (sourceId) => {
      const at = sources.findIndex((s) => s.id === sourceId);
      if (at >= 0) sources.splice(at, 1);
    },
    ...overrides,
  };
}

/** One search hit for component tests. */
export const SEARCH_HIT: SearchHit = {
  key: 'bundled/a',
  id: 'a',
  sourceId: 'bundled',
  title: 'Summit talks resume',
  date: '2019-02-28',
  kind: 'brief',
  lang: 'en',
  excerpt: '',
  figures: [],
  score: 1,
};

/** A client whose searches report "preparing" and then wait until `finish()`. */
export function preparingSearchClient(): { client: StoreClient; finish: () => void } {
  const waiting: (() => void)[] = [];
  const search: StoreClient['search'] = (_query, _limit, onPreparing) => {
    onPreparing?.();
    return new Promise<SearchHit[]>((resolve) => waiting.push(() => resolve([SEARCH_HIT])));
  };
  return {
    client: fakeStoreClient({ search }),
    finish: () => waiting.splice(0).forEach((resolve) => resolve()),
  };
}
