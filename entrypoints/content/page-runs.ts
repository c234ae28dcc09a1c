/**
 * The page as the scanner keeps it: runs of prose (the text nodes of one block, which no name
 * crosses, or a block of plain prose read as one string) in reading order, each with its
 * detection hits and verdicts (utils/detect/blocks.ts). A change re-reads only the blocks it
 * touched: their old runs are cut out and the new ones put in their place, found by binary search
 * in document order.
 */
import type { BlockHits, ResolvedBlock } from '@/utils/detect/blocks';
import type { Mention } from '@/utils/detect/types';
import type { PageMention } from './mentions';
import { isInline, type TextSink } from './page-text';

/** A marked hit: where it is painted, and its entry in the card's index (made when first marked). */
export interface RunMark {
  range: StaticRange;
  mention?: PageMention;
  /** Who the entry names (it is made again when that changes). */
  sig?: string;
}

/** A hit the run shows: who it names after the reader's overrides, and how it is drawn. */
export interface Shown {
  hit: number;
  /** The figure id, or the candidates joined: caps apply per person. */
  who: string;
  linked: boolean;
  /** False when its text node cannot take one more mark (counted among the figures, not drawn). */
  drawn: boolean;
  mention: Mention;
  /** Chosen under the caps and painted (marking.ts). */
  marked?: boolean;
  /** Its run's place in the page when the caps last weighed it (its distance to the viewport). */
  at?: number;
}

/** One block's text nodes, read together. */
export class Run implements ResolvedBlock {
  /** The block's text: its nodes' texts joined. */
  readonly text: string;
  /** Detection hits (null until matched). */
  match: BlockHits = UNMATCHED;
  verdicts: (Mention | null)[] = [];
  /** False once the run was cut from the page (its nodes may still point at it). */
  alive = true;
  /** Its place in the page's runs (kept by PageRuns; orders runs without asking the DOM). */
  pos = -1;
  /** The referent keys its hits touch (utils/detect/blocks.ts keysOfBlock), once matched. */
  keys: readonly string[] = [];
  /** Scratch for PageRuns.runsTouching. */
  stamp = 0;
  /** Per hit: the painted place and the index entry, made when first marked. */
  marks: Map<number, RunMark> | null = null;
  /** Bumped by resolution when a verdict changes (utils/detect/blocks.ts). */
  revision?: number;
  /** What the run shows, as of `shownRevision` (null until first marked). */
  shown: Shown[] | null = null;
  shownRevision = -1;

  /** Its text nodes and where each starts in `text` (a block run's are found when first asked for). */
  private found: Text[] | null = null;
  private at: number[] = [];

  /**
   * A run of the text nodes read (with their texts), or of a block read as one string (`block`:
   * plain inline prose, whose text nodes are only looked for if the run is marked).
   */
  constructor(
    nodes: Text[] | null,
    texts: readonly string[],
    readonly block: Element | null = null,
  ) {
    this.text = texts.join('');
    if (nodes) this.take(nodes, texts);
  }

  /** The text nodes the run was read from. */
  get nodes(): readonly Text[] {
    if (this.found) return this.found;
    // A block's nodes, as they are now; none if its text changed since it was read (a change
    // pass reads it again): its marks stay empty until then.
    const walker = this.block!.ownerDocument.createTreeWalker(this.block!, 0x4);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const texts = nodes.map((n) => n.data);
    return this.take(texts.join('') === this.text ? nodes : [], texts);
  }

  /** Where each node's text starts in `text`. */
  get starts(): readonly number[] {
    return this.nodes && this.at;
  }

  /** What the run is known by across readings: its block, or its first node. */
  get anchor(): Node {
    return this.block ?? this.nodes[0]!;
  }

  private take(nodes: Text[], texts: readonly string[]): Text[] {
    // Where each node's text starts.
    const starts: number[] = [];
    let at = 0;
    for (const text of texts) {
      starts.push(at);
      at += text.length;
    }
    this.at = starts;
    return (this.found = nodes);
  }

  get matched(): boolean {
    return this.match !== UNMATCHED;
  }

  /** Which node holds the character at `position`. */
  nodeIndexAt(position: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The length of node `i`'s text as read. */
  nodeLength(i: number): number {
    return (this.starts[i + 1] ?? this.text.length) - this.starts[i]!;
  }

  /** The node and offset of a position in `text` (a position between nodes goes to the next). */
  pointAt(position: number, end: boolean): [Text, number] {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const start = this.starts[mid]!;
      if (start < position || (!end && start === position)) lo = mid;
      else hi = mid - 1;
    }
    return [this.nodes[lo]!, position - this.starts[lo]!];
  }

