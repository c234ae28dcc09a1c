/**
 * How recorded changes become blocks to read again, and how runs read again keep what they had:
 * helpers of the scanner's change pass (scanner.ts).
 */
import { drain, type Steps } from '@/utils/detect/steps';
import type { Run } from './page-runs';
import { ANCESTORS_PER_STEP, isInline, readableBlockOfSteps, type ReadRoot } from './page-text';

/** Runs looked at between two yields. */
const ITEMS_PER_STEP = 1024;

/** Whether a page has any text at all (before paying for the catalogue). */
export function hasText(root: ReadRoot): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/\S/.test((n as Text).data)) return true;
  return false;
}

/** Where a page's prose is: its body (or the root element of a document without one). */
export function pageRoot(doc: Document): ReadRoot | null {
  return doc.body ?? doc.documentElement;
}

/**
 * Carries detection over from runs read before to new runs with the same nodes and text (a
 * block read again, mostly unchanged). Returns the runs whose hits resolution has not seen in
 * this place: new runs, and the old runs that are gone (all of them if the order changed).
 */
export function* reuseMatches(old: readonly Run[], runs: readonly Run[]): Steps<Run[]> {
  const byFirst = new Map<Node, { run: Run; at: number }>();
  for (let at = 0; at < old.length; at++) {
    byFirst.set(old[at]!.anchor, { run: old[at]!, at });
    if (at % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const changed: Run[] = [];
  const kept = new Set<Run>();
  let lastAt = -1;
  let inOrder = true;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const before = byFirst.get(run.anchor);
    if (before && before.run.text === run.text && sameNodes(before.run, run)) {
      // The same text in the same nodes: detection, verdicts and marks carry over as they are.
      run.match = before.run.match;
      run.keys = before.run.keys;
      run.verdicts = before.run.verdicts;
      run.revision = before.run.revision;
      run.marks = before.run.marks;
      run.shown = before.run.shown;
      run.shownRevision = before.run.shownRevision;
      before.run.shown = null; // nothing of it to unpaint when it goes
      kept.add(before.run);
      if (before.at < lastAt) inOrder = false;
      lastAt = before.at;
    } else changed.push(run);
  }
  if (!inOrder) return [...old, ...runs];
  for (const run of old) if (!kept.has(run)) changed.push(run);
  return changed;
}

/** Whether two runs read the same nodes (a block run not marked yet has no nodes to differ). */
function sameNodes(a: Run, b: Run): boolean {
  if (a.block && a.marks === null) return true;
  if (a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  return true;
}

/**
 * Whether adding or removing `node` between these siblings changes a line of prose around it:
 * text, or an inline element, or a block dropped between two pieces of one line.
 */
export function joinsProse(node: Node, previous: Node | null, next: Node | null): boolean {
  if (node.nodeType === 3) return true;
  if (node.nodeType !== 1) return false;
  return isProse(node) || isProse(previous) || isProse(next);
}

function isProse(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === 3) return /\S/.test((node as Text).data);
  return node.nodeType === 1 && isInline(node as Element);
}

/** The blocks to read again for these touched nodes: readable, and only the outermost of nested ones. */
export function outermost(touched: readonly Node[]): ReadRoot[] {
  return drain(outermostSteps(touched));
}

/** outermost in steps: a deep tree's ancestors are climbed between yields. */
export function* outermostSteps(touched: readonly Node[]): Steps<ReadRoot[]> {
  const known = new Map<Node, boolean>();
  const roots = new Set<ReadRoot>();
  for (const node of touched) {
    const root = yield* readableBlockOfSteps(node, known);
    if (root) roots.add(root);
  }
  // A root inside another is read with it. Whether a node lies under some root is remembered
  // on the way up, so each ancestor is looked at once however many roots share it.
  const under = new Map<Node, boolean>();
  const outer: ReadRoot[] = [];
  for (const root of roots) {
    const climbed: Node[] = [];
    let verdict = false;
    for (let n = parentComposed(root); n; n = parentComposed(n)) {
      const memo = under.get(n);
      if (memo !== undefined) {
        verdict = memo;
        break;
      }
      if (climbed.push(n) % ANCESTORS_PER_STEP === 0) yield;
      if (roots.has(n as ReadRoot)) {
        verdict = true;
        break;
      }
    }
    for (const n of climbed) under.set(n, verdict || roots.has(n as ReadRoot));
    if (!verdict) outer.push(root);
  }
  return outer;
}

/** The parent in reading order: a shadow root's parent is its host. */
function parentComposed(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}
