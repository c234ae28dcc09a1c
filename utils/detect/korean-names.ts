/**
 * The catalogue's Korean figures by how their names can be romanised: which figure, if any, a Latin
 * "Surname Given-name" in any spelling names ("Park Jiwon", "Wi Sung-lak", given-first "Song Kim").
 * Built per alias index on first use (most pages never ask), so compiling the catalogue stays cheap.
 */
import { latinEntry } from './alias-entry';
import type { AliasEntry, AliasIndex } from './aliases';
import { hangulBoundsOk, hangulStartOk } from './boundaries';
import { type Normalised, startsWithAt } from './normalise';
import { splitHangulName, surnameSpellings, writesHangul } from './romanised-korean';
import type { Side } from './types';

/** Sides whose people carry Korean names written surname first. */
export const KOREAN_SIDES: ReadonlySet<Side> = new Set<Side>(['DPRK', 'DPRK→ROK', 'ROK']);

/** The referent key a figure's given-first ("Western order") name resolves under. */
export function reversedKey(figureId: string): string {
  return `r:${figureId}`;
}

interface KoreanNames {
  /** Per Latin surname spelling: [figure id, Hangul given name] of every Korean figure it can write. */
  bySurname: Map<string, [string, string][]>;
  /** Answers of figureNamed, per "surname|given". */
  answers: Map<string, string | null>;
  full: Map<string, AliasEntry>;
  reversed: Map<string, AliasEntry>;
}

const perIndex = new WeakMap<AliasIndex, KoreanNames>();

function namesOf(index: AliasIndex): KoreanNames {
  let names = perIndex.get(index);
  if (names) return names;
  names = { bySurname: new Map(), answers: new Map(), full: new Map(), reversed: new Map() };
  for (const figure of index.figures.values()) {
    if (!KOREAN_SIDES.has(figure.side)) continue;
    for (const native of figure.nativeNames) {
      const parts = splitHangulName(native);
      if (!parts) continue;
      for (const spelling of surnameSpellings(parts[0])) {
        const list = names.bySurname.get(spelling) ?? [];
        list.push([figure.id, parts[1]]);
        names.bySurname.set(spelling, list);
      }
    }
  }
  perIndex.set(index, names);
  return names;
}

/**
 * The one Korean catalogue figure whose Hangul name `surname` + `given` (lowercase Latin; given
 * syllables spaced or joined) can spell, or undefined when none or several can.
 */
export function koreanFigureNamed(
  index: AliasIndex,
  surname: string,
  given: string,
): string | undefined {
  const names = namesOf(index);
  const question = `${surname}|${given}`;
  let answer = names.answers.get(question);
  if (answer === undefined) {
    answer = null;
    for (const [id, hangul] of names.bySurname.get(surname) ?? []) {
      if (!writesHangul(given, hangul)) continue;
      if (answer !== null && answer !== id) {
        answer = null;
        break;
      }
      answer = id;
    }
    if (names.answers.size > 4096) names.answers.clear(); // bounded for hostile pages
    names.answers.set(question, answer);
  }
  return answer ?? undefined;
}

/** A full name of the figure in a spelling the catalogue does not list ("Park Jiwon"). */
export function variantFullEntry(index: AliasIndex, figureId: string): AliasEntry {
  return entryFor(namesOf(index).full, figureId, 'full', '', false);
}

/**
 * The figure's name in given-first order ("Jiwon Park", "Song Kim"): a reference that links when
 * the document names the figure, or a title allows it, never on the catalogue alone (many people
 * are called Jiwon Park).
 */
export function reversedNameEntry(index: AliasIndex, figureId: string): AliasEntry {
  return entryFor(namesOf(index).reversed, figureId, 'given', reversedKey(figureId), true);
}

function entryFor(
  cache: Map<string, AliasEntry>,
  figureId: string,
  kind: 'full' | 'given',
  key: string,
  needsCue: boolean,
): AliasEntry {
  let entry = cache.get(figureId);
  if (!entry) {
    entry = latinEntry(kind, [figureId], key, needsCue);
    cache.set(figureId, entry);
  }
  return entry;
}

/** Per Hangul surname of the Korean figures: [given name, index of the unspaced native pattern]. */
const spacedNames = new WeakMap<AliasIndex, Map<string, [string, number][]>>();

function spacedNamesOf(index: AliasIndex): Map<string, [string, number][]> {
  let bySurname = spacedNames.get(index);
  if (bySurname) return bySurname;
  bySurname = new Map();
  index.patterns.forEach((pattern, p) => {
    const entry = index.entries[p]!;
    const figure = entry.kind === 'native' ? index.figures.get(entry.figureIds[0]!) : undefined;
    const parts = figure && KOREAN_SIDES.has(figure.side) ? splitHangulName(pattern) : undefined;
    // One-syllable given names are left out: "서 훈", "조 현" are as often two words.
    if (!parts || parts[1].length < 2) return;
    const list = bySurname.get(parts[0]);
    if (list) list.push([parts[1], p]);
    else bySurname.set(parts[0], [[parts[1], p]]);
  });
  spacedNames.set(index, bySurname);
  return bySurname;
}

/**
 * "김 여정": a Korean figure's Hangul name written with a space after the surname. Given a bare
 * Hangul surname at [start, end) followed by a space, the end of the name and the pattern of its
 * unspaced form, or undefined.
 */
export function spacedHangulName(
  index: AliasIndex,
  norm: Normalised,
  start: number,
  end: number,
): { end: number; pattern: number } | undefined {
  if (!hangulStartOk(norm, start)) return undefined;
  const surname = String.fromCharCode(norm.codes[start]!);
  for (const [given, pattern] of spacedNamesOf(index).get(surname) ?? []) {
    const to = end + 1 + given.length;
    if (startsWithAt(norm, end + 1, given) && hangulBoundsOk(norm, end + 1, to))
      return { end: to, pattern };
  }
  return undefined;
}
