/**
 * Marking: a scan's verdicts made into marks — the reader's overrides applied, capped (marks.ts),
 * painted (highlights.ts), counted per figure, and indexed for the card (mentions.ts). Runs cache
 * what they show, so after a change only the runs it touched are looked at again, and the marks,
 * the highlight and the card's index are edited by the difference, caps included.
 */
import type { Steps } from '@/utils/detect/steps';
import type { PageFigure } from '@/utils/protocol';
import type { PageOverrides } from '@/utils/page-overrides';
import { notePhase } from './slices';
import type { Highlighter } from './highlights';
import { fitsInNode, MARK_CAPS, selectMarks, type MarkCandidate } from './marks';
import { applyOverrides, MentionIndex, pageMention, type PageMention } from './mentions';
import type { Run, Shown } from './page-runs';

/** What the last pass left on the page. */
export interface ScanResult {
  figures: PageFigure[];
  /** Mentions marked (after the caps). */
  marks: number;
  /** Milliseconds from the pass's start to its end (slices and the page's turns between them). */
  ms: number;
  mentions: MentionIndex;
}

export const EMPTY_SCAN: ScanResult = {
  figures: [],
  marks: 0,
  ms: 0,
  mentions: new MentionIndex(() => []),
};

/** Text nodes up to this long cannot hold enough names to reach the node budget (marks.ts). */
const LONG_NODE = 600;
/** Runs or mentions looked at between two yields. */
const ITEMS_PER_STEP = 512;

/** What changed since the last mark: runs that left the page, runs whose verdicts changed. */
export interface MarkChanges {
  gone?: readonly Run[];
  changed?: readonly Run[];
  /** The first place in the page's runs that the change moved (runs from there on may have moved). */
  movedFrom?: number;
  /** Look at every run again and repaint it all. */
  everything?: boolean;
}

/** A candidate for a mark: its run and what it shows. */
type Candidate = readonly [Run, Shown];

/** selectMarks' order: nearest the viewport first, then in reading order (negative: a first). */
function precedes(a: Run, aHit: number, b: Run, bHit: number, viewportRun: number): number {
  return (
    Math.abs(a.pos - viewportRun) - Math.abs(b.pos - viewportRun) || a.pos - b.pos || aHit - bHit
  );
}

/** The marks of one frame. */
export class Marker {
  /** Linked mentions per figure. */
  private readonly counts = new Map<string, number>();
  /** The marked mentions (chosen under the caps and painted), and how many per person. */
  private readonly marked = new Map<Shown, Run>();
  /**
   * The last mark in placeChanges' order and the viewport run that order was taken from (kept
   * while marks are only added: a feed growing below the viewport asks for it every batch).
   */
  private lastMark: { candidate: Candidate; viewportRun: number } | undefined = undefined;
  /** The viewport run placeChanges orders by (see order). */
  private orderFrom = 0;
  /**
   * placeChanges' order: precedes, from the viewport run `orderFrom` (one closure for the page, see
   * ARCHITECTURE.md; indexed, not destructured: destructuring walks an iterator until optimised).
   */
  private readonly order = (a: Candidate, b: Candidate): number =>
    precedes(a[0], a[1].hit, b[0], b[1].hit, this.orderFrom);
  private readonly markedPerWho = new Map<string, number>();
  /** The overrides the marks were made with, and whether the marks are this marker's own choice. */
  private markedWith: PageOverrides | null = null;
  private chosenHere = false;
  /** The runs last marked (the index lists its mentions in their order). */
  private runs: readonly Run[] = [];
  /** The card's index of what is marked, kept in step with the marks. */
  readonly index = new MentionIndex(() => {
    const entries: PageMention[] = [];
    for (const run of this.runs) {
      for (const shown of run.shown ?? []) if (shown.marked) entries.push(indexEntry(run, shown));
    }
    return entries;
  });
  /** More mentions than marks: scrolling may call for others. */
  capped = false;

  constructor(private readonly highlighter: Highlighter) {}

