/**
 * Decides who each hit names, the way a careful reader would: a full name links directly (unless
 * the page is about someone else by that name); a bare surname, title + surname or given name
 * links to the nearest earlier mention of someone bearing it (unlisted people included, who then
 * block the link; a passing mention gives way to its paragraph's subject; someone long dead gives
 * way to the living), else to the later full name the document gives most, else to the one
 * catalogue figure that the title, side and document date allow (catalogue-verdict.ts), else to
 * the holder of the top office at the date; when several remain, the mention is ambiguous.
 */
import type { AliasEntry, AliasIndex } from './aliases';
import { type DocumentFeatures, KeyTopics, NO_FEATURES } from './document';
import { type HitList, idOf } from './match';
import {
  CONFIDENCE,
  catalogueVerdict,
  compatible,
  priorVerdict,
  type Resolution,
} from './catalogue-verdict';
import { DocumentReading } from './reading';
import { ReferentLog } from './referents';
import { drain, type Steps } from './steps';
import type { TitleCue } from './title-cues';
import type { Figure, Mention, MentionKind, MentionReason } from './types';

export { CONFIDENCE } from './catalogue-verdict';

/** Mention kinds as small numbers while resolving (0: not shown, e.g. a blocker or an unresolved reference). */
const KINDS: readonly (MentionKind | null)[] = [
  null,
  'full',
  'native',
  'surname',
  'title',
  'given',
];
const KIND_CODE: Record<MentionKind, number> = {
  full: 1,
  native: 2,
  surname: 3,
  title: 4,
  given: 5,
};

/**
 * Resolves all hits of one document into mentions (blockers are dropped). Verdicts are kept in
 * columns and the Mention objects are made together at the end: on a long page they are tens of
 * thousands of survivors, and made in one burst they are far less often copied by a scavenge.
 */
export function resolveHits(
  hits: HitList,
  index: AliasIndex,
  date: string | null,
  features: DocumentFeatures = NO_FEATURES,
): Mention[] {
  return drain(resolveHitsSteps(hits, index, date, features));
}

/**
 * Hits handled between two yields of resolveHitsSteps: well under a millisecond warm, and about
 * 2 ms on a page's first scan, when the code is still interpreted (2,048 made 20–50 ms steps).
 */
const HITS_PER_STEP = 256;

/**
 * What resolving a document's hits leaves for hits appended to it: everyone named and every
 * reference linked among the first `count` hits, the possessive full names, the topics' hits.
 */
export interface ResolvedSoFar {
  count: number;
  /** Hits before `count` to resolve again (ascending): their verdicts may change, no other's can. */
  again?: readonly number[];
  referents?: ReferentLog;
  modifiers?: Set<number>;
  topics?: KeyTopics;
}

/** The hits a resolution goes through, in its order (see resolutionOrder). */
export interface ResolutionOrder {
  /** How many. */
  readonly n: number;
  /** The hits resolved again (`sofar.again`), which come first. */
  readonly again: readonly number[];
  /** The first of the hits that follow them, in list order. */
  readonly from: number;
}

/**
 * The hits a resolution with `sofar` goes through, in its order, up to hit `until`: `sofar.again`
 * first, then those from `sofar.count` on; without `sofar` (or count 0), all from the first. The
 * j-th of the `n` is `hitAt(order, j)` (blocks.ts reads the mentions back in this order).
 */
export function resolutionOrder(sofar: ResolvedSoFar | undefined, until: number): ResolutionOrder {
  const from = sofar?.count ?? 0;
  const again = from > 0 ? (sofar!.again ?? []) : [];
  return { n: again.length + until - from, again, from };
}

/** The j-th hit of `order` (a function, not a closure per resolution: see ARCHITECTURE.md). */
export function hitAt(order: ResolutionOrder, j: number): number {
  const { again } = order;
  return j < again.length ? again[j]! : order.from + j - again.length;
}

