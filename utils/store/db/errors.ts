/** Turn IndexedDB failures into sentences a reader can act on; they cross messaging as plain strings. */

/** The name of a DOMException-like error, if any. */
function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** A one-line explanation of a store failure, saying that stored data is kept. */
export function describeStoreError(error: unknown, doing: string): string {
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return `Could not ${doing}: the browser has no storage space left for Backchannel. Nothing already stored was changed; free some disk space and try again.`;
    case 'VersionError':
      return `Could not ${doing}: the article store was written by a newer version of Backchannel. Update the extension; your articles are kept.`;
    case 'AbortError':
      return `Could not ${doing}: the change was cancelled (${detail}). Nothing already stored was changed.`;
    case 'InvalidStateError':
      return `Could not ${doing}: the article store was closed while working (usually an update in progress). Try again.`;
    default:
      return `Could not ${doing}: ${detail || name || 'unknown error'}. Nothing already stored was changed.`;
  }
}

/** A store failure with a reader-facing message and the underlying cause. */
export class StoreError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
