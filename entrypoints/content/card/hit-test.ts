/** Which marked mention is under a point: one caret lookup and a binary search, no listeners per mention. */
import type { MentionIndex, PageMention } from '../mentions';

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The text position under (x, y), if the browser can tell. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const caret = doc as CaretDocument;
  if (typeof caret.caretPositionFromPoint === 'function') {
    const position = caret.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caret.caretRangeFromPoint === 'function') {
    const range = caret.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The rectangle of the mention's line that contains (x, y), if the point is really on it. */
export function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
      return rect;
  }
  return null;
}

/**
 * The mention under (x, y). The caret lookup finds the nearest text position, also beyond the end
 * of a line or in a margin, so the point is checked against the mention's own boxes; the caret
 * sits between characters, so the character before it is tried too.
 */
export function mentionAt(
  doc: Document,
  mentions: MentionIndex,
  x: number,
  y: number,
): { mention: PageMention; rect: DOMRect } | null {
  if (mentions.size === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const candidates = [mentions.at(caret.node, caret.offset)];
  if (caret.offset > 0) candidates.push(mentions.at(caret.node, caret.offset - 1));
  for (const mention of candidates) {
    const rect = mention && rectUnder(mention.range, x, y);
    if (mention && rect) return { mention, rect };
  }
  return null;
}

/** The mention nearest a text position (the caret or the selection): the one containing it, else the next, else the previous. */
export function mentionNear(
  mentions: MentionIndex,
  node: Node,
  offset: number,
): PageMention | null {
  const inside = mentions.at(node, offset);
  if (inside) return inside;
  const all = mentions.all;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let side: number;
    try {
      side = all[mid]!.range.comparePoint(node, offset);
    } catch {
      return null;
    }
    // comparePoint < 0: the point is before the mention.
    if (side < 0) hi = mid;
    else lo = mid + 1;
  }
  return all[lo] ?? all[lo - 1] ?? null;
}

/** The first mention whose box is inside the viewport. */
export function firstInView(mentions: MentionIndex, view: Window): PageMention | null {
  for (const mention of mentions.all) {
    const rect = mention.range.getBoundingClientRect();
    if (
      rect.bottom > 0 &&
      rect.top < view.innerHeight &&
      rect.right > 0 &&
      rect.left < view.innerWidth
    )
      return mention;
  }
  return null;
}
