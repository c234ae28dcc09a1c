/**
 * Reads a page's visible prose as an ordered list of text nodes, in one pass: one TreeWalker over
 * elements and text steps over skipped and editable subtrees once (so no node's ancestors are ever
 * walked again) and keeps the open elements on a stack to know where blocks begin and end. Open
 * shadow roots are read where their host stands. A full pass reads each block of plain inline
 * prose as one string instead, without touching its text nodes (see plainText).
 */
import { drain, type Steps } from '@/utils/detect/steps';

/** Elements whose text is never prose a reader sees as part of the story. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'head',
  'title',
]);

/** Inline elements: text on either side of them continues the same line of prose. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'label',
]);

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/** One text node and whether it starts a new block (a paragraph, a heading, a list item…). */
export interface PageChunk {
  node: Text;
  text: string;
  blockStart: boolean;
}

/** Receives the text nodes read, in order (no object per node: big pages have 100,000). */
export interface TextSink {
  add(node: Text, text: string, blockStart: boolean): void;
  /**
   * A block is entered: with its text when it is plain inline prose read as one string (see
   * plainText; blank ones included), else null (its text nodes follow).
   */
  block?(element: Element, text: string | null): void;
}

/** Where a reader may read: an element, an open shadow root, or a whole document. */
export type ReadRoot = Element | ShadowRoot | Document;

/**
 * Whether an element's subtree is never read: code, forms, embedded content, SVG and MathML,
 * anything editable (read from the attribute: `isContentEditable` would compute style), and
 * regions hidden from assistive technology.
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  const ns = element.namespaceURI;
  if (ns === SVG_NS || ns === MATHML_NS) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return element.getAttribute('aria-hidden') === 'true';
}

/** Whether text on either side of this element continues the same line of prose. */
export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/**
 * What a block holding anything but inline prose holds: a block or a break inside it, or text
 * that is not read (skipped, editable, hidden from assistive technology; see isSkippedElement).
 */
const NOT_PLAIN = `:not(${[...INLINE].join()}),[contenteditable]:not([contenteditable=false]),[aria-hidden=true]`;

/** Longest text read as one string (its nodes are found again, at once, when it is marked). */
const PLAIN_MAX = 4096;

/**
 * The text of a block of plain inline prose (one line of it: no block, break or unread text
 * inside, no open shadow root, at most PLAIN_MAX characters), or null. Such a block is read with
 * one call and its text nodes are never touched unless it is marked: each node a content script
 * touches keeps a wrapper in its world's table for as long as the node lives (a 1 MB archive held
 * 32,000, and the batch whose wrappers took the table past a power of two paid 3–5 ms to rehash).
 */
function plainText(element: Element): string | null {
  // An empty element (a break, an image) has no prose to read.
  if (!element.firstChild || element.shadowRoot || element.querySelector(NOT_PLAIN)) return null;
  const text = element.textContent!;
  // Of the inline elements, only a span can hold a shadow root.
  const spans = element.querySelectorAll('span');
  return text.length > PLAIN_MAX || spans.length > 32 || [...spans].some((s) => s.shadowRoot)
    ? null
    : text;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host !== undefined;
}

/** Nodes read between two yields of readPageText (about a millisecond). */
const NODES_PER_STEP = 128;

interface Frame {
  walker: TreeWalker;
  /** Elements entered and not yet left, innermost last (the walk's root at the bottom). */
  open: Node[];
}