  /** The painted place of hit `h` (made once) and its index entry. */
  markOf(h: number): RunMark {
    this.marks ??= new Map();
    let mark = this.marks.get(h);
    if (!mark) {
      const hit = this.match.hits[h]!;
      // Read by index: destructuring walks an array iterator until the code is optimised.
      const start: [Node, number] =
        this.nodes.length > 0 ? this.pointAt(hit.start, false) : [this.block!, 0];
      const end = this.nodes.length > 0 ? this.pointAt(hit.end, true) : start;
      mark = {
        range: new StaticRange({
          startContainer: start[0],
          startOffset: start[1],
          endContainer: end[0],
          endOffset: end[1],
        }),
      };
      this.marks.set(h, mark);
    }
    return mark;
  }
}

const UNMATCHED: BlockHits = { length: 0, hits: [], texts: [] };

/**
 * The run a text node (or a block read as one string) was last read into, kept on the node's
 * wrapper in our isolated world (the page never sees it): a WeakMap of 100,000 nodes made every
 * garbage collection slow. A run cut from the page is marked dead rather than unlinked from its
 * nodes.
 */
const RUN_OF = Symbol('run');

type Holder = Partial<Record<typeof RUN_OF, Run>>;

/**
 * The live run holding `node`: its own, or, for text in a block read as one string, its block's
 * (found by climbing the inline elements between them).
 */
function liveRunOf(node: Node, climb = true): Run | undefined {
  for (let at: Node | null = node; at; at = at.parentNode) {
    const run = (at as Holder)[RUN_OF];
    if (run?.alive) return run;
    if (!climb || (at.nodeType === 1 && !isInline(at as Element))) return undefined;
  }
  return undefined;
}

/** Builds runs from the text nodes a reader hands it (a block start begins a new run). */
export class RunBuilder implements TextSink {
  readonly runs: Run[] = [];
  /** The live runs the nodes read were in before: what this reading replaces. */
  readonly cut = new Set<Run>();
  private nodes: Text[] = [];
  private texts: string[] = [];
  /** Text nodes and blocks (entered, or read as one string) taken so far. */
  count = 0;

  add(node: Text, text: string, blockStart: boolean): void {
    this.count++;
    const before = liveRunOf(node, false);
    if (before) this.cut.add(before);
    if (blockStart && this.nodes.length > 0) this.close();
    this.nodes.push(node);
    this.texts.push(text);
  }

  block(element: Element, text: string | null): void {
    this.count++;
    const before = (element as Holder)[RUN_OF];
    if (before?.alive) this.cut.add(before);
    if (this.nodes.length > 0) this.close();
    if (text === null || !/\S/.test(text)) return;
    const run = new Run(null, [text], element);
    (element as Holder)[RUN_OF] = run;
    this.runs.push(run);
  }

  /** The runs, the last one closed. */
  finish(): Run[] {
    if (this.nodes.length > 0) this.close();
    return this.runs;
  }

  private close(): void {
    const run = new Run(this.nodes, this.texts);
    for (const node of this.nodes) (node as Holder)[RUN_OF] = run;
    this.runs.push(run);
    this.nodes = [];
    this.texts = [];
  }
}

/** A block read again in a pass: its new runs and the old runs they replace. */
export interface Reread {
  root: Node;
  runs: Run[];
  cut: ReadonlySet<Run>;
}

/** The runs of a frame in reading order, which run holds each text node, and which hold each key. */
export class PageRuns {
  runs: Run[] = [];
  private readonly byKey = new Map<string, Set<Run>>();
  /** Marks runs already taken in one runsTouching call. */
  private stamp = 0;

  /**
   * The live run holding `node` (a text node, or a block read as one string), if any; with
   * `climb` false, only a run of the node's own (for a walk that visits every node anyway).
   */
  runOf(node: Node, climb?: boolean): Run | undefined {
    return liveRunOf(node, climb);
  }

  /** Replaces every run (not matched yet: index them with indexKeys once they are); returns the old. */
  reset(runs: Run[]): Run[] {
    const old = this.runs;
    for (const run of old) run.alive = false;
    this.runs = runs;
    this.byKey.clear();
    runs.forEach((run, i) => (run.pos = i));
    return old;
  }

  /** Files a matched run under the keys its hits touch (page runs only). */
  indexKeys(run: Run, keys: readonly string[]): void {
    run.keys = keys;
    if (!run.alive) return;
    for (const key of keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(run);
    }
  }

