/**
 * Document order across open shadow roots, as the page reader walks it (page-text.ts): a shadow
 * tree's content stands where its host is, after the host itself and before the host's own
 * children. `compareDocumentPosition` alone calls nodes of two trees "disconnected".
 */

const DOCUMENT_FRAGMENT_NODE = 11;
const FOLLOWING = 4;
const PRECEDING = 2;
const CONTAINS = 8;
const CONTAINED_BY = 16;

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
}

/** The node's chain of trees, outermost last: [node, its host, the host's host, …]. */
function chain(node: Node): Node[] {
  const out: Node[] = [node];
  for (let host = hostOf(node); host; host = hostOf(host)) out.push(host);
  return out;
}

/** -1 if `a` comes before `b` in reading order, 1 if after, 0 if the same node. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return sameTree(a, b);
  const as = chain(a);
  const bs = chain(b);
  // as[k] lies in the shadow tree of as[k + 1]; the outermost of each lies in the document.
  // Step into the trees both share, down to the first where they part.
  let i = as.length - 1;
  let j = bs.length - 1;
  while (i > 0 && j > 0 && as[i] === bs[j]) {
    i--;
    j--;
  }
  if (as[i] === bs[j]) return i === 0 ? -1 : 1; // one is the host of the other's tree
  // as[i] and bs[j] share a tree. A host's shadow tree is read before the host's children, so
  // whatever lies in (or under) an ancestor comes first.
  const position = as[i]!.compareDocumentPosition(bs[j]!);
  if (position & CONTAINED_BY) return -1;
  if (position & CONTAINS) return 1;
  return position & FOLLOWING ? -1 : 1;
}

function sameTree(a: Node, b: Node): number {
  const position = a.compareDocumentPosition(b);
  if (position & FOLLOWING) return -1;
  if (position & PRECEDING) return 1;
  return 0;
}
