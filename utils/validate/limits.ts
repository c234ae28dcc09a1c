/** Size limits that more than one layer enforces: the sender trims to them, the receiver checks them. */

/** Longest page or article URL kept. */
export const MAX_URL_CHARS = 2048;
/** Longest page title a content script reports. */
export const MAX_PAGE_TITLE_CHARS = 512;
/** Most figures one frame reports. */
export const MAX_PAGE_FIGURES = 500;
/** Largest message (as JSON) any receiver accepts: page reports are small; 5 MB is hostile. */
export const MAX_MESSAGE_BYTES = 64 * 1024;
/** Most items one store query returns. */
export const MAX_QUERY_LIMIT = 500;

/** A query's `limit`, made a whole number in 1..MAX_QUERY_LIMIT (`fallback` when absent or not a number). */
export function clampLimit(limit: number | undefined, fallback: number): number {
  const wanted = Math.floor(limit ?? fallback);
  if (Number.isNaN(wanted)) return Math.min(MAX_QUERY_LIMIT, Math.max(1, Math.floor(fallback)));
  return Math.max(1, Math.min(MAX_QUERY_LIMIT, wanted));
}