  /** The page's runs holding hits that touch these keys, in reading order (do not keep it). */
  runsTouching(keys: ReadonlySet<string>): Run[] {
    const stamp = ++this.stamp;
    const found: Run[] = [];
    for (const key of keys) {
      for (const run of this.byKey.get(key) ?? []) {
        if (run.stamp === stamp) continue;
        run.stamp = stamp;
        found.push(run);
      }
    }
    return found.sort((a, b) => a.pos - b.pos);
  }

  /**
   * Applies one pass's edits at once: drops the `dead` runs and those each re-read block cut,
   * and puts each block's new runs right after the run that precedes the block in the page. That
   * run is found by walking back from the block to the nearest text node in a live run (a new run
   * of another block included), and placed by its `pos`: no comparison of document positions,
   * which costs the browser a walk over all earlier siblings (thousands, in a feed). Returns
   * the first place where the runs changed (the runs before it kept their places).
   */
  apply(dead: ReadonlySet<Run>, rereads: readonly Reread[]): number {
    let removed = 0;
    const drop = (run: Run) => {
      if (!run.alive) return;
      run.alive = false;
      removed++;
      for (const key of run.keys) this.byKey.get(key)?.delete(run);
    };
    for (const run of dead) drop(run);
    for (const { cut } of rereads) for (const run of cut) drop(run);
    const after = new Map<Run | null, Run[][]>();
    for (const { root, runs } of rereads) {
      if (runs.length === 0) continue;
      if (!root.isConnected) {
        for (const run of runs) run.alive = false;
        continue;
      }
      for (const run of runs) this.indexKeys(run, run.keys);
      const anchor = this.precedingRun(root);
      const groups = after.get(anchor);
      if (groups) groups.push(runs);
      else after.set(anchor, [runs]);
    }
    // New runs follow a page run (or the start), or one another in chains: emit each chain after
    // the page run it hangs from, depth first (a burst of appended blocks is one long chain).
    const chainAfter = (anchor: Run | null, out: Run[]) => {
      const stack: Run[] = [];
      const push = (from: Run | null) => {
        const groups = after.get(from);
        if (!groups) return;
        after.delete(from);
        for (let g = groups.length - 1; g >= 0; g--) {
          const group = groups[g]!;
          for (let i = group.length - 1; i >= 0; i--) stack.push(group[i]!);
        }
      };
      push(anchor);
      while (stack.length > 0) {
        const run = stack.pop()!;
        out.push(run);
        push(run);
      }
    };
    const last = this.runs[this.runs.length - 1];
    if (removed === 0 && [...after.keys()].every((a) => a === last || (a && a.pos < 0))) {
      // Appended after the last run (a feed growing), or nothing changed: the array stays.
      const from = this.runs.length;
      chainAfter(last ?? null, this.runs);
      for (let i = from; i < this.runs.length; i++) this.runs[i]!.pos = i;
      return from;
    }
    const anchors = [...after.keys()]
      .filter((a): a is Run | null => a === null || a.pos >= 0)
      .sort((a, b) => (a?.pos ?? -1) - (b?.pos ?? -1));
    const out: Run[] = [];
    let from = 0;
    const keepUpTo = (to: number) => {
      for (let i = from; i < to; i++) if (this.runs[i]!.alive) out.push(this.runs[i]!);
      from = Math.max(from, to);
    };
    for (const anchor of anchors) {
      keepUpTo(anchor === null ? 0 : anchor.pos + 1);
      chainAfter(anchor, out);
    }
    keepUpTo(this.runs.length);
    let movedFrom = 0;
    while (out[movedFrom] !== undefined && out[movedFrom] === this.runs[movedFrom]) movedFrom++;
    for (let i = 0; i < out.length; i++) out[i]!.pos = i;
    this.runs = out;
    return movedFrom;
  }

  /** The live run nearest before `node` in reading order, or null if none. */
  private precedingRun(node: Node): Run | null {
    for (let from: Node = node; ;) {
      const tree = from.getRootNode();
      const walker = (from.ownerDocument ?? (from as Document)).createTreeWalker(tree, 0x4);
      walker.currentNode = from;
      for (let text = walker.previousNode(); text; text = walker.previousNode()) {
        const run = this.runOf(text as Text);
        if (run) return run;
      }
      // Out of a shadow tree: what precedes its host (the host's own children come after).
      const host = (tree as ShadowRoot).host;
      if (!host) return null;
      from = host;
    }
  }
}
