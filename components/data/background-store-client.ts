/**
 * The StoreClient of the side panel page when the card's in-page drawer frames it in a web page
 * (`sidepanel.html?drawer`): a frame in another site's page gets no first-party storage (the
 * browser denies or partitions it), so the figure view's reads go to the background's store by
 * message. Writes belong to the extension's own pages and are refused here.
 */
import { sendFromPage, type StoreRead } from '@/utils/protocol';
import type { StoreClient } from './store-client';

/** Whether this page is framed by the in-page drawer. */
export function isDrawerFrame(): boolean {
  return new URLSearchParams(location.search).has('drawer');
}

// The background answers with what the local client's call of the same name returns.
const read = <T>(request: StoreRead) => sendFromPage('page.readStore', request) as Promise<T>;

const refused = (): Promise<never> =>
  Promise.reject(new Error('Open Backchannel’s own pages to change the store.'));

/** A StoreClient whose reads are answered by the background. */
export function createBackgroundStoreClient(): StoreClient {
  return {
    figureInfo: (id) => read({ call: 'figureInfo', id }),
    figureLabels: (ids) => read({ call: 'figureLabels', ids: [...ids] }),
    figureFirstPage: (id) => read({ call: 'figureFirstPage', id }),
    coMentioned: (id, limit) => read({ call: 'coMentioned', id, limit }),
    coverage: (id, period) => read({ call: 'coverage', id, period }),
    search: (query, limit) => read({ call: 'search', query, limit }),
    recent: refused,
    stats: refused,
    exportAll: refused,
    importFeed: refused,
    restoreBundled: refused,
    feeds: refused,
    addFeed: refused,
    syncFeed: refused,
    removeFeed: refused,
  };
}