  /** Removes every mark and forgets the counts. */
  clear(): void {
    this.highlighter.clear();
    this.counts.clear();
    this.marked.clear();
    this.lastMark = undefined;
    this.markedPerWho.clear();
    this.index.clear();
    this.runs = [];
    this.markedWith = null;
    this.chosenHere = false;
    this.capped = false;
  }

  /**
   * Marks `runs` (the page's, in reading order) and says what is marked. After a change only
   * the runs it `changed` and those `gone` are looked at again, and the marks, the highlight and
   * the card's index are edited by the difference (placeChanges); new overrides, `everything`, or
   * a change the caps cannot take in place choose and repaint it all.
   */
  *mark(
    runs: readonly Run[],
    overrides: PageOverrides,
    viewportRun: number,
    started: number,
    { gone = [], changed = [], everything = false, movedFrom = 0 }: MarkChanges = {},
  ): Steps<ScanResult> {
    const fresh = everything || overrides !== this.markedWith || !this.chosenHere;
    if (fresh) this.counts.clear();
    this.runs = runs;
    // Whether a candidate's run moved (runs put in or taken out before it): then its distance to
    // the viewport, by which the caps choose, is not what it was.
    let moved = false;
    for (let i = fresh ? runs.length : movedFrom; i < runs.length && !moved; i++) {
      for (const s of runs[i]!.shown ?? []) if (s.drawn && s.at !== i) moved = true;
    }
    const removed: Candidate[] = [];
    const added: Candidate[] = [];
    notePhase('mark:look');
    let budget = ITEMS_PER_STEP;
    if (!fresh) for (const run of gone) if (run.shown) this.forget(run, removed);
    for (const run of fresh ? runs : new Set(changed)) {
      if (!run.alive) continue;
      budget -= 1 + run.verdicts.length;
      if (budget <= 0) {
        budget = ITEMS_PER_STEP;
        yield;
      }
      if (!fresh && run.shown && run.shownRevision === (run.revision ?? 0)) continue;
      const shown = yield* shownBy(run, overrides);
      if (!fresh && run.shown) this.forget(run, removed);
      this.look(run, shown, added);
    }
    this.markedWith = overrides;
    if (fresh || !this.placeChanges(removed, added, viewportRun, moved)) {
      yield;
      // Everything chosen again: capped pages keep the marks nearest the viewport.
      notePhase('mark:candidates');
      const candidates: (MarkCandidate & { shown: Shown })[] = [];
      for (let r = 0; r < runs.length; r++) {
        if (r % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
        for (const shown of runs[r]!.shown ?? []) {
          shown.marked = false;
          shown.at = r;
          if (shown.drawn) candidates.push({ run: r, who: shown.who, shown });
        }
      }
      yield;
      notePhase('mark:select');
      const chosen = selectMarks(candidates, viewportRun);
      this.capped = chosen.length < candidates.length;
      yield;
      notePhase('mark:index');
      const linked: StaticRange[] = [];
      const ambiguous: StaticRange[] = [];
      this.marked.clear();
      this.lastMark = undefined;
      this.markedPerWho.clear();
      this.index.clear();
      for (let k = 0; k < chosen.length; k++) {
        if (k % 256 === 255) yield;
        const { run, shown } = candidates[chosen[k]!]!;
        const entry = this.take(runs[run]!, shown);
        (shown.linked ? linked : ambiguous).push(entry.staticRange);
      }
      yield;
      notePhase('mark:paint');
      this.highlighter.paint(linked, ambiguous);
      this.chosenHere = true;
    }
    return {
      figures: figureList(this.counts),
      marks: this.marked.size,
      ms: performance.now() - started,
      mentions: this.index,
    };
  }

  /**
   * Edits the marks by a change's difference, when that gives what choosing them all again
   * (selectMarks: nearest the viewport first, under the caps) would: the marks are that choice
   * over the old candidates, so a new candidate is left out if the caps were already full before
   * it, and taken if it fits under them; whatever would push another out, free a place for one
   * left out (a mark gone from a capped page), or compare distances that moved needs the whole
   * choice again. Returns false then, having painted nothing.
   */
  private placeChanges(
    removed: readonly Candidate[],
    added: Candidate[],
    viewportRun: number,
    moved: boolean,
  ): boolean {
    // On a capped page the marks depend on every mention's distance to the viewport.
    if (this.capped && (moved || removed.length > 0)) return false;
    // Edited as it goes: if it gives up, choosing everything again starts afresh anyway.
    const linked: StaticRange[] = [];
    const ambiguous: StaticRange[] = [];
    const gone: StaticRange[] = [];
    for (const candidate of removed) {
      const run = candidate[0];
      const shown = candidate[1];
      this.marked.delete(shown);
      this.count(shown.who, -1);
      const mark = run.marks!.get(shown.hit)!;
      gone.push(mark.range);
      this.index.remove(mark.mention!);
    }
    this.orderFrom = viewportRun;
    const { order } = this;
    const { total, perFigure } = MARK_CAPS;
    // The last mark in that order, once asked: a candidate after it comes after every mark. The
    // last edit's answer holds while marks were only added, for the same viewport.
    const kept = this.lastMark;
    let last =
      kept !== undefined && !moved && removed.length === 0 && kept.viewportRun === viewportRun
        ? kept.candidate
        : undefined;
    for (const candidate of added.sort(order)) {
      const run = candidate[0];
      const shown = candidate[1];
      if ((this.markedPerWho.get(shown.who) ?? 0) < perFigure && this.marked.size < total) {
        (shown.linked ? linked : ambiguous).push(this.take(run, shown).staticRange);
        if (last !== undefined && order(last, candidate) < 0) last = candidate;
        continue;
      }
      if (moved) return false; // the caps bind now: distances count
      if (last === undefined) {
        let lastRun: Run | undefined;
        let lastShown: Shown | undefined;
        this.marked.forEach((r, s) => {
          if (!lastRun || precedes(lastRun, lastShown!.hit, r, s.hit, viewportRun) < 0) {
            lastRun = r;
            lastShown = s;
          }
        });
        if (lastRun) last = [lastRun, lastShown!];
      }
      // After every mark (a feed growing below the viewport): the caps were full before it.
      if (last !== undefined && order(last, candidate) < 0) {
        this.capped = true;
        continue;
      }
      let ofWho = 0;
      let all = 0;
      this.marked.forEach((r, s) => {
        if (precedes(r, s.hit, run, shown.hit, viewportRun) >= 0) return;
        all++;
        if (s.who === shown.who) ofWho++;
      });
      if (ofWho < perFigure && all < total) return false;
      this.capped = true; // left out: the caps were full before it
    }
    this.highlighter.update(linked, ambiguous, gone);
    // Given up above, everything is chosen again, which starts the next one afresh.
    this.lastMark = last === undefined ? undefined : { candidate: last, viewportRun };
    return true;
  }

  /** A run's mentions as shown now: counted, and the drawn ones put in `added`. */
  private look(run: Run, shown: Shown[], added: Candidate[]): void {
    for (const s of shown) {
      this.tally(s, 1);
      s.at = run.pos;
      if (s.drawn) added.push([run, s]);
    }
    run.shown = shown;
    run.shownRevision = run.revision ?? 0;
  }

  /** Uncounts a run's mentions as shown before, its marked ones put in `removed`. */
  private forget(run: Run, removed: Candidate[]): void {
    for (const shown of run.shown!) {
      if (shown.marked) removed.push([run, shown]);
      this.tally(shown, -1);
    }
    run.shown = null;
  }

  /** Marks a shown hit: counted under the caps, indexed for the card; returns its index entry. */
  private take(run: Run, shown: Shown): PageMention {
    shown.marked = true;
    this.marked.set(shown, run);
    this.count(shown.who, 1);
    const entry = indexEntry(run, shown);
    this.index.add(entry);
    return entry;
  }

  private count(who: string, delta: number): void {
    this.markedPerWho.set(who, (this.markedPerWho.get(who) ?? 0) + delta);
  }

  /**
   * Marks runs read on their own for a first look (the viewport of a long page): painted now,
   * capped, and replaced whole by the next mark.
   */
  *preview(runs: readonly Run[], overrides: PageOverrides, started: number): Steps<ScanResult> {
    const counts = new Map<string, number>();
    const candidates: (MarkCandidate & { shown: Shown })[] = [];
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      run.shown = yield* shownBy(run, overrides);
      run.shownRevision = run.revision ?? 0;
      for (const shown of run.shown) {
        if (shown.linked) counts.set(shown.who, (counts.get(shown.who) ?? 0) + 1);
        if (shown.drawn) candidates.push({ run: r, who: shown.who, shown });
      }
    }
    yield;
    const linked: StaticRange[] = [];
    const ambiguous: StaticRange[] = [];
    const entries: PageMention[] = [];
    const index = new MentionIndex(() => entries);
    for (const i of selectMarks(candidates, 0)) {
      const { run, shown } = candidates[i]!;
      const entry = indexEntry(runs[run]!, shown);
      (shown.linked ? linked : ambiguous).push(entry.staticRange);
      entries.push(entry);
      index.add(entry);
    }
    this.highlighter.paint(linked, ambiguous);
    this.chosenHere = false; // what follows chooses and repaints everything
    return {
      figures: figureList(counts),
      marks: entries.length,
      ms: performance.now() - started,
      mentions: index,
    };
  }

