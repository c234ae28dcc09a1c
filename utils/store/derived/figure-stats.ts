/** Per-figure aggregates (article count, co-mentions, months), changed by deltas inside each write transaction. */
import type { FigureStatsRecord } from '../db/schema';

/** The fields of an article that the aggregates depend on. */
export interface Counted {
  figures: readonly string[];
  date: string;
}

/** Accumulated changes per figure, applied to the stored records in one pass. */
export type StatsDelta = Map<string, FigureStatsRecord>;

function bump(map: Record<string, number>, key: string, by: number): void {
  // Own properties only: a figure id such as "constructor" must not read Object.prototype.
  const next = (Object.hasOwn(map, key) ? (map[key] ?? 0) : 0) + by;
  if (next === 0) delete map[key];
  else map[key] = next;
}

function empty(figureId: string): FigureStatsRecord {
  return { figureId, articles: 0, co: {}, months: {} };
}

/** Add (`sign` 1) or remove (`sign` -1) articles' contributions to `delta`. */
export function accumulate(
  delta: StatsDelta,
  articles: readonly Counted[],
  sign: 1 | -1,
): StatsDelta {
  for (const { figures, date } of articles) {
    const month = date.slice(0, 7);
    for (const figure of figures) {
      const entry = delta.get(figure) ?? empty(figure);
      entry.articles += sign;
      bump(entry.months, month, sign);
      for (const other of figures) if (other !== figure) bump(entry.co, other, sign);
      delta.set(figure, entry);
    }
  }
  return delta;
}

/** Merge a delta into a stored record; null when nothing is left to keep. */
export function applyDelta(
  stored: FigureStatsRecord | undefined,
  change: FigureStatsRecord,
): FigureStatsRecord | null {
  const out = stored
    ? { ...stored, co: { ...stored.co }, months: { ...stored.months } }
    : empty(change.figureId);
  out.articles += change.articles;
  for (const [key, n] of Object.entries(change.co)) bump(out.co, key, n);
  for (const [key, n] of Object.entries(change.months)) bump(out.months, key, n);
  return out.articles > 0 ? out : null;
}
