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
import type { PageFigure } from '@/utils/protocol';
import type { PageOverrides } from '@/utils/page-overrides';
import type { Highlighter } from './highlights';
import {
  fitsInNode,
  MAX_MARKS,
  MAX_MARKS_PER_FIGURE,
  selectMarks,
  type MarkCandidate,
} from './marks';
import {
  applyOverrides,
  indexMentions,
  pageMention,
  type MentionIndex,
  type PageMention,
} from './mentions';
import { compareNodes } from './dom-order';
import type { Changes } from './mutations';
import { AFTER_FRAME, type Job } from './slices';
import { PageRuns, Run, RunBuilder, type Reread, type Shown } from './page-runs';
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

/** Reading steps (of 128 nodes) after which a page counts as long: its viewport is marked first. */
const PREVIEW_AFTER_STEPS = 32;
/** Text nodes read for the viewport's first marks at most. */
const PREVIEW_MAX_NODES = 600;
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
  /** Reading the page's text; compiling the catalogue; waiting for a frame before reading layout. */
  readMs: number;
  compileMs: number;
  frameWaitMs: number;
  totalMs: number;
}

export class Scanner {
  private compiled: CompiledCatalogue | null = null;
  private readonly page = new PageRuns();
  /** The run at the top of the viewport, as of the last look (marks near it are kept first). */
  private viewportRun = 0;
  result: ScanResult = EMPTY_SCAN;
  /** Linked mentions per figure, shown mentions per person and in all (see markSteps). */
  private readonly counts = new Map<string, number>();
  private readonly perWho = new Map<string, number>();
  private shownTotal = 0;
  /** The overrides the marks were made with, and whether every shown mention is painted. */
  private markedWith: PageOverrides | null = null;
  private paintedAll = false;
  /** More mentions than marks: scrolling may call for others. */
  capped = false;
  lastFull: FullPassTimes = { viewportMs: 0, readMs: 0, compileMs: 0, frameWaitMs: 0, totalMs: 0 };

  constructor(private readonly host: ScanHost) {}

  /** Forgets the page and removes every mark. */
  clear(): void {
    this.page.reset([]);
    this.host.highlighter.clear();
    this.counts.clear();
    this.perWho.clear();
    this.shownTotal = 0;
    this.markedWith = null;
    this.paintedAll = false;
    this.result = EMPTY_SCAN;
    this.capped = false;
  }

  /**
   * Reads the whole page again. On a long page (still reading after PREVIEW_AFTER_STEPS steps)
   * what the reader sees is marked first: the blocks under a few points of the viewport, read,
   * detected and painted on their own, then the rest, which replaces them.
   */
  *fullPass(): Job<void> {
    const started = performance.now();
    const doc = this.host.doc;
    const root = pageRoot(doc);
    let compileMs = 0;
    if (!this.compiled && root && hasText(root)) {
      this.compiled = (yield* compileCatalogueSteps()).compiled;
      compileMs = performance.now() - started;
    }
    const builder = new RunBuilder();
    let preview: Run[] = [];
    let viewportMs = -1;
    let frameWaitMs = 0;
    let previewMs = 0;
    if (root) {
      const reading = readPageText(root, builder, (r) => this.host.enteredShadowRoot(r));
      let steps = 0;
      for (let step = reading.next(); !step.done; step = reading.next()) {
        yield;
        if (++steps !== PREVIEW_AFTER_STEPS || !this.compiled || doc.visibilityState === 'hidden') {
          continue;
        }
        const previewStarted = performance.now();
        yield AFTER_FRAME; // the browser lays the page out in its own frame, not in our task
        frameWaitMs = performance.now() - previewStarted;
        preview = yield* this.previewViewport(started);
        previewMs = performance.now() - previewStarted;
        if (preview.length > 0) {
          viewportMs = performance.now() - started;
          this.host.viewportMarked();
        }
      }
    }
    const runs = builder.finish();
    const readMs = performance.now() - started - compileMs - previewMs;
    const old = this.page.reset(runs);
    yield* reuseMatches([...old, ...preview], runs);
    // The viewport, for the caps: where the preview's first block is now.
    const seen = preview.length > 0 ? this.page.runOf(preview[0]!.nodes[0]!) : undefined;
    for (const run of preview) run.alive = false;
    this.viewportRun = seen?.pos ?? 0;
    if (!this.compiled && runs.length > 0) {
      const compileStarted = performance.now();
      this.compiled = (yield* compileCatalogueSteps()).compiled;
      compileMs = performance.now() - compileStarted;
    }
    yield* this.matchRuns(runs);
    for (let i = 0; i < runs.length; i++) {
      this.page.indexKeys(runs[i]!, runs[i]!.keys);
      if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    }
    if (this.compiled) yield* resolveBlocksSteps(this.compiled, runs, this.host.date(), null);
    yield* this.markSteps(started, { everything: true });
    const totalMs = performance.now() - started;
    this.lastFull = {
      viewportMs: viewportMs < 0 ? totalMs : viewportMs,
      readMs,
      compileMs,
      frameWaitMs,
      totalMs,
    };
  }

