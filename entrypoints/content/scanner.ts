/**
 * The frame's scans, as jobs run in slices (slices.ts): every loop over the page's runs or hits
 * yields every millisecond or so, so a page of any size never gets a long task from us.
 *
 * A full pass reads the page, matches the runs in the viewport first and marks them, then the
 * rest; a change pass re-reads only the blocks the recorded mutations touched, matches their
 * runs, and resolves again only what the change can affect (utils/detect/blocks.ts). Both end by
 * marking: overrides applied, capped, painted, indexed for the card, figures counted.
 */
import { compileCatalogueSteps, type CompiledCatalogue } from '@/utils/detect';
import { keysOfBlock, matchBlockSteps, resolveBlocksSteps } from '@/utils/detect/blocks';
import type { Steps } from '@/utils/detect/steps';
import type { Mention } from '@/utils/detect/types';
import type { PageFigure } from '@/utils/protocol';
import type { PageOverrides } from '@/utils/page-overrides';
import { compareNodes, containsComposed } from './dom-order';
import type { Highlighter } from './highlights';
import { fitsInNode, selectMarks, type MarkCandidate } from './marks';
import {
  applyOverrides,
  indexMentions,
  pageMention,
  type MentionIndex,
  type PageMention,
} from './mentions';
import type { Changes } from './mutations';
import { AFTER_FRAME, type Job } from './slices';
import { PageRuns, Run, RunBuilder } from './page-runs';
import { isInline, readableBlockOf, readPageText, type ReadRoot } from './page-text';

/** What the last pass left on the page. */
export interface ScanResult {
  figures: PageFigure[];
  /** Mentions marked (after the caps). */
  marks: number;
  /** Milliseconds from the pass's start to its end (slices and the page's turns between them). */
  ms: number;
  mentions: MentionIndex;
}

export const EMPTY_SCAN: ScanResult = { figures: [], marks: 0, ms: 0, mentions: indexMentions([]) };

/** An ambiguous mention is marked (dotted) only when a reader could pick from its candidates. */
const MAX_CHOICES = 4;
/** Pages with more runs than this are marked viewport first. */
const VIEWPORT_FIRST_MIN_RUNS = 200;
/** Runs before the viewport matched with it, so its references find their earlier full names. */
const CONTEXT_RUNS = 50;
/** The viewport holds at most this many runs (guards against pages with no layout). */
const MAX_VIEWPORT_RUNS = 400;
/** Records, runs or mentions handled between two yields. */
const ITEMS_PER_STEP = 1024;
/** Text matched between two yields (well under a millisecond of detection). */
const MATCH_UNITS_PER_STEP = 16_384;
/** Text nodes up to this long cannot hold enough names to reach the node budget (marks.ts). */
const LONG_NODE = 600;
/** Past this many touched nodes, reading the page again is cheaper than placing each one. */
const MAX_TOUCHED = 2000;

/** What the scanner needs from its frame. */
export interface ScanHost {
  doc: Document;
  highlighter: Highlighter;
  /** The page's date, for "role as of". */
  date(): string | null;
  overrides(): PageOverrides;
  /** An open shadow root the reader entered (to be watched for changes). */
  enteredShadowRoot(root: ShadowRoot): void;
  /** A long page's viewport is marked; the rest follows. */
  viewportMarked(): void;
}

/** Timings of the last full pass, for the test signal and the benchmark. */
export interface FullPassTimes {
  /** From the pass's start to the viewport's marks (to the end on short pages). */
  viewportMs: number;
  compileMs: number;
  totalMs: number;
}

export class Scanner {
  private compiled: CompiledCatalogue | null = null;
  private readonly page = new PageRuns();
  /** The run at the top of the viewport, as of the last look (marks near it are kept first). */
  private viewportRun = 0;
  result: ScanResult = EMPTY_SCAN;
  /** More mentions than marks: scrolling may call for others. */
  capped = false;
  lastFull: FullPassTimes = { viewportMs: 0, compileMs: 0, totalMs: 0 };

  constructor(private readonly host: ScanHost) {}

