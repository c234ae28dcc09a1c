/**
 * Where the reader is looking: the blocks that fill the viewport (for the first marks of a long
 * page) and the first run in it (marks of capped pages are kept nearest it).
 */
import { outermost } from './changes';
import { compareNodes } from './dom-order';
import type { Run } from './page-runs';
import type { ReadRoot } from './page-text';

/**
 * The blocks on screen, in reading order: those under a grid of points of the viewport, widened
 * to their siblings in between (see viewportBlocks). Layout must be fresh (after a frame).
 */
export function blocksOnScreen(doc: Document): ReadRoot[] {
  const view = doc.defaultView;
  if (!view) return [];
  const hits: Node[] = [];
  for (let row = 0; row < 8; row++) {
    for (const across of [0.25, 0.5]) {
      const block = blockAtPoint(
        doc,
        view.innerWidth * across,
        (view.innerHeight * (row + 0.5)) / 8,
      );
      if (block) hits.push(block);
    }
  }
  return viewportBlocks(outermost(hits).filter((r) => r !== doc && r !== doc.body));
}

/**
 * The first run in the viewport: a binary search for the first whose first character is below
 * its top edge. Reads layout: call it when the browser has laid the page out (after a frame, a
 * scroll), or it forces a layout.
 */
export function firstRunInViewport(doc: Document, runs: readonly Run[]): number {
  if (runs.length === 0) return 0;
  const probe = doc.createRange();
  // The run's first character: the rect of a whole 10 MB text node walks all its lines.
  const rectOf = (run: Run) => {
    const node = run.nodes[0]!;
    probe.setStart(node, 0);
    probe.setEnd(node, Math.min(1, node.length));
    return probe.getBoundingClientRect();
  };
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rectOf(runs[mid]!).bottom <= 0) lo = mid + 1;
    else hi = mid;
  }
  probe.detach();
  return Math.min(lo, runs.length - 1);
}

/**
 * The blocks that fill the viewport, in reading order, from the blocks found under a few points
 * of it: when they share a parent (paragraphs of one article), every child of that parent from
 * the first to the last of them, with a few before for context; else the blocks themselves.
 */
function viewportBlocks(found: readonly ReadRoot[]): ReadRoot[] {
  if (found.length === 0) return [];
  const ancestors = (node: Node) => {
    const chain: Node[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) chain.unshift(n);
    return chain;
  };
  // The deepest ancestor all blocks share (in one tree; across shadow roots there is none).
  let common = ancestors(found[0]!);
  for (const block of found.slice(1)) {
    const chain = ancestors(block);
    let i = 0;
    while (i < common.length && i < chain.length && common[i] === chain[i]) i++;
    common = common.slice(0, i);
  }
  const parent = common[common.length - 1];
  if (!parent || parent.nodeType !== 1 || found.includes(parent as Element)) {
    return [...found].sort(compareNodes);
  }
  const children = Array.prototype.slice.call((parent as Element).children) as Element[];
  let first = children.length;
  let last = -1;
  for (const block of found) {
    let child: Node = block;
    while (child.parentNode !== parent) child = child.parentNode!;
    const at = children.indexOf(child as Element);
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return children.slice(Math.max(0, first - 5), last + 1);
}

/**
 * The element under a point of the viewport, narrowed to the child under it when it is a long
 * container (a point between two paragraphs of a feed hits the feed). Layout must be fresh (the
 * caller waited for a frame). Not the caret APIs: on a page with a deep hidden tree, looking for
 * the nearest caret position took 400 ms per point.
 */
function blockAtPoint(doc: Document, x: number, y: number): Element | null {
  const hit = doc.elementFromPoint(x, y);
  if (!hit || hit === doc.body || hit === doc.documentElement) return null;
  let element: Element = hit;
  for (let depth = 0; depth < 3 && element.childElementCount > 20; depth++) {
    const children: HTMLCollection = element.children;
    let lo = 0;
    let hi = children.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (children[mid]!.getBoundingClientRect().top <= y) lo = mid;
      else hi = mid - 1;
    }
    element = children[lo]!;
  }
  return element;
}
