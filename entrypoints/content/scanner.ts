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
import { ALL_KEYS, keysOfBlock, matchBlockSteps, resolveBlocksSteps } from '@/utils/detect/blocks';
import type { Steps } from '@/utils/detect/steps';
import type { PageOverrides } from '@/utils/page-overrides';
import { hasText, joinsProse, outermostSteps, pageRoot, reuseMatches } from './changes';
import type { Highlighter } from './highlights';
import { EMPTY_SCAN, Marker, type MarkChanges, type ScanResult } from './marking';
import type { Changes } from './mutations';
import { PageRuns, Run, RunBuilder, type Reread } from './page-runs';
import { readPageText } from './page-text';
import { AFTER_FRAME, frameRendered, notePhase, type Job } from './slices';
import { blocksOnScreen, firstRunInViewport } from './viewport';

export { EMPTY_SCAN, type ScanResult } from './marking';

/** Reading steps (of 128 nodes) after which a page counts as long: its viewport is marked first. */
const PREVIEW_AFTER_STEPS = 32;
/** Text nodes read for the viewport's first marks at most. */
const PREVIEW_MAX_NODES = 600;
/** Records, runs or mentions handled between two yields. */
const ITEMS_PER_STEP = 512;
/** Text matched between two yields (well under a millisecond of detection, cold code included). */
const MATCH_UNITS_PER_STEP = 4096;
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
  private readonly marker: Marker;
  result: ScanResult = EMPTY_SCAN;
  lastFull: FullPassTimes = { viewportMs: 0, readMs: 0, compileMs: 0, frameWaitMs: 0, totalMs: 0 };
  /** Where the last change pass spent its time (ms, yields included) and how much it resolved. */
  lastChange: Record<string, number> = {};

  /** Test builds: time spent in the highlighter since the last change pass began (ms). */
  private readonly paint = { ms: 0 };

  constructor(private readonly host: ScanHost) {
    this.marker = new Marker(
      import.meta.env.MODE === 'test' ? timed(host.highlighter, this.paint) : host.highlighter,
    );
  }

  /** More mentions than marks: scrolling may call for others. */
  get capped(): boolean {
    return this.marker.capped;
  }

  /** Forgets the page and removes every mark. */
  clear(): void {
    this.page.reset([]);
    this.marker.clear();
    this.result = EMPTY_SCAN;
  }

  /** Marks the page's runs (marking.ts) and keeps what it says. */
  private *markSteps(started: number, changes: MarkChanges = {}): Steps<void> {
    const { runs } = this.page;
    const overrides = this.host.overrides();
    this.result = yield* this.marker.mark(runs, overrides, this.viewportRun, started, changes);
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
    notePhase('full:compile');
    if (!this.compiled && root && hasText(root)) {
      this.compiled = (yield* compileCatalogueSteps()).compiled;
      compileMs = performance.now() - started;
    }
    const builder = new RunBuilder();
    let preview: Run[] = [];
    let viewportMs = -1;
    let frameWaitMs = 0;
    let previewMs = 0;
    // Each phase begins a step of its own: on a short page no phase yields inside, and while the
    // code is still cold the whole pass in one step took up to 54 ms (a hostile e2e page).
    yield;
    notePhase('full:read');
    if (root) {
      const reading = readPageText(root, builder, (r) => this.host.enteredShadowRoot(r), true);
      let steps = 0;
      for (let step = reading.next(); !step.done; step = reading.next()) {
        yield;
        if (++steps !== PREVIEW_AFTER_STEPS || !this.compiled || doc.visibilityState === 'hidden') {
          continue;
        }
        const previewStarted = performance.now();
        yield AFTER_FRAME; // the browser lays the page out in its own frame, not in our task
        frameWaitMs = performance.now() - previewStarted;
        // No frame came (the page busy with a long task of its own): its layout may be stale,
        // and reading it here would lay a long page out in our task. The rest is marked as usual.
        if (!frameRendered) continue;
        notePhase('full:preview');
        preview = yield* this.previewViewport(started);
        notePhase('full:read');
        previewMs = performance.now() - previewStarted;
        if (preview.length > 0) {
          viewportMs = performance.now() - started;
          this.host.viewportMarked();
        }
      }
    }
    notePhase('full:finish-read');
    const runs = builder.finish();
    const readMs = performance.now() - started - compileMs - previewMs;
    const old = this.page.reset(runs);
    yield* reuseMatches([...old, ...preview], runs);
    // The viewport, for the caps: where the preview's first block is now.
    const seen = preview.length > 0 ? this.page.runOf(preview[0]!.anchor) : undefined;
    for (const run of preview) run.alive = false;
    this.viewportRun = seen?.pos ?? 0;
    if (!this.compiled && runs.length > 0) {
      const compileStarted = performance.now();
      this.compiled = (yield* compileCatalogueSteps()).compiled;
      compileMs = performance.now() - compileStarted;
    }
    yield;
    notePhase('full:match');
    yield* this.matchRuns(runs);
    notePhase('full:index');
    for (let i = 0; i < runs.length; i++) {
      this.page.indexKeys(runs[i]!, runs[i]!.keys);
      if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    }
    yield;
    notePhase('full:resolve');
    // Under every key, so that the listing stays for a feed's appends (see changePass).
    if (this.compiled) yield* resolveBlocksSteps(this.compiled, runs, this.host.date(), ALL_KEYS);
    yield;
    notePhase('full:mark');
    yield* this.markSteps(started, { everything: true });
    // An empty change pass, in a step of its own: the page's first change after this pass does
    // not wait for the change pass's code to be compiled (its third batch of appends no longer
    // stood out either: 1.3 ms instead of 3.1–4.0 on the page bench's archive).
    yield;
    if (this.compiled) yield* this.changePass({ records: [], overflow: false, seen: 0 });
    notePhase('');
    if (import.meta.env.MODE !== 'test') return; // the timings are for the test signal
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
   * Marks what is on screen before the rest of a long page: the blocks filling the viewport
   * (layout is fresh: the caller waited for a frame), at most PREVIEW_MAX_NODES text nodes,
   * detected on their own (references to names above the fold are settled by the full pass).
   * Returns the runs it read.
   */
  private *previewViewport(started: number): Job<Run[]> {
    if (!this.compiled) return [];
    const builder = new RunBuilder();
    for (const root of blocksOnScreen(this.host.doc)) {
      if (builder.count >= PREVIEW_MAX_NODES) break;
      const reading = readPageText(root, builder, undefined, true);
      while (builder.count < PREVIEW_MAX_NODES && !reading.next().done) yield;
    }
    const runs = builder.finish();
    yield* this.matchRuns(runs);
    yield* resolveBlocksSteps(this.compiled, runs, this.host.date(), null);
    this.result = yield* this.marker.preview(runs, this.host.overrides(), started);
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
    this.paint.ms = 0;
    // Test builds time each phase (bench/page.ts reports them).
    let lap = started;
    const times: Record<string, number> = {};
    const phase = (name: string) => {
      if (import.meta.env.MODE !== 'test') return;
      const now = performance.now();
      times[name] = now - lap;
      lap = now;
    };
    notePhase('change:records');
    const changed: Run[] = [];
    const dead = new Set<Run>();
    const touched: Node[] = [];
    let budget = ITEMS_PER_STEP;
    for (const record of changes.records) {
      if (record.type === 'characterData') touched.push(record.target);
      else if (record.type === 'childList') {
        // NodeLists read by index: iterating them walks an iterator per node.
        const { addedNodes, removedNodes } = record;
        for (let i = 0; i < removedNodes.length; i++) {
          const node = removedNodes[i]!;
          this.runsIn(node, dead);
          if (joinsProse(node, record.previousSibling, record.nextSibling)) {
            touched.push(record.target);
          }
        }
        for (let i = 0; i < addedNodes.length; i++) {
          const node = addedNodes[i]!;
          touched.push(node);
          if (joinsProse(node, node.previousSibling, node.nextSibling)) touched.push(record.target);
        }
        budget -= addedNodes.length + removedNodes.length;
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
    phase('recordsMs');
    notePhase('change:read');
    const rereads: Reread[] = [];
    const roots = yield* outermostSteps(touched);
    const entered = (r: ShadowRoot) => this.host.enteredShadowRoot(r);
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i]!;
      if (!root.isConnected) continue;
      const builder = new RunBuilder();
      yield* readPageText(root, builder, entered);
      // Roots side by side (a feed's new paragraphs) are read as one: the same runs (each root
      // starts its own), placed after one anchor instead of one found per root.
      while (i + 1 < roots.length && nextTo(roots[i]!, roots[i + 1]!)) {
        yield* readPageText(roots[++i]!, builder, entered);
      }
      const runs = builder.finish();
      rereads.push({ root, runs, cut: builder.cut });
      // A block new to the page (nothing cut) has only new runs: nothing to carry over.
      const fresh = builder.cut.size === 0 ? runs : yield* reuseMatches([...builder.cut], runs);
      for (const run of fresh) changed.push(run);
      yield* this.matchRuns(runs);
    }
    phase('readAndMatchMs');
    notePhase('change:place');
    const before = this.page.runs.length;
    const movedFrom = this.page.apply(dead, rereads);
    // Blocks only added after the last run (a feed growing): earlier verdicts that the new runs
    // cannot change are kept (utils/detect/blocks.ts).
    const appended =
      dead.size === 0 && movedFrom === before && rereads.every((r) => r.cut.size === 0);
    phase('placeMs');
    notePhase('change:resolve');
    // Resolve again only the runs holding hits of the keys the change touched (the others'
    // verdicts cannot change), and mark again only those whose verdicts did.
    // (Appends are resolved under every key: no need to gather them.)
    const keys = new Set<string>();
    if (!appended) for (const run of changed) for (const key of run.keys) keys.add(key);
    // Runs whose verdicts changed, and new runs (some more than once: marking takes each once).
    const remark: Run[] = [];
    let resolved = 0;
    // A feed growing at its end is resolved over all the page's runs under every key, as a full
    // pass resolves them: the listing is taken over as it stands (a full pass or appends before)
    // and resolution goes on from its last hit, so a batch costs what it adds, whatever the
    // page's length. Any other change resolves the runs holding hits of the keys it touched.
    const relevant = appended ? this.page.runs : keys.size > 0 ? this.page.runsTouching(keys) : [];
    if (relevant.length > 0) {
      const options = { appended, changed: remark };
      const under = appended ? ALL_KEYS : keys;
      resolved = yield* resolveBlocksSteps(compiled, relevant, this.host.date(), under, options);
    }
    phase('resolveMs');
    if (import.meta.env.MODE === 'test') {
      times.resolvedRuns = relevant.length;
      times.resolvedHits = resolved;
    }
    for (const { runs } of rereads) for (const run of runs) if (!run.shown) remark.push(run);
    const gone = [...dead];
    for (const { cut } of rereads) for (const run of cut) gone.push(run);
    yield* this.markSteps(started, { gone, changed: remark, movedFrom });
    phase('markMs');
    if (import.meta.env.MODE === 'test') {
      times.paintMs = this.paint.ms; // of markMs: the highlighter's edits
      times.passMs = performance.now() - started;
      this.lastChange = times;
    }
  }

  /** Marking again with the current overrides (a reader's correction): no reading, no detection. */
  remarkSteps(): Job<void> {
    return this.markSteps(performance.now());
  }

  /** Looks where the viewport is now and marks the mentions nearest it (when capped). */
  *followViewportSteps(): Job<void> {
    if (!this.capped) return;
    yield AFTER_FRAME; // layout read after the browser's frame, not forced in our task
    if (!frameRendered) return;
    const before = this.viewportRun;
    this.viewportRun = firstRunInViewport(this.host.doc, this.page.runs);
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

  /** Adds the runs of text nodes and blocks under `node` (a removed node) to `into`. */
  private runsIn(node: Node, into: Set<Run>): void {
    if (node.nodeType === 3) {
      const run = this.page.runOf(node);
      if (run) into.add(run);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const walker = (node.ownerDocument ?? this.host.doc).createTreeWalker(node, 0x1 | 0x4);
    for (let n: Node | null = node; n; n = walker.nextNode()) {
      const run = this.page.runOf(n, false);
      if (run) into.add(run);
      if (n.nodeType === 1 && (n as Element).shadowRoot) {
        this.runsIn((n as Element).shadowRoot!, into);
      }
    }
  }
}

/** Whether `next` follows `node` with nothing between them but, at most, one run of white space. */
function nextTo(node: Node, next: Node): boolean {
  const sibling = node.nextSibling;
  return (
    sibling === next ||
    (sibling !== null &&
      sibling.nodeType === 3 &&
      sibling.nextSibling === next &&
      !/\S/.test((sibling as Text).data))
  );
}

/**
 * Test builds: the highlighter with its edits timed into `spent` (the browser's side of marking,
 * for the benchmark). A module function, so production builds drop it with its only call.
 */
function timed(highlighter: Highlighter, spent: { ms: number }): Highlighter {
  const time = (edit: () => void) => {
    const started = performance.now();
    edit();
    spent.ms += performance.now() - started;
  };
  return {
    paint: (linked, ambiguous) => time(() => highlighter.paint(linked, ambiguous)),
    update: (linked, ambiguous, removed) =>
      time(() => highlighter.update(linked, ambiguous, removed)),
    clear: () => highlighter.clear(),
    get size() {
      return highlighter.size;
    },
  };
}