  /** Forgets the page and removes every mark. */
  clear(): void {
    this.page.reset([]);
    this.page.lost = [];
    this.host.highlighter.clear();
    this.result = EMPTY_SCAN;
    this.capped = false;
  }

  /** Reads the whole page again; marks the viewport first on long pages. */
  *fullPass(): Job<void> {
    const started = performance.now();
    const root = pageRoot(this.host.doc);
    const builder = new RunBuilder();
    if (root) yield* readPageText(root, builder, (r) => this.host.enteredShadowRoot(r));
    const runs = builder.finish();
    const old = this.page.reset(runs);
    this.page.lost = [];
    yield* reuseMatches(old, runs);
    let compileMs = 0;
    if (runs.length > 0 && !this.compiled) {
      const compileStarted = performance.now();
      this.compiled = (yield* compileCatalogueSteps()).compiled;
      compileMs = performance.now() - compileStarted;
    }
    let viewportMs = -1;
    // Viewport first, when someone can see it: after the browser's own layout (no forced one).
    if (runs.length >= VIEWPORT_FIRST_MIN_RUNS && this.host.doc.visibilityState !== 'hidden') {
      yield AFTER_FRAME;
      const [from, to] = this.viewportWindow();
      const first = runs.slice(Math.max(0, from - CONTEXT_RUNS), to);
      yield* this.matchRuns(first);
      yield* resolveBlocksSteps(this.compiled!, first, this.host.date(), null);
      yield* this.markSteps(started);
      viewportMs = performance.now() - started;
      this.host.viewportMarked();
    }
    yield* this.matchRuns(runs);
    if (this.compiled) yield* resolveBlocksSteps(this.compiled, runs, this.host.date(), null);
    yield* this.markSteps(started);
    const totalMs = performance.now() - started;
    this.lastFull = { viewportMs: viewportMs < 0 ? totalMs : viewportMs, compileMs, totalMs };
  }

  /** Follows recorded changes: re-reads the blocks they touched, resolves what they affect. */
  *changePass(changes: Changes): Job<void> {
    if (changes.overflow || !this.compiled) {
      yield* this.fullPass();
      return;
    }
    const compiled = this.compiled;
    const started = performance.now();
    const changed: Run[] = [];
    const dead = new Set<Run>();
    const touched: Node[] = [];
    let budget = ITEMS_PER_STEP;
    for (const record of changes.records) {
      if (record.type === 'characterData') touched.push(record.target);
      else if (record.type === 'childList') {
        for (const node of record.removedNodes) {
          this.runsIn(node, dead);
          if (joinsProse(node, record.previousSibling, record.nextSibling)) {
            touched.push(record.target);
          }
        }
        for (const node of record.addedNodes) {
          touched.push(node);
          if (joinsProse(node, node.previousSibling, node.nextSibling)) touched.push(record.target);
        }
        budget -= record.addedNodes.length + record.removedNodes.length;
      }
      if (touched.length > MAX_TOUCHED) {
        yield* this.fullPass();
        return;
      }
      if (--budget <= 0) {
        budget = ITEMS_PER_STEP;
        yield;
      }
    }
    this.page.drop(dead);
    for (const run of dead) changed.push(run);
    for (const root of outermost(touched)) {
      if (!root.isConnected) continue;
      const builder = new RunBuilder();
      yield* readPageText(root, builder, (r) => this.host.enteredShadowRoot(r));
      const runs = builder.finish();
      const cut = this.page.replaceInside(root, runs);
      for (const run of yield* reuseMatches(cut, runs)) changed.push(run);
      yield* this.matchRuns(runs);
    }
    for (const run of this.page.lost) changed.push(run);
    this.page.lost = [];
    const keys = new Set<string>();
    for (const run of changed) if (run.matched) keysOfBlock(compiled, run.match, keys);
    if (keys.size > 0) {
      yield* resolveBlocksSteps(compiled, this.page.runs, this.host.date(), keys);
    }
    yield* this.markSteps(started);
  }