/**
 * resolveHits in steps: yields every HITS_PER_STEP hits (see steps.ts). `settled[h]`, when given
 * and not undefined, is hit h's verdict as the caller knows it (blocks.ts, after an append): the
 * figure a reference linked to, or null for anything else. Such hits are not resolved again and
 * make no mention; a linked reference stays on record for the references after it.
 *
 * With `sofar` (count > 0), the hits before `sofar.count` were resolved by the call that filled
 * it (same index and date; the list grew only at its end since) and none of their verdicts can
 * change but those of `sofar.again` (blocks.ts decides): only those and the hits after `count`
 * are resolved, and make the mentions (in that order). A hit resolved again is not put on record
 * again: if its verdict changed, the caller resolves everything afresh. `sofar` is filled for
 * the next call either way. Hits from `until` on are left for a later call.
 */
export function* resolveHitsSteps(
  hits: HitList,
  index: AliasIndex,
  date: string | null,
  features: DocumentFeatures = NO_FEATURES,
  settled?: readonly (string | null | undefined)[],
  sofar?: ResolvedSoFar,
  until = hits.count,
): Steps<Mention[]> {
  const from = sofar?.count ?? 0;
  const order = resolutionOrder(sofar, until);
  const { n } = order;
  const a = order.again.length;
  const referents =
    from > 0
      ? sofar!.referents!
      : new ReferentLog(
          (key) => index.bearers.get(key),
          (id) => index.keysOf.get(id),
        );
  const { starts, ends, places } = hits;
  const count = until;
  const modifiers = from > 0 ? sofar!.modifiers! : new Set<number>();
  for (let h = from; h < count; h++) {
    if (h % HITS_PER_STEP === HITS_PER_STEP - 1) yield;
    const { kind, figureIds, key } = hits.entry(h);
    if (kind === 'blocker') referents.addUnlisted(key, starts[h]!);
    if ((kind === 'full' || kind === 'native') && figureIds.length === 1 && places[h] === 0) {
      referents.addFigure(starts[h]!, figureIds[0]!);
      if (features.possessive(h)) modifiers.add(starts[h]!);
    }
  }
  referents.extend();
  const topics = from > 0 ? sofar!.topics!.extend(features) : new KeyTopics(hits, index, features);
  const context = contextFor(index, date);
  const reading: Reading = new DocumentReading(modifiers, context, referents, topics, features);
  const kinds = new Uint8Array(n);
  // Verdicts as ids into a small table of the distinct verdict objects (0: none), not a growing
  // array of pointers: see HitList for why a long page wants numbers here.
  const verdictIds = new Int32Array(n);
  const verdictTable: Resolution[] = [null];
  const verdictIdOf = new Map<Resolution, number>();
  // Verdicts come in runs (one figure named again and again): the last one's id is kept at hand.
  let lastVerdict: Resolution | undefined = undefined;
  let lastVerdictId = 0;
  let shown = 0;
  for (let j = 0; j < n; j++) {
    if (j % HITS_PER_STEP === HITS_PER_STEP - 1) yield;
    const h = hitAt(order, j);
    const entry = hits.entry(h);
    if (entry.kind === 'blocker') continue;
    const prior = settled?.[h];
    if (prior !== undefined) {
      if (prior !== null) referents.addResolved(entry.key, starts[h]!, prior);
      continue;
    }
    if (entry.kind === 'full' || entry.kind === 'native') {
      kinds[j] = entry.kind === 'full' ? KIND_CODE.full : KIND_CODE.native; // KIND_CODE[kind] was a keyed load per hit
      shown++;
      continue;
    }
    const cue = hits.cue(h);
    const resolution = resolveReference(entry, cue, h, starts[h]!, reading);
    if (resolution === null) continue;
    kinds[j] =
      entry.kind === 'given' ? KIND_CODE.given : cue?.titled ? KIND_CODE.title : KIND_CODE.surname;
    if (resolution !== lastVerdict) {
      lastVerdict = resolution;
      lastVerdictId = idOf(verdictIdOf, verdictTable, resolution);
    }
    verdictIds[j] = lastVerdictId;
    shown++;
    if (j >= a && 'figureId' in resolution) {
      referents.addResolved(entry.key, starts[h]!, resolution.figureId);
    }
  }
  const mentions = new Array<Mention>(shown);
  let m = 0;
  // Per entry of a one-figure full name: 0 not asked yet, 1 linked, 2 someone else's (other topic).
  const fullNameOther = new Uint8Array(hits.entryTable.length);
  for (let j = 0; j < n; j++) {
    if (j % HITS_PER_STEP === HITS_PER_STEP - 1) yield;
    const h = hitAt(order, j);
    const kind = KINDS[kinds[j]!];
    if (!kind) continue;
    const entry = hits.entry(h);
    const start = starts[h]!;
    const end = ends[h]!;
    const text = hits.text(h);
    const verdict = verdictTable[verdictIds[j]!];
    if (verdict === null || verdict === undefined) {
      // A full or native name: one figure, or (a name two figures share) candidates.
      const ids = entry.figureIds;
      if (ids.length !== 1) {
        const candidates = [...ids];
        const confidence = 1 / ids.length;
        mentions[m++] = { start, end, text, kind, candidates, confidence, reason: 'shared-name' };
      } else if (
        (fullNameOther[hits.entryIds[h]!] ||= reading.fullNameElsewhere(ids[0]!) ? 2 : 1) === 2
      ) {
        const { otherTopic: confidence } = CONFIDENCE;
        mentions[m++] = {
          start,
          end,
          text,
          kind,
          candidates: [ids[0]!],
          confidence,
          reason: 'other-topic',
        };
      } else {
        const { full: confidence } = CONFIDENCE;
        mentions[m++] = {
          start,
          end,
          text,
          kind,
          figureId: ids[0]!,
          confidence,
          reason: 'full-name',
        };
      }
    } else if ('figureId' in verdict) {
      const { figureId, confidence, reason } = verdict;
      mentions[m++] = { start, end, text, kind, figureId, confidence, reason };
    } else {
      const candidates = [...verdict.candidates];
      const confidence =
        verdict.reason === 'other-topic' ? CONFIDENCE.otherTopic : 1 / candidates.length;
      mentions[m++] = { start, end, text, kind, candidates, confidence, reason: verdict.reason };
    }
  }
  if (sofar) Object.assign(sofar, { count, again: undefined, referents, modifiers, topics });
  return mentions;
}

