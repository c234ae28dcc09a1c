/**
 * What the catalogue alone says a reference names: the one figure a title, side and date allow,
 * and the prior for a bare name (who held the top office at the date). Shared by every document
 * of a date (resolve.ts keeps the verdicts per alias and cue).
 */
import type { AliasEntry } from './aliases';
import { isSpecific, type ReadingContext } from './reading';
import { roleBegunBy, roleEndedBy, roleHeldOn, rolesOfKind } from './role-dates';
import type { TitleCue } from './title-cues';
import type { Figure, MentionReason, RoleKind } from './types';

/** Confidence of each way of linking; a confident link is ≥ 0.8 (see Mention.confidence). */
export const CONFIDENCE = {
  full: 1,
  earlierMention: 0.9,
  titleUnique: 0.85,
  catalogueUnique: 0.8,
  laterMention: 0.8,
  subject: 0.85,
  datePrior: 0.7,
  otherTopic: 0.5,
};

/** A reference's verdict: a link, candidates, or nothing shown. */
export type Resolution =
  | { readonly figureId: string; readonly confidence: number; readonly reason: MentionReason }
  | { readonly candidates: string[]; readonly reason: MentionReason }
  | null;

/** Top offices, highest first: the prior for a bare name is who held the first that one bearer held. */
const PRIOR_TIERS: readonly (readonly RoleKind[])[] = [
  ['leader'],
  ['president', 'head-of-state'],
  ['prime-minister'],
];

/** The one bearer of `entry` holding the highest office at the date, if exactly one does. */
export function priorVerdict(entry: AliasEntry, context: ReadingContext): Resolution {
  const { date } = context;
  if (date === null) return null;
  const bearers = context.index.bearers.get(entry.key) ?? [];
  for (const kinds of PRIOR_TIERS) {
    let holder: string | null = null;
    for (const id of bearers) {
      const roles = rolesOfKind(context.figure(id), kinds);
      if (!roles.some((r) => roleHeldOn(r, date))) continue;
      if (holder !== null) return null;
      holder = id;
    }
    if (holder !== null)
      return { figureId: holder, confidence: CONFIDENCE.datePrior, reason: 'date-prior' };
  }
  return null;
}

/** The one catalogue figure the title, side and date allow; else candidates, likeliest first; or null. */
export function catalogueVerdict(
  entry: AliasEntry,
  cue: TitleCue | undefined,
  context: ReadingContext,
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
    return {
      candidates: [...first, ...bearers.filter((id) => !first.includes(id))],
      reason: 'ambiguous',
    };
  }
  if (candidates.length > 1 && date) {
    const current = candidates.filter((id) => activeOn(index.figures.get(id)!, cue, date));
    if (current.length > 0) candidates = current;
    // Year-precise dates overlap at a handover (one FM "2024–2025", the next "from 2025"): the incumbent wins.
    const ongoing = candidates.filter((id) => holdsOngoing(index.figures.get(id)!, cue));
    if (candidates.length > 1 && ongoing.length === 1 && !cue?.former) candidates = ongoing;
  }
  if (candidates.length > 1) return { candidates, reason: 'ambiguous' };
  const unique = bearers.length === 1;
  const confidence = unique ? CONFIDENCE.catalogueUnique : CONFIDENCE.titleUnique;
  return {
    figureId: candidates[0]!,
    confidence,
    reason: unique && !specific ? 'catalogue' : 'title-cue',
  };
}

function sideOnly(cue: TitleCue | undefined): TitleCue | undefined {
  return cue?.side === undefined ? undefined : { roles: null, titled: false, side: cue.side };
}

/** Whether the figure can be what the cue describes: same side, and an office of the title's kind begun by the date. */
export function compatible(
  figure: Figure,
  cue: TitleCue | undefined,
  date: string | null,
): boolean {
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