  /** Marking again with the current overrides (a reader's correction): no reading, no detection. */
  remarkSteps(): Job<void> {
    return this.markSteps(performance.now());
  }

  /** Looks where the viewport is now and marks the mentions nearest it (when capped). */
  *followViewportSteps(): Job<void> {
    if (!this.capped) return;
    const before = this.viewportRun;
    this.viewportWindow();
    if (this.viewportRun !== before) yield* this.markSteps(performance.now());
  }

  /** Matches the runs not matched yet, yielding every MATCH_UNITS_PER_STEP units of text. */
  private *matchRuns(runs: readonly Run[]): Steps<void> {
    let budget = MATCH_UNITS_PER_STEP;
    for (const run of runs) {
      if (run.matched) continue;
      run.match = yield* matchBlockSteps(this.compiled!, run.text);
      budget -= run.text.length + 64; // each run costs a little beyond its text
      if (budget <= 0) {
        budget = MATCH_UNITS_PER_STEP;
        yield;
      }
    }
  }

  /** Adds the runs holding text nodes under `node` (a removed node) to `into`. */
  private runsIn(node: Node, into: Set<Run>): void {
    if (node.nodeType === 3) {
      const run = this.page.runOf(node as Text);
      if (run) into.add(run);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const walker = (node.ownerDocument ?? this.host.doc).createTreeWalker(node, 0x1 | 0x4);
    for (let n: Node | null = node; n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        const run = this.page.runOf(n as Text);
        if (run) into.add(run);
      } else if (n.nodeType === 1 && (n as Element).shadowRoot) {
        this.runsIn((n as Element).shadowRoot!, into);
      }
    }
  }

  /**
   * The runs in the viewport: a binary search for the first whose text is below the top edge,
   * then forward while above the bottom. Reads layout (one flush at most, usually none at idle).
   */
  private viewportWindow(): [number, number] {
    const runs = this.page.runs;
    const view = this.host.doc.defaultView;
    if (!view || runs.length === 0) return [0, runs.length];
    const probe = this.host.doc.createRange();
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
    const height = view.innerHeight;
    let to = lo;
    while (to < runs.length && to - lo < MAX_VIEWPORT_RUNS) {
      const rect = rectOf(runs[to]!);
      if (rect.top > height && rect.height > 0) break;
      to++;
    }
    probe.detach();
    this.viewportRun = Math.min(lo, runs.length - 1);
    return [lo, Math.max(to, lo + 1)];
  }

  /** Applies overrides, caps, paints and indexes the marks; counts figures over every mention. */
  private *markSteps(started: number): Steps<void> {
    const overrides = this.host.overrides();
    const plain = overrides.chosen.length === 0 && overrides.notThis.length === 0;
    const runs = this.page.runs;
    const candidates: Candidate[] = [];
    const counts = new Map<string, number>();
    const perNode = new Map<Text, number>();
    let budget = ITEMS_PER_STEP;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const verdicts = run.verdicts;
      budget -= 1 + verdicts.length;
      if (budget <= 0) {
        budget = ITEMS_PER_STEP;
        yield;
      }
      for (let h = 0; h < verdicts.length; h++) {
        const verdict = verdicts[h];
        if (!verdict) continue;
        const shown = plain ? verdict : applyOverrides(verdict, overrides);
        if (!shown) continue;
        const { figureId } = shown;
        const choices = shown.candidates?.length ?? 0;
        if (!figureId && (choices < 2 || choices > MAX_CHOICES)) continue;
        if (figureId) counts.set(figureId, (counts.get(figureId) ?? 0) + 1);
        // Counted, but marked only while its text node can take the repaint (marks.ts). Short
        // nodes cannot hold enough names to matter: only long ones are counted.
        const at = run.nodes.length === 1 ? 0 : run.nodeIndexAt(run.match.hits[h]!.start);
        const length = run.nodeLength(at);
        if (length > LONG_NODE) {
          const node = run.nodes[at]!;
          const inNode = perNode.get(node) ?? 0;
          if (!fitsInNode(length, inNode)) continue;
          perNode.set(node, inNode + 1);
        }
        candidates.push({ run: r, who: figureId ?? shown.candidates!.join(), hit: h, shown });
      }
    }
    yield;
    const chosen = selectMarks(candidates, this.viewportRun);
    this.capped = chosen.length < candidates.length;
    yield;
    const linked: StaticRange[] = [];
    const ambiguous: StaticRange[] = [];
    const mentions: PageMention[] = [];
    for (const i of chosen) {
      const { run: r, hit, shown } = candidates[i]!;
      const { figureId, candidates: maybe, text } = shown;
      const mark = runs[r]!.markOf(hit);
      const range = mark.range;
      const sig = figureId ?? `?${maybe!.join()}`;
      if (mark.sig !== sig || !mark.mention) {
        mark.sig = sig;
        mark.mention = pageMention(range, {
          text,
          kind: shown.kind,
          figureId,
          candidates: figureId ? undefined : maybe,
        });
      }
      (figureId ? linked : ambiguous).push(range);
      mentions.push(mark.mention);
    }
    yield;
    this.host.highlighter.paint(linked, ambiguous);
    this.result = {
      figures: [...counts]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
      marks: mentions.length,
      ms: performance.now() - started,
      mentions: indexMentions(mentions),
    };
  }
}

