/** How much the store holds, for the options page and tests. */
import { BUNDLED_SOURCE_ID } from '../feeds/schema';
import { sourceRange, type StoreDB } from '../db/schema';

/** Counts for the options page and tests. */
export interface StoreStats {
  articles: number;
  bundled: number;
  synced: number;
  mentions: number;
  sources: number;
  schemaVersion: number;
}

/** How much the store holds. */
export async function storeStats(db: StoreDB): Promise<StoreStats> {
  const tx = db.transaction(['articles', 'sources']);
  const [articles, bundled, mentions, sources] = await Promise.all([
    tx.objectStore('articles').count(),
    tx.objectStore('articles').count(sourceRange(BUNDLED_SOURCE_ID)),
    tx.objectStore('articles').index('by-figure-date').count(),
    tx.objectStore('sources').count(),
  ]);
  return {
    articles,
    bundled,
    synced: articles - bundled,
    mentions,
    sources,
    schemaVersion: db.version,
  };
}
