/**
 * Titles that name someone else: "Mrs. Clinton" (no woman bears the name), "Secretary Clinton" (no
 * bearer was ever Secretary of State). Such a name is an unlisted person's.
 */
import type { AliasEntry, AliasIndex } from './aliases';
import { rolesOfKind } from './role-dates';
import type { TitleCue } from './title-cues';
import type { RoleKind } from './types';

/**
 * Whether no bearer of the surname could be what `cue` says, whatever the date: "Mrs. Clinton" (no
 * woman bears it), "Secretary Clinton" (no bearer was ever Secretary of State). A side alone, or a
 * side with the title, still points at that side's bearers.
 */
export function fitsNoBearer(entry: AliasEntry, cue: TitleCue, index: AliasIndex): boolean {
  // Entries and cues are shared objects, so each question is worked out once.
  let perCue = noBearerAnswers.get(entry);
  if (!perCue) noBearerAnswers.set(entry, (perCue = new Map()));
  let answer = perCue.get(cue);
  if (answer === undefined) perCue.set(cue, (answer = noBearerFits(entry, cue, index)));
  return answer;
}

const noBearerAnswers = new WeakMap<AliasEntry, Map<TitleCue, boolean>>();

function noBearerFits(entry: AliasEntry, cue: TitleCue, index: AliasIndex): boolean {
  if (cue.side !== undefined) return false;
  // Lesser offices ("lawmaker", "minister") are not all listed: only the ones the catalogue lists in full decide.
  if (cue.roles !== null && !cue.roles.every((kind) => COMPLETE_OFFICES.has(kind))) return false;
  if (cue.roles === null && cue.gender === undefined) return false;
  return !(index.bearers.get(entry.key) ?? []).some((id) => {
    const figure = index.figures.get(id)!;
    if (cue.gender !== undefined && (figure.gender === 'female') !== (cue.gender === 'female'))
      return false;
    return cue.roles === null || rolesOfKind(figure, cue.roles).length > 0;
  });
}

/** Offices the catalogue lists for every bearer who held them. */
const COMPLETE_OFFICES: ReadonlySet<RoleKind> = new Set<RoleKind>([
  'president',
  'head-of-state',
  'secretary-of-state',
  'prime-minister',
]);
