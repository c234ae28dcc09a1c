/**
 * The newest articles per figure, materialised: a panel's first page of `articlesForFigure` is one small read
 * instead of ~10 scattered article reads. Every write path keeps it in step (write.ts) and a migration builds
 * it (db/migrations.ts); older pages (`before`) and bigger limits read the `by-figure-date` index.
 */
import { figureRange, type ArticleRecord, type FigureNewestRecord } from '../db/schema';
import { figureArticle } from '../queries/summaries';

/** How many articles a figure's view holds: the side panel's first page. */
export const NEWEST_PER_FIGURE = 25;

/** The order of the `by-figure-date` index: newest date first, then by key (the primary key breaks ties). */
export function newestOrder(
  a: { date: string; key: string },
  b: { date: string; key: string },
): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** A view built from the figure's newest articles as the index returns them. */
export function viewOf(figureId: string, newest: readonly ArticleRecord[]): FigureNewestRecord {
  return {
    figureId,
    articles: newest.slice(0, NEWEST_PER_FIGURE).map((a) => figureArticle(a, figureId)),
  };
}

/** The stores a view is rebuilt from and into, inside whatever transaction the caller holds. */
export interface ViewStores {
  /** The articles' `by-figure-date` index. */
  index: { getAll(query: IDBKeyRange, count?: number): Promise<ArticleRecord[]> };
  newest: {
    put(view: FigureNewestRecord): Promise<unknown>;
    delete(figureId: string): Promise<unknown>;
  };
}

/** Rebuild one figure's view from the index (deleting it when the figure has no articles). */
export async function refillView({ index, newest }: ViewStores, figureId: string): Promise<void> {
  const records = await index.getAll(figureRange(figureId), NEWEST_PER_FIGURE);
  await (records.length > 0 ? newest.put(viewOf(figureId, records)) : newest.delete(figureId));
}

/** What a write does to one figure's view. */
export type ViewChange =
  | { kind: 'same' }
  | { kind: 'put'; record: FigureNewestRecord }
  /** Removals reached into the view: read the figure's newest articles again once the writes are queued. */
  | { kind: 'refill' };

/**
 * Merge a write into a figure's stored view. `removed` are the keys of the articles the write deletes or
 * replaces, `added` the articles it puts; `hadArticles` whether the figure had any before the write.
 */
export function nextView(
  figureId: string,
  stored: FigureNewestRecord | undefined,
  hadArticles: boolean,
  removed: ReadonlySet<string>,
  added: readonly ArticleRecord[],
): ViewChange {
  const current = stored?.articles ?? [];
  // A missing view for a figure with articles cannot be patched, only rebuilt.
  if (!stored && hadArticles) return { kind: 'refill' };
  // An article leaving the view makes room for one only the index knows; one re-put in place may move.
  // Removals outside a full view were older than all of it, and a view below capacity holds every article.
  const addedKeys = new Set(added.map((a) => a.key));
  if (current.some((a) => removed.has(a.key) || addedKeys.has(a.key))) return { kind: 'refill' };
  const last = current[current.length - 1];
  const entrants =
    current.length < NEWEST_PER_FIGURE || !last
      ? added
      : added.filter((a) => newestOrder(a, last) < 0);
  if (entrants.length === 0) return { kind: 'same' };
  // Only the newest entrants can make the view: summarise those, not every article a big write adds.
  const newest = [...entrants].sort(newestOrder).slice(0, NEWEST_PER_FIGURE);
  const articles = [...current, ...newest.map((a) => figureArticle(a, figureId))]
    .sort(newestOrder)
    .slice(0, NEWEST_PER_FIGURE);
  return { kind: 'put', record: { figureId, articles } };
}