/**
 * What resolving one document needs besides its referents: the catalogue, the date, and shared
 * verdicts (a verdict depends only on its inputs, and cues are shared objects, so equal questions
 * get the same answer object instead of a new one per mention).
 */
class ResolveContext {
  private readonly linked = new Map<string, Resolution>();
  private readonly later = new Map<string, Resolution>();
  private readonly subjects = new Map<string, Resolution>();
  private readonly elsewhere = new Map<string, Resolution>();
  private readonly byCatalogue = new Map<AliasEntry, Map<TitleCue | undefined, Resolution>>();
  private readonly priors = new Map<AliasEntry, Resolution>();

  constructor(
    readonly index: AliasIndex,
    readonly date: string | null,
  ) {}

  // The last figure asked for: references ask about the same figure in runs.
  private lastFigureId = '';
  private lastFigure: Figure | undefined = undefined;

  figure(id: string): Figure {
    if (id !== this.lastFigureId) {
      this.lastFigure = this.index.figures.get(id)!;
      this.lastFigureId = id;
    }
    return this.lastFigure!;
  }

  // The last figure linked to an earlier mention: references link to the same one in runs.
  private lastLinkedId = '';
  private lastLinked: Resolution = null;

  linkedTo(figureId: string): Resolution {
    if (figureId !== this.lastLinkedId) {
      this.lastLinked = sharedLink(
        this.linked,
        figureId,
        CONFIDENCE.earlierMention,
        'earlier-mention',
      );
      this.lastLinkedId = figureId;
    }
    return this.lastLinked;
  }

  laterTo(figureId: string): Resolution {
    return sharedLink(this.later, figureId, CONFIDENCE.laterMention, 'later-full-name');
  }

  subjectTo(figureId: string): Resolution {
    return sharedLink(this.subjects, figureId, CONFIDENCE.subject, 'subject');
  }

