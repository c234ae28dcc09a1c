/**
 * How many mentions a frame marks. Each mark is a range the browser keeps in its highlight
 * registry and repaints; an archive page can name the same people thousands of times, so marks
 * are capped per figure and in all, keeping those nearest the reader's viewport (they follow it
 * when the reader stops scrolling).
 *
 * The caps are low because every mark costs the page on every frame that follows a change to its
 * DOM or style: Chromium (156) then drops and rebuilds all of a highlight's marks, about 20 µs
 * each on a 1 MB archive. With 800 marks that added 15–22 ms to the frame that showed the card
 * (and to any frame after the page's own changes). On a feed growing at its end, each frame
 * after an append spent a median 10.3–13.2 ms in PrePaint with 300 marks against 3.8–6.8 ms
 * without the extension in the same runs (+6.4–6.5 ms), and 6.5–7.3 ms against 4.2–4.6 ms with
 * 150 (+2.3–2.7 ms; bench/append-frames.ts). 150 marks still cover a dozen screens around the
 * reader on such a page (they follow the viewport), and every mark of an ordinary article.
 */

/** Marks in one frame at most. */
export const MAX_MARKS = 150;
/** Marks of one figure (or one set of candidates) at most. */
export const MAX_MARKS_PER_FIGURE = 50;

/**
 * Marks in one text node at most, by its length: the browser repaints a highlighted text node
 * whole, at a cost that grows with its length times its marks (Chromium 156: 100 marks in a 1 MB
 * node made every frame take about a second). 200,000 character-marks keep a frame's share to a
 * few milliseconds: 100 marks in a 2,000-character paragraph, 2 in 100 KB, none in a 1 MB node.
 */
export const NODE_MARK_BUDGET = 200_000;

/** Whether a text node of `length` characters can take one more mark after `marked`. */
export function fitsInNode(length: number, marked: number): boolean {
  return (marked + 1) * Math.max(length, 1) <= NODE_MARK_BUDGET;
}

/** The caps in force: MAX_MARKS in all and MAX_MARKS_PER_FIGURE per person (tests lower them). */
export const MARK_CAPS = { total: MAX_MARKS, perFigure: MAX_MARKS_PER_FIGURE };

/** Room for candidate indexes in a sort key (distance × INDEXES + index stays an exact double). */
const INDEXES = 2 ** 22;

/** A mention that could be marked: which run (in reading order) and who it names. */
export interface MarkCandidate {
  run: number;
  /** The figure id, or the candidates joined, so a cap applies per person. */
  who: string;
}

/**
 * The candidates to mark (indexes into `candidates`, in their order): all of them when within
 * the caps (MARK_CAPS), else those nearest `viewportRun` first, at most MAX_MARKS_PER_FIGURE per
 * person and MAX_MARKS in all.
 */
export function selectMarks(candidates: readonly MarkCandidate[], viewportRun: number): number[] {
  const { total, perFigure } = MARK_CAPS;
  const perWho = new Map<string, number>();
  let over = candidates.length > total;
  for (const { who } of candidates) {
    const n = (perWho.get(who) ?? 0) + 1;
    perWho.set(who, n);
    if (n > perFigure) over = true;
  }
  if (!over) return candidates.map((_, i) => i);
  // Nearest first, in document order among equals: one numeric sort of (distance, index) keys.
  const order = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    order[i] = Math.abs(candidates[i]!.run - viewportRun) * INDEXES + i;
  }
  order.sort();
  perWho.clear();
  const chosen: number[] = [];
  for (const key of order) {
    const i = key % INDEXES;
    const { who } = candidates[i]!;
    const n = perWho.get(who) ?? 0;
    if (n >= perFigure) continue;
    perWho.set(who, n + 1);
    chosen.push(i);
    if (chosen.length === total) break;
  }
  return chosen.sort((a, b) => a - b);
}
