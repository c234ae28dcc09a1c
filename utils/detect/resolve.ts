/**
 * Decides who each hit names, the way a careful reader would: a full name links directly; a bare
 * surname, title + surname or given name links to the nearest earlier mention of someone bearing it
 * (unlisted people included, who then block the link), else to the one catalogue figure that the
 * title, side and document date allow; when several remain, the mention is ambiguous.
 */
import type { AliasEntry, AliasIndex } from './aliases';
import { type HitList, idOf } from './match';
import { ReferentLog } from './referents';
import { drain, type Steps } from './steps';
import { roleBegunBy, roleEndedBy, roleHeldOn, rolesOfKind } from './role-dates';
import type { TitleCue } from './title-cues';
import type { Figure, Mention, MentionKind } from './types';

/** Confidence of each way of linking; a confident link is ≥ 0.8 (see Mention.confidence). */
export const CONFIDENCE = {
  full: 1,
  earlierMention: 0.9,
  titleUnique: 0.85,
  catalogueUnique: 0.8,
  laterMention: 0.8,
};

type Resolution =
  | { readonly figureId: string; readonly confidence: number }
  | { readonly candidates: string[] }
  | null;

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
export function resolveHits(hits: HitList, index: AliasIndex, date: string | null): Mention[] {
  return drain(resolveHitsSteps(hits, index, date));
}

/** Hits handled between two yields of resolveHitsSteps (well under a millisecond). */
const HITS_PER_STEP = 2048;