  /** Someone else by this figure's name (the page is about another subject): a candidate, no link. */
  elsewhereFor(figureId: string): Resolution {
    let r = this.elsewhere.get(figureId);
    if (r === undefined)
      this.elsewhere.set(figureId, (r = { candidates: [figureId], reason: 'other-topic' }));
    return r;
  }

  /** The one bearer of `entry` holding the highest office at the date, if exactly one does. */
  datePrior(entry: AliasEntry): Resolution {
    let r = this.priors.get(entry);
    if (r === undefined) this.priors.set(entry, (r = priorVerdict(entry, this)));
    return r;
  }

  /** The catalogue's verdict for `entry` under `cue` on the document's date (computed once per pair). */
  fromCatalogue(entry: AliasEntry, cue: TitleCue | undefined): Resolution {
    let perCue = this.byCatalogue.get(entry);
    if (perCue === undefined) {
      perCue = new Map();
      this.byCatalogue.set(entry, perCue);
    }
    let r = perCue.get(cue);
    if (r === undefined) {
      r = catalogueVerdict(entry, cue, this);
      perCue.set(cue, r);
    }
    return r;
  }
}

/**
 * One context per catalogue and date, kept between documents: its verdicts depend on nothing
 * else, and a page that changes is resolved again and again (utils/detect/blocks.ts).
 */
const contexts = new WeakMap<AliasIndex, Map<string | null, ResolveContext>>();

function contextFor(index: AliasIndex, date: string | null): ResolveContext {
  let byDate = contexts.get(index);
  if (!byDate) contexts.set(index, (byDate = new Map()));
  let context = byDate.get(date);
  if (!context) {
    // A few dates at most: the store builder resolves thousands of articles, each of its day.
    if (byDate.size >= 8) byDate.delete(byDate.keys().next().value!);
    byDate.set(date, (context = new ResolveContext(index, date)));
  }
  return context;
}

/** The one verdict object per figure for a way of linking (`links` holds those made so far). */
function sharedLink(
  links: Map<string, Resolution>,
  figureId: string,
  confidence: number,
  reason: MentionReason,
): Resolution {
  let r = links.get(figureId);
  if (r === undefined) {
    r = { figureId, confidence, reason };
    links.set(figureId, r);
  }
  return r;
}

type Reading = DocumentReading<ResolveContext>;

/** Whether a referent met on the way back can be the one the reference in hand names. */
function plausible(id: string | null, reading: Reading): boolean {
  if (id === null) return !reading.specific;
  const figure = reading.context.figure(id);
  return compatible(figure, reading.cue, null) && !reading.elsewhere(id) && !reading.dead(figure);
}

/** findEarlier's visitor: someone the document itself named needs only the right kind of office. */
function acceptEarlier(
  figureId: string | null,
  reading: Reading,
  at: number,
): Resolution | undefined {
  if (figureId === null) return reading.specific ? undefined : null; // "leader Kim" after "Kim Jong-nam" still means a leader
  const { context } = reading;
  const figure = context.figure(figureId);
  if (!compatible(figure, reading.cue, null)) return undefined;
  if (reading.elsewhere(figureId)) return null;
  // A paragraph recalling someone long dead does not make them the subject of the next one.
  if (reading.dead(figure) && reading.paragraphOf(at) < reading.paragraph()) {
    reading.deadFallback ??= figureId;
    return undefined;
  }
  reading.foundAt = at;
  return context.linkedTo(figureId);
}

function resolveReference(
  entry: AliasEntry,
  cue: TitleCue | undefined,
  hit: number,
  at: number,
  reading: Reading,
): Resolution {
  const { context, referents } = reading;
  reading.begin(entry.key, cue, at, hit);
  const earlier = referents.findEarlier(entry.key, at, reading, acceptEarlier);
  if (earlier !== undefined) return preferSubject(earlier, reading);
  if (reading.deadFallback !== undefined) return context.linkedTo(reading.deadFallback);
  // A headline names people by surname before the body gives the full name.
  const later = laterReferent(reading);
  if (later !== undefined) return later;
  if (entry.needsCue && cue === undefined) return null;
  const verdict = context.fromCatalogue(entry, cue);
  if (verdict === null) return null;
  if ('figureId' in verdict) {
    return reading.elsewhere(verdict.figureId) ? context.elsewhereFor(verdict.figureId) : verdict;
  }
  if (!reading.specific && reading.political(entry.key)) return context.datePrior(entry) ?? verdict;
  return verdict;
}

