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

let scratch: Range | undefined;

/** The rectangle of the mention's line that contains (x, y), if the point is really on it. */
export function rectUnder(mention: PageMention, x: number, y: number): DOMRect | null {
  // A scratch range, not the mention's live one: live ranges cost the page on every DOM change.
  const { startContainer, startOffset, endContainer, endOffset } = mention.staticRange;
  scratch ??= startContainer.ownerDocument!.createRange();
  try {
    scratch.setStart(startContainer, startOffset);
    scratch.setEnd(endContainer, endOffset);
    for (const rect of scratch.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
        return rect;
    }
  } catch {
    // The text changed since the scan (the next scan replaces this mention).
  } finally {
    scratch.collapse(true); // a collapsed scratch range is cheap to keep
  }
  return null;
}

/** Past this many children, an element under the pointer is not searched text node by text node. */
const MAX_CHILDREN = 64;

/**
 * The mention under (x, y). The browser has already found the element under the pointer
 * (`target`): its own text nodes' mentions are checked against their line boxes, with no hit test
 * of ours. Without it (or when it holds too many nodes) the caret lookup finds the nearest text
 * position, also beyond the end of a line or in a margin, so the point is checked against the
 * mention's own boxes; the caret sits between characters, so the character before it is tried too.
 */
export function mentionAt(
  doc: Document,
  mentions: MentionIndex,
  x: number,
  y: number,
  target?: EventTarget,
): { mention: PageMention; rect: DOMRect } | null {
  if (mentions.size === 0) return null;
  const candidates: (PageMention | undefined)[] = [];
  if (target instanceof Node && target.nodeType === 1 && target.childNodes.length <= MAX_CHILDREN) {
    for (let n = target.firstChild; n; n = n.nextSibling) {
      for (const { mention } of mentions.inNode(n)) candidates.push(mention);
    }
  } else {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    candidates.push(mentions.at(caret.node, caret.offset));
    if (caret.offset > 0) candidates.push(mentions.at(caret.node, caret.offset - 1));
  }
  for (const mention of candidates) {
    const rect = mention && rectUnder(mention, x, y);
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
