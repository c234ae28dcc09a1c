/** The id shapes of Backchannel, one definition each: figures, and sources or articles. */

/** A figure id: lowercase words of letters and digits joined by single hyphens (`sung-kim`). */
export const FIGURE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest figure id accepted anywhere. */
export const MAX_FIGURE_ID_CHARS = 64;

/** Whether `value` is a well-formed figure id (not whether the figure exists). */
export function isFigureId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_FIGURE_ID_CHARS &&
    FIGURE_ID_PATTERN.test(value)
  );
}

/** Ids of sources and articles: safe inside keys, URLs and file names. */
export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9._~-]{0,127}$/i;
