/** A StoreClient with canned answers for component tests; any call can be made to fail or hang. */
import type { StoreClient } from '@/components/data/store-client';
import type { FigureBackground } from '@/utils/store';

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
    ...overrides,
  };
}