/** A mention that may be marked: its run (index) and hit, and who it names after the overrides. */
interface Candidate extends MarkCandidate {
  hit: number;
  shown: Mention;
}

/** Where a page's prose is: its body (or the root element of a document without one). */
function pageRoot(doc: Document): ReadRoot | null {
  return doc.body ?? doc.documentElement;
}

/**
 * Carries detection over from runs read before to new runs with the same nodes and text (a
 * block read again, mostly unchanged). Returns the runs whose hits resolution has not seen in
 * this place: new runs, and the old runs that are gone (all of them if the order changed).
 */
function* reuseMatches(old: readonly Run[], runs: readonly Run[]): Steps<Run[]> {
  const byFirst = new Map<Text, { run: Run; at: number }>();
  for (let at = 0; at < old.length; at++) {
    byFirst.set(old[at]!.nodes[0]!, { run: old[at]!, at });
    if (at % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const changed: Run[] = [];
  const kept = new Set<Run>();
  let lastAt = -1;
  let inOrder = true;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const before = byFirst.get(run.nodes[0]!);
    if (before && before.run.text === run.text && sameNodes(before.run, run)) {
      run.match = before.run.match;
      run.verdicts = before.run.verdicts;
      run.marks = before.run.marks;
      kept.add(before.run);
      if (before.at < lastAt) inOrder = false;
      lastAt = before.at;
    } else changed.push(run);
  }
  if (!inOrder) return [...old, ...runs];
  for (const run of old) if (!kept.has(run)) changed.push(run);
  return changed;
}

function sameNodes(a: Run, b: Run): boolean {
  if (a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  return true;
}

/**
 * Whether adding or removing `node` between these siblings changes a line of prose around it:
 * text, or an inline element, or a block dropped between two pieces of one line.
 */
function joinsProse(node: Node, previous: Node | null, next: Node | null): boolean {
  if (node.nodeType === 3) return true;
  if (node.nodeType !== 1) return false;
  return isProse(node) || isProse(previous) || isProse(next);
}

function isProse(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === 3) return /\S/.test((node as Text).data);
  return node.nodeType === 1 && isInline(node as Element);
}

/** The blocks to read again for these touched nodes: readable, outermost only, in reading order. */
function outermost(touched: readonly Node[]): ReadRoot[] {
  const known = new Map<Node, boolean>();
  const roots = new Set<ReadRoot>();
  for (const node of touched) {
    const root = readableBlockOf(node, known);
    if (root) roots.add(root);
  }
  const sorted = [...roots].sort(compareNodes);
  const out: ReadRoot[] = [];
  for (const root of sorted) {
    const last = out[out.length - 1];
    if (!last || !containsComposed(last, root)) out.push(root);
  }
  return out;
}
