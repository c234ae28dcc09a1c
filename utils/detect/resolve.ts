/**
 * Decides who each hit names, the way a careful reader would: a full name links directly; a bare
 * surname, title + surname or given name links to the nearest earlier mention of someone bearing it
 * (unlisted people included, who then block the link), else to the one catalogue figure that the
 * title, side and document date allow; when several remain, the mention is ambiguous.
 */
import type { AliasEntry, AliasIndex } from './aliases';
import type { HitList } from './match';
import { ReferentLog } from './referents';
import { roleBegunBy, roleEndedBy, roleHeldOn, rolesOfKind } from './roles';
import type { TitleCue } from './titles';
import type { Figure, Mention, MentionKind } from './types';

/** Confidence of each way of linking; a confident link is ≥ 0.8 (see Mention.confidence). */
export const CONFIDENCE = {
  full: 1,
  earlierMention: 0.9,
  titleUnique: 0.85,
  catalogueUnique: 0.8,
  laterMention: 0.8,
};

type Resolution = { figureId: string; confidence: number } | { candidates: string[] } | null;

/** Resolves all hits of one document into mentions (blockers are dropped). */
export function resolveHits(
  hits: HitList,
  source: string,
  index: AliasIndex,
  date: string | null,
): Mention[] {
  const referents = new ReferentLog();
  const { starts, ends, entries, cues, count } = hits;
  for (let h = 0; h < count; h++) {
    const { kind, figureIds, key } = entries[h]!;
    if (kind === 'blocker') referents.addNamed(key, starts[h]!, null);
    if ((kind === 'full' || kind === 'native') && figureIds.length === 1) {
      const figureId = figureIds[0]!;
      for (const k of index.keysOf.get(figureId) ?? []) referents.addNamed(k, starts[h]!, figureId);
    }
  }
  const mentions: Mention[] = [];
  const texts = new Map<AliasEntry, string>();
  for (let h = 0; h < count; h++) {
    const entry = entries[h]!;
    if (entry.kind === 'blocker') continue;
    const start = starts[h]!;
    const end = ends[h]!;
    const text = mentionText(texts, entry, source, start, end);
    if (entry.kind === 'full' || entry.kind === 'native') {
      mentions.push(
        entry.figureIds.length === 1
          ? {
              start,
              end,
              text,
              kind: entry.kind,
              figureId: entry.figureIds[0]!,
              confidence: CONFIDENCE.full,
            }
          : {
              start,
              end,
              text,
              kind: entry.kind,
              candidates: [...entry.figureIds],
              confidence: 1 / entry.figureIds.length,
            },
      );
      continue;
    }
    const cue = cues[h];
    const resolution = resolveReference(entry, cue, start, referents, index, date);
    if (resolution === null) continue;
    const kind: MentionKind = entry.kind === 'given' ? 'given' : cue?.titled ? 'title' : 'surname';
    if ('figureId' in resolution) {
      const { figureId, confidence } = resolution;
      mentions.push({ start, end, text, kind, figureId, confidence });
      referents.addResolved(entry.key, start, figureId);
    } else {
      const { candidates } = resolution;
      mentions.push({ start, end, text, kind, candidates, confidence: 1 / candidates.length });
    }
  }
  return mentions;
}

/**
 * `source.slice(start, end)`, reusing the last string made for the same alias entry when the
 * source spells it the same way (names repeat: on a long page most texts need no new string).
 */
function mentionText(
  cache: Map<AliasEntry, string>,
  entry: AliasEntry,
  source: string,
  start: number,
  end: number,
): string {
  const last = cache.get(entry);
  if (last !== undefined && last.length === end - start) {
    let k = 0;
    while (k < last.length && last.charCodeAt(k) === source.charCodeAt(start + k)) k++;
    if (k === last.length) return last;
  }
  const text = source.slice(start, end);
  cache.set(entry, text);
  return text;
}

function resolveReference(
  entry: AliasEntry,
  cue: TitleCue | undefined,
  at: number,
  referents: ReferentLog,
  index: AliasIndex,
  date: string | null,
): Resolution {
  const specific =
    cue !== undefined && ((cue.roles !== null && cue.titled) || cue.side !== undefined);
  // Someone the document itself named needs only the right kind of office, whatever the dates say.
  const earlier = referents.findEarlier<Resolution>(entry.key, at, (figureId) => {
    if (figureId === null) return specific ? undefined : null; // "leader Kim" after "Kim Jong-nam" still means a leader
    return compatible(index.figures.get(figureId)!, cue, null)
      ? { figureId, confidence: CONFIDENCE.earlierMention }
      : undefined;
  });
  if (earlier !== undefined) return earlier;
  // A headline names people by surname before the body gives the full name.
  const only = referents.soleLater(entry.key, at);
  if (only && compatible(index.figures.get(only)!, cue, null)) {
    return { figureId: only, confidence: CONFIDENCE.laterMention };
  }
  if (entry.needsCue && cue === undefined) return null;
  const bearers = index.bearers.get(entry.key) ?? [];
  let candidates = bearers.filter((id) => compatible(index.figures.get(id)!, cue, date));
  if (candidates.length === 0) {
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