  /**
   * Marks what is on screen before the rest of a long page: the blocks under a grid of points of
   * the viewport (layout is fresh: the caller waited for a frame), at most PREVIEW_MAX_NODES text
   * nodes, detected on their own (references to names above the fold are settled by the full
   * pass). Returns the runs it read.
   */
  private *previewViewport(started: number): Job<Run[]> {
    const doc = this.host.doc;
    const view = doc.defaultView;
    if (!view || !this.compiled) return [];
    const hits: Node[] = [];
    for (let row = 0; row < 8; row++) {
      for (const across of [0.25, 0.5]) {
        const y = (view.innerHeight * (row + 0.5)) / 8;
        const block = blockAtPoint(doc, view.innerWidth * across, y);
        if (block) hits.push(block);
      }
    }
    const roots = viewportBlocks(outermost(hits).filter((r) => r !== doc && r !== doc.body));
    const builder = new RunBuilder();
    for (const root of roots) {
      if (builder.count >= PREVIEW_MAX_NODES) break;
      const reading = readPageText(root, builder);
      while (builder.count < PREVIEW_MAX_NODES && !reading.next().done) yield;
    }
    const runs = builder.finish();
    yield* this.matchRuns(runs);
    yield* resolveBlocksSteps(this.compiled, runs, this.host.date(), null);
    const overrides = this.host.overrides();
    const counts = new Map<string, number>();
    const candidates: (MarkCandidate & { shown: Shown })[] = [];
    runs.forEach((run, r) => {
      run.shown = shownBy(run, overrides);
      run.shownRevision = run.revision ?? 0;
      for (const shown of run.shown) {
        if (shown.linked) counts.set(shown.who, (counts.get(shown.who) ?? 0) + 1);
        if (shown.drawn) candidates.push({ run: r, who: shown.who, shown });
      }
    });
    yield;
    const linked: StaticRange[] = [];
    const ambiguous: StaticRange[] = [];
    const entries: PageMention[] = [];
    for (const i of selectMarks(candidates, 0)) {
      const { run, shown } = candidates[i]!;
      const entry = indexEntry(runs[run]!, shown);
      (shown.linked ? linked : ambiguous).push(entry.staticRange);
      entries.push(entry);
    }
    this.host.highlighter.paint(linked, ambiguous);
    this.paintedAll = false; // what follows repaints everything
    this.result = {
      figures: figureList(counts),
      marks: entries.length,
      ms: performance.now() - started,
      mentions: indexMentions(entries),
    };
    return runs;
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
    for (const run of dead) changed.push(run);
    const rereads: Reread[] = [];
    for (const root of outermost(touched)) {
      if (!root.isConnected) continue;
      const builder = new RunBuilder();
      yield* readPageText(root, builder, (r) => this.host.enteredShadowRoot(r));
      const runs = builder.finish();
      rereads.push({ root, runs, cut: builder.cut });
      for (const run of yield* reuseMatches([...builder.cut], runs)) changed.push(run);
      yield* this.matchRuns(runs);
    }
    this.page.apply(dead, rereads);
    // Resolve again only the runs holding hits of the keys the change touched (the others'
    // verdicts cannot change), and mark again only those whose verdicts did.
    const keys = new Set<string>();
    for (const run of changed) for (const key of run.keys) keys.add(key);
    const relevant = keys.size > 0 ? this.page.runsTouching(keys) : [];
    const revisions = relevant.map((run) => run.revision);
    if (relevant.length > 0) yield* resolveBlocksSteps(compiled, relevant, this.host.date(), keys);
    const remark = relevant.filter((run, i) => run.revision !== revisions[i] || !run.shown);
    for (const { runs } of rereads) for (const run of runs) if (!run.shown) remark.push(run);
    const gone = [...dead];
    for (const { cut } of rereads) for (const run of cut) gone.push(run);
    yield* this.markSteps(started, { gone, changed: remark });
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
    if (this.viewportRun !== before) yield* this.markSteps(performance.now(), { everything: true });
  }

