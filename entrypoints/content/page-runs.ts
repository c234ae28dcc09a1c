/**
 * The page as the scanner keeps it: runs of prose (the text nodes of one block, which no name
 * crosses) in reading order, each with its detection hits and verdicts (utils/detect/blocks.ts).
 * A change re-reads only the blocks it touched: their old runs are cut out and the new ones put
 * in their place, found by binary search in document order.
 */
import type { BlockHits, ResolvedBlock } from '@/utils/detect/blocks';
import type { Mention } from '@/utils/detect/types';
import { compareNodes, containsComposed } from './dom-order';
import type { PageMention } from './mentions';
import type { TextSink } from './page-text';

/** A marked hit: where it is painted, and its entry in the card's index (made when first marked). */
export interface RunMark {
  range: StaticRange;
  mention?: PageMention;
  /** Who the entry names (it is made again when that changes). */
  sig?: string;
}

/** One block's text nodes, read together. */
export class Run implements ResolvedBlock {
  /** The block's text: its nodes' texts joined. */
  readonly text: string;
  /** Where each node's text starts in `text`. */
  readonly starts: number[];
  /** Detection hits (null until matched). */
  match: BlockHits = UNMATCHED;
  verdicts: (Mention | null)[] = [];
  /** False once the run was cut from the page (its nodes may still point at it). */
  alive = true;
  /** Per hit: the painted place and the index entry, made when first marked. */
  marks: Map<number, RunMark> | null = null;

  constructor(
    readonly nodes: readonly Text[],
    texts: readonly string[],
  ) {
    const starts: number[] = [];
    let at = 0;
    for (const t of texts) {
      starts.push(at);
      at += t.length;
    }
    this.starts = starts;
    this.text = texts.join('');
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
      const [startContainer, startOffset] = this.pointAt(hit.start, false);
      const [endContainer, endOffset] = this.pointAt(hit.end, true);
      mark = {
        range: new StaticRange({ startContainer, startOffset, endContainer, endOffset }),
      };
      this.marks.set(h, mark);
    }
    return mark;
  }
}

const UNMATCHED: BlockHits = { length: 0, hits: [], texts: [] };

/**
 * The run a text node was last read into, kept on the node's wrapper in our isolated world (the
 * page never sees it): a WeakMap of 100,000 nodes made every garbage collection slow. A run cut
 * from the page is marked dead rather than unlinked from its nodes.
 */
const RUN_OF = Symbol('run');

/** Builds runs from the text nodes a reader hands it (a block start begins a new run). */
export class RunBuilder implements TextSink {
  readonly runs: Run[] = [];
  private nodes: Text[] = [];
  private texts: string[] = [];

  add(node: Text, text: string, blockStart: boolean): void {
    if (blockStart && this.nodes.length > 0) this.close();
    this.nodes.push(node);
    this.texts.push(text);
  }

  /** The runs, the last one closed. */
  finish(): Run[] {
    if (this.nodes.length > 0) this.close();
    return this.runs;
  }

  private close(): void {
    const run = new Run(this.nodes, this.texts);
    for (const node of this.nodes) (node as Partial<Record<typeof RUN_OF, Run>>)[RUN_OF] = run;
    this.runs.push(run);
    this.nodes = [];
    this.texts = [];
  }
}

/** The runs of a frame in reading order, and which run each text node is in. */
export class PageRuns {
  runs: Run[] = [];
  /** Runs dropped because their text left the page unrecorded (their hits need resolving out). */
  lost: Run[] = [];

  /** The live run holding `node`, if any. */
  runOf(node: Text): Run | undefined {
    const run = (node as Partial<Record<typeof RUN_OF, Run>>)[RUN_OF];
    return run?.alive ? run : undefined;
  }

  /** Replaces every run; returns the old ones. */
  reset(runs: Run[]): Run[] {
    const old = this.runs;
    for (const run of old) run.alive = false;
    this.runs = runs;
    return old;
  }

  /**
   * Puts `runs` (read from `root`) in place of the runs inside `root`; returns the runs it cut.
   * The runs left must be in the page: drop() removed runs first.
   */
  replaceInside(root: Node, runs: Run[]): Run[] {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const first = this.runs[mid]!.nodes[0]!;
      if (!first.isConnected) {
        this.dropDisconnected(); // a node left the page after its removal was recorded: tidy up, retry
        return this.replaceInside(root, runs);
      }
      if (compareNodes(first, root) < 0)
        lo = mid + 1; // before root (root precedes what it holds)
      else hi = mid;
    }
    let end = lo;
    while (end < this.runs.length && containsComposed(root, this.runs[end]!.nodes[0]!)) end++;
    // Not splice(lo, n, ...runs): a call with 100,000 arguments overflows the stack.
    const cut = this.runs.slice(lo, end);
    this.runs = [...this.runs.slice(0, lo), ...runs, ...this.runs.slice(end)];
    for (const run of cut) run.alive = false;
    return cut;
  }

  /** Removes these runs. */
  drop(dead: ReadonlySet<Run>): void {
    if (dead.size === 0) return;
    this.runs = this.runs.filter((run) => !dead.has(run));
    for (const run of dead) run.alive = false;
  }

  /** Removes runs whose first node is no longer in the page (kept in `lost`). */
  private dropDisconnected(): void {
    this.runs = this.runs.filter((run) => {
      if (run.nodes[0]!.isConnected) return true;
      run.alive = false;
      this.lost.push(run);
      return false;
    });
  }
}