  /** Counts a shown hit in (+1) or out (-1) of the figures. */
  private tally(shown: Shown, delta: number): void {
    if (shown.linked) this.counts.set(shown.who, (this.counts.get(shown.who) ?? 0) + delta);
  }
}

/** An ambiguous mention is marked (dotted) only when a reader could pick from its candidates. */
const MAX_CHOICES = 4;

/**
 * What a run shows: its mentions as the reader's overrides leave them, linked or ambiguous (two
 * to MAX_CHOICES candidates), and only as many per text node as the node can take (marks.ts).
 */
function* shownBy(run: Run, overrides: PageOverrides): Steps<Shown[]> {
  const plain = overrides.chosen.length === 0 && overrides.notThis.length === 0;
  const out: Shown[] = [];
  let perNode: Map<number, number> | undefined;
  const verdicts = run.verdicts;
  for (let h = 0; h < verdicts.length; h++) {
    // One block can hold tens of thousands of names (a hostile page): yield inside it too.
    if (h % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const verdict = verdicts[h];
    if (!verdict) continue;
    const mention = plain ? verdict : applyOverrides(verdict, overrides);
    if (!mention) continue;
    const { figureId } = mention;
    const choices = mention.candidates?.length ?? 0;
    if (!figureId && (choices < 2 || choices > MAX_CHOICES)) continue;
    // Short nodes cannot hold enough names to reach the budget: only long ones are counted (a
    // short run's nodes are all short, and its nodes are not looked for).
    let drawn = true;
    const at = run.text.length > LONG_NODE ? run.nodeIndexAt(run.match.hits[h]!.start) : 0;
    const length = run.text.length > LONG_NODE ? run.nodeLength(at) : 0;
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
  const figures: PageFigure[] = [];
  counts.forEach(addCounted, figures);
  return figures.sort(mostMentioned);
}

/** Adds a figure mentioned at least once to `this` (figureList's; forEach gives no entry array). */
function addCounted(this: PageFigure[], count: number, id: string): void {
  if (count > 0) this.push({ id, count });
}

/**
 * Most mentioned first. Ties by id as plain strings: the first localeCompare in a page sets up the
 * browser's collator, 8–19 ms in one step of ours (a rare step over 50 ms on the hostile
 * deep-nesting page).
 */
function mostMentioned(a: PageFigure, b: PageFigure): number {
  return b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