/**
 * The story's subject over a passing mention: when the nearest earlier referent was named in an
 * earlier paragraph, after another bearer of the name that paragraph named first, the paragraph
 * was about that first one ("Kim will be in Seoul to meet Kim Gunn. ¶ Kim will restate …"). An
 * office that fits several people named goes to the one the story names most, in any paragraph.
 */
function preferSubject(nearest: Resolution, reading: Reading): Resolution {
  if (nearest !== null && !('figureId' in nearest)) return nearest;
  // Only a name that the document gives two people in full can have a subject other than the nearest.
  if (reading.referents.firstNamed(reading.key).ids.length < 2) return nearest;
  const inParagraph = reading.paragraphOf(reading.foundAt) >= reading.paragraph();
  // Within its paragraph the nearest stands, unless an office fits several people named
  // ("金委員長" after 金正恩 and 金永南, 最高人民会議常任委員長): see heaviest below.
  if (inParagraph && !reading.cue?.roles) return nearest;
  reading.nearestId = nearest === null ? null : nearest.figureId;
  if (!inParagraph) {
    reading.subjectFrom = reading.paragraphStart(reading.foundAt);
    reading.referents.findEarlier(reading.key, reading.foundAt, reading, firstOfParagraph);
  }
  let subject = reading.subject;
  // A title that fits several people named ("김 위원장" after both Kim Jong Un and Kim Yong Nam)
  // goes to the one the story names most, not to whoever was named last.
  if ((subject === undefined || subject === reading.nearestId) && reading.cue?.titled) {
    subject = heaviest(reading);
  }
  if (subject === undefined || subject === reading.nearestId || reading.recalled()) return nearest;
  return subject === null ? null : reading.context.subjectTo(subject);
}

/** The plausible referent named before the reference that weighs more than the nearest one, if any. */
function heaviest(reading: Reading): string | null | undefined {
  const { ids, at } = reading.referents.firstNamed(reading.key);
  let best: string | null | undefined = undefined;
  let bestWeight = reading.weight(reading.nearestId);
  for (let i = 0; i < ids.length && at[i]! < reading.at; i++) {
    const id = ids[i]!;
    if (id === reading.nearestId || !plausible(id, reading)) continue;
    const weight = reading.weight(id);
    if (weight > bestWeight) {
      best = id;
      bestWeight = weight;
    }
  }
  return best;
}

/** findEarlier's visitor for preferSubject: keeps the earliest plausible referent of the paragraph. */
function firstOfParagraph(id: string | null, reading: Reading, at: number): true | undefined {
  if (at <= reading.subjectFrom) return true;
  if (reading.modifiers.has(at)) return undefined; // "Kim Jong Un's sister …": about the sister
  if (id === reading.nearestId || plausible(id, reading)) reading.subject = id;
  return undefined;
}

/** The referent named later that the document gives most weight, if one does (ties: none). */
function laterReferent(reading: Reading): Resolution | undefined {
  const later = reading.referents.namedAfter(reading.key, reading.at);
  if (later === undefined) return undefined;
  let best: string | null | undefined;
  if (!Array.isArray(later)) {
    if (!laterFits(later, reading)) return undefined;
    best = later;
  } else {
    let bestWeight = -1;
    let tie = false;
    for (const id of later) {
      if (!laterFits(id, reading)) continue;
      const weight = reading.weight(id, true);
      if (weight > bestWeight) {
        best = id;
        bestWeight = weight;
        tie = false;
      } else if (weight === bestWeight) tie = true;
    }
    if (best === undefined || tie) return undefined;
  }
  if (best === null || reading.elsewhere(best)) return null;
  return reading.context.laterTo(best);
}

/** Whether someone named later can be who the reference in hand names. */
function laterFits(id: string | null, reading: Reading): boolean {
  return id === null
    ? !reading.specific
    : compatible(reading.context.figure(id), reading.cue, null);
}