/** resolveHits in steps: yields every few thousand hits (see steps.ts). */
export function* resolveHitsSteps(
  hits: HitList,
  index: AliasIndex,
  date: string | null,
): Steps<Mention[]> {
  const referents = new ReferentLog((key) => index.bearers.get(key));
  const { starts, ends, places, count } = hits;
  for (let h = 0; h < count; h++) {
    if (h % HITS_PER_STEP === HITS_PER_STEP - 1) yield;
    const { kind, figureIds, key } = hits.entry(h);
    if (kind === 'blocker') referents.addUnlisted(key, starts[h]!);
    if ((kind === 'full' || kind === 'native') && figureIds.length === 1 && places[h] === 0) {
      referents.addFigure(starts[h]!, figureIds[0]!);
    }
  }
  const context = contextFor(index, date);
  const kinds = new Uint8Array(count);
  // Verdicts as ids into a small table of the distinct verdict objects (0: none), not a growing
  // array of pointers: see HitList for why a long page wants numbers here.
  const verdictIds = new Int32Array(count);
  const verdictTable: Resolution[] = [null];
  const verdictIdOf = new Map<Resolution, number>();
  let shown = 0;
  for (let h = 0; h < count; h++) {
    if (h % HITS_PER_STEP === HITS_PER_STEP - 1) yield;
    const entry = hits.entry(h);
    if (entry.kind === 'blocker') continue;
    if (entry.kind === 'full' || entry.kind === 'native') {
      kinds[h] = KIND_CODE[entry.kind];
      shown++;
      continue;
    }
    const cue = hits.cue(h);
    const resolution = resolveReference(entry, cue, starts[h]!, referents, context);
    if (resolution === null) continue;
    kinds[h] =
      entry.kind === 'given' ? KIND_CODE.given : cue?.titled ? KIND_CODE.title : KIND_CODE.surname;
    verdictIds[h] = idOf(verdictIdOf, verdictTable, resolution);
    shown++;
    if ('figureId' in resolution) referents.addResolved(entry.key, starts[h]!, resolution.figureId);
  }
  const mentions = new Array<Mention>(shown);
  let m = 0;
  for (let h = 0; h < count; h++) {
    if (h % HITS_PER_STEP === HITS_PER_STEP - 1) yield;
    const kind = KINDS[kinds[h]!];
    if (!kind) continue;
    const entry = hits.entry(h);
    const start = starts[h]!;
    const end = ends[h]!;
    const text = hits.text(h);
    const verdict = verdictTable[verdictIds[h]!];
    if (verdict === null || verdict === undefined) {
      // A full or native name: one figure, or (a name two figures share) candidates.
      const ids = entry.figureIds;
      mentions[m++] =
        ids.length === 1
          ? { start, end, text, kind, figureId: ids[0]!, confidence: CONFIDENCE.full }
          : { start, end, text, kind, candidates: [...ids], confidence: 1 / ids.length };
    } else if ('figureId' in verdict) {
      const { figureId, confidence } = verdict;
      mentions[m++] = { start, end, text, kind, figureId, confidence };
    } else {
      const candidates = [...verdict.candidates];
      mentions[m++] = { start, end, text, kind, candidates, confidence: 1 / candidates.length };
    }
  }
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
  private readonly byCatalogue = new Map<AliasEntry, Map<TitleCue | undefined, Resolution>>();
  /** The cue of the reference being resolved (read by acceptEarlier). */
  cue: TitleCue | undefined = undefined;
  specific = false;

  constructor(
    readonly index: AliasIndex,
    readonly date: string | null,
  ) {}

  figure(id: string): Figure {
    return this.index.figures.get(id)!;
  }

  linkedTo(figureId: string): Resolution {
    return sharedLink(this.linked, figureId, CONFIDENCE.earlierMention);
  }

  laterTo(figureId: string): Resolution {
    return sharedLink(this.later, figureId, CONFIDENCE.laterMention);
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
): Resolution {
  let r = links.get(figureId);
  if (r === undefined) {
    r = { figureId, confidence };
    links.set(figureId, r);
  }
  return r;
}

/** findEarlier's visitor: someone the document itself named needs only the right kind of office. */
function acceptEarlier(figureId: string | null, context: ResolveContext): Resolution | undefined {
  if (figureId === null) return context.specific ? undefined : null; // "leader Kim" after "Kim Jong-nam" still means a leader
  return compatible(context.figure(figureId), context.cue, null)
    ? context.linkedTo(figureId)
    : undefined;
}

function resolveReference(
  entry: AliasEntry,
  cue: TitleCue | undefined,
  at: number,
  referents: ReferentLog,
  context: ResolveContext,
): Resolution {
  context.cue = cue;
  context.specific = isSpecific(cue);
  const earlier = referents.findEarlier(entry.key, at, context, acceptEarlier);
  if (earlier !== undefined) return earlier;
  // A headline names people by surname before the body gives the full name.
  const only = referents.soleLater(entry.key, at);
  if (only && compatible(context.figure(only), cue, null)) return context.laterTo(only);
  if (entry.needsCue && cue === undefined) return null;
  return context.fromCatalogue(entry, cue);
}

function isSpecific(cue: TitleCue | undefined): boolean {
  return cue !== undefined && ((cue.roles !== null && cue.titled) || cue.side !== undefined);
}

/** The one catalogue figure the title, side and date allow; else candidates, likeliest first; or null. */
function catalogueVerdict(
  entry: AliasEntry,
  cue: TitleCue | undefined,
  context: ResolveContext,
): Resolution {
  const { index, date } = context;
  const specific = isSpecific(cue);
  const bearers = index.bearers.get(entry.key) ?? [];
  let candidates = bearers.filter((id) => compatible(index.figures.get(id)!, cue, date));
  // A title nobody bearing the name ever held still says which side they are on; without a side
  // it says only that this is not one of ours (任 in 出任外相 is "took office as", not Im).
  if (candidates.length === 0 && cue?.side !== undefined) {
    candidates = bearers.filter((id) => compatible(index.figures.get(id)!, sideOnly(cue), date));
  }
  if (candidates.length === 0) return null;
  // Without a title, side or earlier mention the catalogue alone never decides between bearers
  // ("Mr. Choe", a bare "Lee"): offer the likeliest first.
  if (!specific && bearers.length > 1) {
    const current = date
      ? candidates.filter((id) => activeOn(index.figures.get(id)!, cue, date))
      : [];
    const first = [...current, ...candidates.filter((id) => !current.includes(id))];
    return { candidates: [...first, ...bearers.filter((id) => !first.includes(id))] };
  }
  if (candidates.length > 1 && date) {
    const current = candidates.filter((id) => activeOn(index.figures.get(id)!, cue, date));
    if (current.length > 0) candidates = current;
    // Year-precise dates overlap at a handover (one FM "2024–2025", the next "from 2025"): the incumbent wins.
    const ongoing = candidates.filter((id) => holdsOngoing(index.figures.get(id)!, cue));
    if (candidates.length > 1 && ongoing.length === 1 && !cue?.former) candidates = ongoing;
  }
  if (candidates.length > 1) return { candidates };
  const confidence = bearers.length === 1 ? CONFIDENCE.catalogueUnique : CONFIDENCE.titleUnique;
  return { figureId: candidates[0]!, confidence };
}

function sideOnly(cue: TitleCue | undefined): TitleCue | undefined {
  return cue?.side === undefined ? undefined : { roles: null, titled: false, side: cue.side };
}

/** Whether the figure can be what the cue describes: same side, and an office of the title's kind begun by the date. */
function compatible(figure: Figure, cue: TitleCue | undefined, date: string | null): boolean {
  if (cue === undefined) return true;
  if (cue.gender !== undefined && (figure.gender === 'female') !== (cue.gender === 'female'))
    return false;
  if (cue.side !== undefined && figure.side !== cue.side) {
    if (!(figure.side === 'DPRK→ROK' && (cue.side === 'DPRK' || cue.side === 'ROK'))) return false;
  }
  const kinds = cue.roles;
  if (kinds === null) return true;
  for (const role of figure.roles) {
    if (role.kind !== undefined && kinds.includes(role.kind) && (!date || roleBegunBy(role, date)))
      return true;
  }
  return false;
}

/** Whether the figure holds an office of the cue's kind with no end date. */
function holdsOngoing(figure: Figure, cue: TitleCue | undefined): boolean {
  return rolesOfKind(figure, cue?.roles ?? null).some((r) => r.end === undefined);
}

/** Whether the figure held (or, for "former", had left) such an office on the date. */
function activeOn(figure: Figure, cue: TitleCue | undefined, date: string): boolean {
  const roles = rolesOfKind(figure, cue?.roles ?? null);
  return cue?.former
    ? roles.some((r) => roleEndedBy(r, date))
    : roles.some((r) => roleHeldOn(r, date));
}