/**
 * Moves `walker` past its current node's subtree and returns the node there, or null at the end
 * of its root: what a filter's FILTER_REJECT does, without the browser calling a filter of ours
 * for every node (a call from native code into script per node cost more than the walk).
 */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Hands the text nodes under `root` to `out`, in document order (an open shadow tree where its
 * host stands, before the host's own children), yielding every few hundred nodes. Whitespace-only
 * nodes are kept inside a line of prose ("<b>Kim</b> <b>Jong Un</b>") and dropped between blocks.
 * `root` itself must be readable (see readableBlockOf); `entered` hears of each shadow root read.
 * With `plain`, blocks of plain inline prose go to `out.block` as one string each.
 */
export function* readPageText(
  root: ReadRoot,
  out: TextSink,
  entered: (shadowRoot: ShadowRoot) => void = () => {},
  plain = false,
): Steps<void> {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  if (doc.designMode === 'on') return; // the whole document is an editor
  if (root.nodeType === ELEMENT_NODE) {
    if (isSkippedElement(root as Element)) return;
    const prose = plain ? plainText(root as Element) : null;
    out.block?.(root as Element, prose);
    if (prose !== null) return;
  }
  // A block of one text node (a feed's new paragraph) is read without a walker to make.
  const only = root.firstChild;
  if (
    only !== null &&
    only === root.lastChild &&
    only.nodeType === TEXT_NODE &&
    root.nodeType === ELEMENT_NODE &&
    !(root as Element).shadowRoot
  ) {
    const text = (only as Text).data;
    if (/\S/.test(text)) out.add(only as Text, text, true);
    return;
  }
  const frameFor = (top: Node): Frame => ({
    walker: doc.createTreeWalker(top, SHOW_ELEMENT_AND_TEXT),
    open: [top],
  });
  const frames: Frame[] = [frameFor(root)];
  const rootShadow = root.nodeType === ELEMENT_NODE ? (root as Element).shadowRoot : null;
  if (rootShadow) {
    entered(rootShadow);
    frames.push(frameFor(rootShadow));
  }
  let pendingBreak = true;
  let budget = NODES_PER_STEP;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    let node = frame.walker.nextNode();
    let prose: string | null = null;
    while (node !== null && node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkippedElement(element)) {
        // never read
      } else if (plain && !isInline(element) && (prose = plainText(element)) !== null) {
        out.block!(element, prose);
        pendingBreak = true;
      } else break;
      node = skipSubtree(frame.walker);
      // A block read whole counts as a node per 64 characters (its text was read in one call).
      budget -= prose === null ? 1 : 1 + (prose.length >> 6);
      prose = null;
      if (budget <= 0) {
        budget = NODES_PER_STEP;
        yield;
      }
    }
    if (--budget === 0) {
      budget = NODES_PER_STEP;
      yield;
    }
    if (node === null) {
      frames.pop(); // a shadow tree ends: what follows is a new block
      pendingBreak = true;
      continue;
    }
    // Leave the elements this node is not inside; leaving a block ends the line of prose.
    const open = frame.open;
    const parent = node.parentNode;
    while (open.length > 1 && open[open.length - 1] !== parent) {
      const left = open.pop()!;
      if (!isInline(left as Element)) pendingBreak = true;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = (node as Text).data;
      if (pendingBreak && !/\S/.test(text)) continue;
      out.add(node as Text, text, pendingBreak);
      pendingBreak = false;
      continue;
    }
    const element = node as Element;
    open.push(element);
    if (!isInline(element)) {
      pendingBreak = true;
      out.block?.(element, null);
    }
    const shadow = element.shadowRoot;
    if (shadow) {
      pendingBreak = true;
      entered(shadow);
      frames.push(frameFor(shadow));
    }
  }
}

/** The text nodes under `root` in document order, skipping code, forms and editable areas. */
export function collectPageText(root: ReadRoot): PageChunk[] {
  const out: PageChunk[] = [];
  const steps = readPageText(root, {
    add: (node, text, blockStart) => out.push({ node, text, blockStart }),
  });
  while (!steps.next().done);
  return out;
}

/**
 * The root to read again when `node` changed: the nearest ancestor-or-self that starts a block
 * (an element that is not inline, a shadow root, or the document). Null when the node is not in a
 * page we read: inside skipped or editable content, in a design-mode document, or detached.
 * `known` remembers verdicts on ancestors across calls of one pass (deep trees are climbed once).
 */
export function readableBlockOf(
  node: Node,
  known: Map<Node, boolean> = new Map(),
): ReadRoot | null {
  return drain(readableBlockOfSteps(node, known));
}

/** Ancestors climbed between two yields: a text node 10,000 elements deep took 20 ms to place. */
export const ANCESTORS_PER_STEP = 1024;

/** readableBlockOf in steps (see steps.ts), for a pass that must not block the page. */
export function* readableBlockOfSteps(
  node: Node,
  known: Map<Node, boolean>,
): Steps<ReadRoot | null> {
  let block: ReadRoot | null = null;
  const climbed: Node[] = [];
  // Unreadable unless the climb reaches the document or an ancestor known to be readable.
  let readable = false;
  for (let at: Node | null = node; at;) {
    const cached = known.get(at);
    if (cached === false) break;
    if (cached === true && block !== null) {
      readable = true; // the rest of the way up was climbed before
      break;
    }
    if (at.nodeType === ELEMENT_NODE) {
      const element = at as Element;
      if (isSkippedElement(element)) break;
      if (block === null && !isInline(element)) block = element;
      if (climbed.push(at) % ANCESTORS_PER_STEP === 0) yield;
      at = at.parentNode;
    } else if (at.nodeType === TEXT_NODE) {
      at = at.parentNode;
    } else if (isShadowRoot(at)) {
      block ??= at;
      climbed.push(at);
      at = at.host;
    } else if (at.nodeType === DOCUMENT_NODE) {
      readable = (at as Document).designMode !== 'on';
      block ??= at as Document;
      break;
    } else {
      break; // a detached fragment
    }
  }
  for (const n of climbed) known.set(n, readable);
  return readable ? block : null;
}
