/**
 * Marking: a scan's verdicts made into marks — the reader's overrides applied, capped (marks.ts),
 * painted (highlights.ts), counted per figure, and indexed for the card (mentions.ts). Runs cache
 * what they show, so after a change only the runs it touched are looked at again and the
 * highlight is edited by the difference.
 */
import type { Steps } from '@/utils/detect/steps';
import type { PageFigure } from '@/utils/protocol';
import type { PageOverrides } from '@/utils/page-overrides';
import { notePhase } from './slices';
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

export const EMPTY_SCAN: ScanResult = { figures: [], marks: 0, ms: 0, mentions: indexMentions([]) };

/** Text nodes up to this long cannot hold enough names to reach the node budget (marks.ts). */
const LONG_NODE = 600;
/** Runs or mentions looked at between two yields. */
const ITEMS_PER_STEP = 1024;

/** What changed since the last mark: runs that left the page, runs whose verdicts changed. */
export interface MarkChanges {
  gone?: readonly Run[];
  changed?: readonly Run[];
  /** Look at every run again and repaint it all. */
  everything?: boolean;
}

/** The marks of one frame. */
export class Marker {
  /** Linked mentions per figure, shown mentions per person and in all. */
  private readonly counts = new Map<string, number>();
  private readonly perWho = new Map<string, number>();
  private shownTotal = 0;
  /** The overrides the marks were made with, and whether every shown mention is painted. */
  private markedWith: PageOverrides | null = null;
  private paintedAll = false;
  /** More mentions than marks: scrolling may call for others. */
  capped = false;

  constructor(private readonly highlighter: Highlighter) {}

  /** Removes every mark and forgets the counts. */
  clear(): void {
    this.highlighter.clear();
    this.counts.clear();
    this.perWho.clear();
    this.shownTotal = 0;
    this.markedWith = null;
    this.paintedAll = false;
    this.capped = false;
  }

  /**
   * Marks `runs` (the page's, in reading order) and says what is marked. After a change only
   * the runs it `changed` and those `gone` are looked at again; new overrides, a capped page or
   * `everything` recompute and repaint it all. The card's index is built when the card asks.
   */
  *mark(
    runs: readonly Run[],
    overrides: PageOverrides,
    viewportRun: number,
    started: number,
    { gone = [], changed = [], everything = false }: MarkChanges = {},
  ): Steps<ScanResult> {
    const fresh = everything || overrides !== this.markedWith || !this.paintedAll;
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
    const stale = (run: Run) => fresh || !run.shown || run.shownRevision !== (run.revision ?? 0);
    const look = (run: Run, shown: Shown[]) => {
      const revision = run.revision ?? 0;
      if (!fresh && run.shown) forget(run);
      for (const s of shown) {
        this.tally(s, 1);
        added.push([run, s]);
      }
      run.shown = shown;
      run.shownRevision = revision;
    };
    notePhase('mark:look');
    let budget = ITEMS_PER_STEP;
    if (!fresh) for (const run of gone) if (run.shown) forget(run);
    for (const run of fresh ? runs : new Set(changed)) {
      if (!run.alive) continue;
      budget -= 1 + run.verdicts.length;
      if (budget <= 0) {
        budget = ITEMS_PER_STEP;
        yield;
      }
      if (stale(run)) look(run, yield* shownBy(run, overrides));
    }
    this.markedWith = overrides;
    let over = this.shownTotal > MAX_MARKS;
    for (const n of this.perWho.values()) if (n > MAX_MARKS_PER_FIGURE) over = true;
    let marks: number;
    let mentions: () => PageMention[];
    if (fresh || over) {
      yield;
      // Everything chosen again: capped pages keep the marks nearest the viewport.
      notePhase('mark:candidates');
      const candidates: (MarkCandidate & { shown: Shown })[] = [];
      runs.forEach((run, r) => {
        for (const shown of run.shown ?? []) {
          if (shown.drawn) candidates.push({ run: r, who: shown.who, shown });
        }
      });
      yield;
      notePhase('mark:select');
      const chosen = selectMarks(candidates, viewportRun);
      this.capped = chosen.length < candidates.length;
      yield;
      notePhase('mark:index');
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
      notePhase('mark:paint');
      this.highlighter.paint(linked, ambiguous);
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
      this.highlighter.update(linked, ambiguous, removed);
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
    return {
      figures: figureList(this.counts),
      marks,
      ms: performance.now() - started,
      get mentions() {
        index ??= indexMentions(mentions());
        return index;
      },
    };
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
    for (const i of selectMarks(candidates, 0)) {
      const { run, shown } = candidates[i]!;
      const entry = indexEntry(runs[run]!, shown);
      (shown.linked ? linked : ambiguous).push(entry.staticRange);
      entries.push(entry);
    }
    this.highlighter.paint(linked, ambiguous);
    this.paintedAll = false; // what follows repaints everything
    return {
      figures: figureList(counts),
      marks: entries.length,
      ms: performance.now() - started,
      mentions: indexMentions(entries),
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
