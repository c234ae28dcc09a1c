/** Reads a page's visible text as an ordered list of text nodes, in one DOM pass. */

/** Elements whose text is never prose a reader sees as part of the story. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

/** Inline elements: text on either side of them continues the same line of prose. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
]);

/** One text node and whether it starts a new block (a paragraph, a heading, a list item…). */
export interface PageChunk {
  node: Text;
  text: string;
  blockStart: boolean;
}

function blockOf(node: Node): Node | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.tagName)) element = element.parentElement;
  return element;
}

function isSkipped(element: Element | null, root: Node): boolean {
  for (let e = element; e && e !== root; e = e.parentElement) {
    if (SKIPPED.has(e.tagName.toUpperCase()) || (e as HTMLElement).isContentEditable) return true;
  }
  return false;
}

/** The text nodes under `root` in document order, skipping code, forms and editable areas. */
export function collectPageText(root: Node): PageChunk[] {
  const chunks: PageChunk[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      /\S/.test(node.nodeValue ?? '') && !isSkipped(node.parentElement, root)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  let previousBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node);
    chunks.push({
      node: node as Text,
      text: node.nodeValue ?? '',
      blockStart: block !== previousBlock,
    });
    previousBlock = block;
  }
  return chunks;
}