  /** Matches the runs not matched yet, yielding every MATCH_UNITS_PER_STEP units of text. */
  private *matchRuns(runs: readonly Run[]): Steps<void> {
    let budget = MATCH_UNITS_PER_STEP;
    for (const run of runs) {
      if (run.matched) continue;
      run.match = yield* matchBlockSteps(this.compiled!, run.text);
      const keys = new Set<string>();
      keysOfBlock(this.compiled!, run.match, keys);
      run.keys = [...keys];
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

  /**
   * Applies overrides, caps, paints and indexes the marks; counts figures over every mention.
   * Runs cache what they show: after a change only the runs it `changed` and those that left the
   * page (`gone`) are looked at again, and the highlight is edited by the difference. New
   * overrides, a capped page or `everything` recompute and repaint it all. The card's index is
   * built when the card asks for it.
   */
  private *markSteps(
    started: number,
    {
      gone = [],
      changed = [],
      everything = false,
    }: { gone?: readonly Run[]; changed?: readonly Run[]; everything?: boolean } = {},
  ): Steps<void> {
    const overrides = this.host.overrides();
    const fresh = everything || overrides !== this.markedWith || !this.paintedAll;
    const runs = this.page.runs;
    if (fresh) {
      this.counts.clear();
      this.perWho.clear();
      this.shownTotal = 0;
    }
    const removed: StaticRange[] = [];
    const added: [Run, Shown][] = [];
    const forget = (run: Run) => {
      for (const shown of run.shown!) {
        const mark = run.marks?.get(shown.hit);
        if (mark) removed.push(mark.range);
        this.tally(shown, -1);
      }
      run.shown = null;
    };
    const look = (run: Run) => {
      const revision = run.revision ?? 0;
      if (!fresh && run.shown && run.shownRevision === revision) return;
      if (!fresh && run.shown) forget(run);
      const shown = shownBy(run, overrides);
      for (const s of shown) {
        this.tally(s, 1);
        added.push([run, s]);
      }
      run.shown = shown;
      run.shownRevision = revision;
    };
    let budget = ITEMS_PER_STEP;
    if (!fresh) for (const run of gone) if (run.shown) forget(run);
    for (const run of fresh ? runs : new Set(changed)) {
      if (!run.alive) continue;
      budget -= 1 + run.verdicts.length;
      if (budget <= 0) {
        budget = ITEMS_PER_STEP;
        yield;
      }
      look(run);
    }
    this.markedWith = overrides;
    let over = this.shownTotal > MAX_MARKS;
    for (const n of this.perWho.values()) if (n > MAX_MARKS_PER_FIGURE) over = true;
    let marks: number;
    let mentions: () => PageMention[];
    if (fresh || over) {
      yield;
      // Everything chosen again: capped pages keep the marks nearest the viewport.
      const candidates: (MarkCandidate & { shown: Shown })[] = [];
      runs.forEach((run, r) => {
        for (const shown of run.shown ?? []) {
          if (shown.drawn) candidates.push({ run: r, who: shown.who, shown });
        }
      });
      yield;
      const chosen = selectMarks(candidates, this.viewportRun);
      this.capped = chosen.length < candidates.length;
      yield;
      const linked: StaticRange[] = [];
      const ambiguous: StaticRange[] = [];
      const entries: PageMention[] = [];
      for (const i of chosen) {
        const { run, shown } = candidates[i]!;
        const entry = indexEntry(runs[run]!, shown);
        (shown.linked ? linked : ambiguous).push(entry.staticRange);
        entries.push(entry);
      }
      yield;
      this.host.highlighter.paint(linked, ambiguous);
      this.paintedAll = !this.capped;
      marks = entries.length;
      mentions = () => entries;
    } else {
      const linked: StaticRange[] = [];
      const ambiguous: StaticRange[] = [];
      for (const [run, shown] of added) {
        if (shown.drawn)
          (shown.linked ? linked : ambiguous).push(indexEntry(run, shown).staticRange);
      }
      this.host.highlighter.update(linked, ambiguous, removed);
      this.capped = false;
      marks = this.shownTotal;
      mentions = () => {
        const entries: PageMention[] = [];
        for (const run of runs) {
          for (const shown of run.shown ?? [])
            if (shown.drawn) entries.push(indexEntry(run, shown));
        }
        return entries;
      };
    }
    let index: MentionIndex | undefined;
    this.result = {
      figures: figureList(this.counts),
      marks,
      ms: performance.now() - started,
      get mentions() {
        index ??= indexMentions(mentions());
        return index;
      },
    };
  }

  /** Counts a shown hit in (+1) or out (-1) of the figures and, if drawn, of the caps. */
  private tally(shown: Shown, delta: number): void {
    if (shown.linked) this.counts.set(shown.who, (this.counts.get(shown.who) ?? 0) + delta);
    if (!shown.drawn) return;
    this.perWho.set(shown.who, (this.perWho.get(shown.who) ?? 0) + delta);
    this.shownTotal += delta;
  }
}

/** An ambiguous mention is marked (dotted) only when a reader could pick from its candidates. */
const MAX_CHOICES = 4;

/**
 * What a run shows: its mentions as the reader's overrides leave them, linked or ambiguous (two
 * to MAX_CHOICES candidates), and only as many per text node as the node can take (marks.ts).
 */
function shownBy(run: Run, overrides: PageOverrides): Shown[] {
  const plain = overrides.chosen.length === 0 && overrides.notThis.length === 0;
  const out: Shown[] = [];
  let perNode: Map<number, number> | undefined;
  const verdicts = run.verdicts;
  for (let h = 0; h < verdicts.length; h++) {
    const verdict = verdicts[h];
    if (!verdict) continue;
    const mention = plain ? verdict : applyOverrides(verdict, overrides);
    if (!mention) continue;
    const { figureId } = mention;
    const choices = mention.candidates?.length ?? 0;
    if (!figureId && (choices < 2 || choices > MAX_CHOICES)) continue;
    // Short nodes cannot hold enough names to reach the budget: only long ones are counted.
    const at = run.nodes.length === 1 ? 0 : run.nodeIndexAt(run.match.hits[h]!.start);
    const length = run.nodeLength(at);
    let drawn = true;
    if (length > LONG_NODE) {
      perNode ??= new Map();
      const inNode = perNode.get(at) ?? 0;
      drawn = fitsInNode(length, inNode);
      if (drawn) perNode.set(at, inNode + 1);
    }
    const who = figureId ?? mention.candidates!.join();
    out.push({ hit: h, who, linked: !!figureId, drawn, mention });
  }
  return out;
}

/** The card's index entry for a shown hit (made again only when who it names changes). */
function indexEntry(run: Run, shown: Shown): PageMention {
  const mark = run.markOf(shown.hit);
  const { figureId, candidates, text } = shown.mention;
  const sig = figureId ?? `?${candidates!.join()}`;
  if (mark.sig !== sig || !mark.mention) {
    mark.sig = sig;
    mark.mention = pageMention(mark.range, {
      text,
      kind: shown.mention.kind,
      figureId,
      candidates: figureId ? undefined : candidates,
    });
  }
  return mark.mention;
}

/** Figures and their counts, most mentioned first. */
function figureList(counts: ReadonlyMap<string, number>): PageFigure[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
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

/** Whether a page has any text at all (before paying for the catalogue). */
function hasText(root: ReadRoot): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/\S/.test((n as Text).data)) return true;
  return false;
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

/** The blocks to read again for these touched nodes: readable, and only the outermost of nested ones. */
function outermost(touched: readonly Node[]): ReadRoot[] {
  const known = new Map<Node, boolean>();
  const roots = new Set<ReadRoot>();
  for (const node of touched) {
    const root = readableBlockOf(node, known);
    if (root) roots.add(root);
  }
  // A root inside another is read with it. Whether a node lies under some root is remembered
  // on the way up, so each ancestor is looked at once however many roots share it.
  const under = new Map<Node, boolean>();
  const isUnderRoot = (start: Node): boolean => {
    const climbed: Node[] = [];
    let verdict = false;
    for (let n = parentComposed(start); n; n = parentComposed(n)) {
      const memo = under.get(n);
      if (memo !== undefined) {
        verdict = memo;
        break;
      }
      climbed.push(n);
      if (roots.has(n as ReadRoot)) {
        verdict = true;
        break;
      }
    }
    for (const n of climbed) under.set(n, verdict || roots.has(n as ReadRoot));
    return verdict;
  };
  return [...roots].filter((root) => !isUnderRoot(root));
}

/** The parent in reading order: a shadow root's parent is its host. */
function parentComposed(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}
