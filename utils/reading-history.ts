/**
 * The reader's history of who they met where: figure ids, page title, URL and time, for the
 * popup's "Recently seen". Kept in `storage.local` only (never synced, never sent), at most
 * MAX_ENTRIES pages (oldest dropped) and HISTORY_DAYS days; written by the background from content
 * reports, read by the popup, cleared from the options page.
 */
import { storage } from 'wxt/utils/storage';
import { isFigureId } from './validate/ids';
import { MAX_PAGE_FIGURES, MAX_PAGE_TITLE_CHARS, MAX_URL_CHARS } from './validate/limits';
import { withWebLock } from './web-lock';

/** How long a page stays in the history. */
export const HISTORY_DAYS = 14;
/** Most pages kept. */
export const MAX_ENTRIES = 500;
const DAY_MS = 24 * 60 * 60 * 1000;
const LOCK_NAME = 'backchannel-reading-history';

/** One page the reader met figures on. */
export interface SeenPage {
  /** The page's URL without its fragment. */
  url: string;
  title: string;
  figureIds: string[];
  /** When the figures were last met there (ms since the epoch). */
  at: number;
}

/** A figure as "Recently seen" lists it: where and when the reader last met it. */
export interface SeenFigure {
  figureId: string;
  url: string;
  title: string;
  at: number;
}

interface Stored {
  /** Newest first. */
  pages: SeenPage[];
}

const historyItem = storage.defineItem<Stored>('local:readingHistory', {
  fallback: { pages: [] },
  version: 1,
});

/** The key a page is kept under: its http(s) URL without the fragment; null for anything else. */
function pageUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_CHARS || !/^https?:\/\//i.test(url))
    return null;
  return url.replace(/#.*$/s, '');
}

/** Coerces stored data into a valid history, newest first, keeping every valid entry of the window. */
export function sanitizeHistory(raw: unknown, now = Date.now()): SeenPage[] {
  const pages = (raw as { pages?: unknown } | null)?.pages;
  if (!Array.isArray(pages)) return [];
  const since = now - HISTORY_DAYS * DAY_MS;
  const seen = new Set<string>();
  const kept: SeenPage[] = [];
  for (const page of pages as unknown[]) {
    if (typeof page !== 'object' || page === null) continue;
    const { url, title, figureIds, at } = page as Record<string, unknown>;
    const key = pageUrl(url);
    if (!key || seen.has(key) || typeof at !== 'number' || !(at >= since && at <= now + DAY_MS))
      continue;
    const ids = Array.isArray(figureIds)
      ? [...new Set(figureIds.filter(isFigureId))].slice(0, MAX_PAGE_FIGURES)
      : [];
    if (ids.length === 0) continue;
    seen.add(key);
    kept.push({
      url: key,
      title: typeof title === 'string' ? title.slice(0, MAX_PAGE_TITLE_CHARS) : '',
      figureIds: ids,
      at,
    });
  }
  return kept.sort((a, b) => b.at - a.at).slice(0, MAX_ENTRIES);
}

/**
 * The pages of the last HISTORY_DAYS days, newest first. What is stored is repaired when it
 * differs (malformed entries, or pages past the window, are dropped from storage too).
 */
export async function readingHistory(now = Date.now()): Promise<SeenPage[]> {
  const raw = await historyItem.getValue().catch(() => null);
  const pages = sanitizeHistory(raw, now);
  if (JSON.stringify(raw) !== JSON.stringify({ pages })) await repair(now).catch(() => {});
  return pages;
}

function repair(now: number): Promise<void> {
  return withWebLock(LOCK_NAME, async () => {
    const raw = await historyItem.getValue().catch(() => null);
    await historyItem.setValue({ pages: sanitizeHistory(raw, now) });
  });
}

/**
 * Records that the reader met `figureIds` on a page: the page moves to the front with its figures
 * added to those met there before. Read-modify-write under one Web Lock, so reports of two tabs
 * at once keep both.
 */
export function recordSeen(
  page: { url: string; title: string; figureIds: readonly string[] },
  now = Date.now(),
): Promise<void> {
  const url = pageUrl(page.url);
  if (!url || page.figureIds.length === 0) return Promise.resolve();
  return withWebLock(LOCK_NAME, async () => {
    const pages = sanitizeHistory(await historyItem.getValue().catch(() => null), now);
    const before = pages.find((p) => p.url === url);
    const entry: SeenPage = {
      url,
      title: page.title.slice(0, MAX_PAGE_TITLE_CHARS),
      figureIds: [...new Set([...page.figureIds, ...(before?.figureIds ?? [])])],
      at: now,
    };
    const next = [entry, ...pages.filter((p) => p !== before)];
    await historyItem.setValue({ pages: sanitizeHistory({ pages: next }, now) });
  });
}

/** Forgets the whole history. */
export function clearReadingHistory(): Promise<void> {
  return withWebLock(LOCK_NAME, () => historyItem.setValue({ pages: [] }));
}

/** Each figure met, once, where it was met last; newest first. */
export function recentlySeenFigures(pages: readonly SeenPage[]): SeenFigure[] {
  const figures = new Map<string, SeenFigure>();
  for (const { url, title, figureIds, at } of [...pages].sort((a, b) => b.at - a.at)) {
    for (const figureId of figureIds)
      if (!figures.has(figureId)) figures.set(figureId, { figureId, url, title, at });
  }
  return [...figures.values()];
}

/** Calls back when the history changes (in any page or the background); returns the unsubscribe function. */
export function watchReadingHistory(callback: () => void): () => void {
  return historyItem.watch(() => callback());
}
