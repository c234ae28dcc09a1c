/** Finds name occurrences: one automaton pass, per-script boundary checks, longest match wins, unlisted names claimed. */
import type { AliasEntry, AliasIndex } from './aliases';
import { type Automaton, scan } from './automaton';
import {
  cyrillicEnd,
  hangulBoundsOk,
  hangulStartOk,
  kanaBoundsOk,
  latinBoundsOk,
} from './boundaries';
import { CharClass } from './char-class';
import type { Normalised } from './normalise';
import { type TitleCue, titleAfter } from './titles';
import { absorbUnlistedNames } from './unlisted-names';

/** One accepted occurrence, in normalised offsets. */
export interface Hit {
  start: number;
  end: number;
  entry: AliasEntry;
  /** A title read after a Hangul/CJK surname (김 위원장, 金委員長). */
  cueAfter?: TitleCue;
}

/** A compiled matcher: the automaton and the entries of its patterns. */
export interface Matcher {
  automaton: Automaton;
  index: AliasIndex;
}

/** All hits in `norm`, non-overlapping, in text order. */
export function findHits(matcher: Matcher, norm: Normalised, source: string): Hit[] {
  const { entries } = matcher.index;
  const lengths = matcher.automaton.patternLength;
  const hits: Hit[] = [];
  scan(matcher.automaton, norm.codes, norm.length, (pattern, end) => {
    const entry = entries[pattern]!;
    const hit = accept(norm, source, entry, end - lengths[pattern]!, end);
    if (hit) hits.push(hit);
  });
  return absorbUnlistedNames(selectLongest(hits), norm, source, matcher.index);
}

function accept(
  norm: Normalised,
  source: string,
  entry: AliasEntry,
  start: number,
  end: number,
): Hit | undefined {
  switch (entry.script) {
    case CharClass.Latin:
      return latinBoundsOk(norm, source, start, end, entry.kind === 'full')
        ? { start, end, entry }
        : undefined;
    case CharClass.Cyrillic: {
      const stop = cyrillicEnd(norm, start, end);
      return stop < 0 ? undefined : { start, end: stop, entry };
    }
    case CharClass.Hangul:
    case CharClass.Han:
    case CharClass.Kana: {
      const hangul = entry.script === CharClass.Hangul;
      if (entry.needsTitle) {
        // Korean writes "김 위원장" with a space; without it "위원장" would read as surname 위 + 원장.
        if (hangul && (norm.codes[end] !== 0x20 || !hangulStartOk(norm, start))) return undefined;
        const title = titleAfter(norm, end);
        return title ? { start, end, entry, cueAfter: title.cue } : undefined;
      }
      if (hangul && !hangulBoundsOk(norm, start, end)) return undefined;
      if (entry.script === CharClass.Kana && !kanaBoundsOk(norm, start, end)) return undefined;
      if (entry.kind !== 'surname') return { start, end, entry };
      return { start, end, entry, cueAfter: titleAfter(norm, end)?.cue };
    }
    default:
      return { start, end, entry };
  }
}

/** Leftmost-longest selection; a later, longer hit that overlaps the last kept one replaces it. */
function selectLongest(hits: Hit[]): Hit[] {
  sortByStart(hits);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (!last || hit.start >= last.end) kept.push(hit);
    else if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
  }
  return kept;
}

/**
 * Orders hits by start, longer first. They arrive ordered by end and names are short, so each is
 * at most a few places out of order: insertion sort is linear here (Array#sort would add a log).
 */
function sortByStart(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i]!;
    let j = i - 1;
    while (
      j >= 0 &&
      (hits[j]!.start > hit.start || (hits[j]!.start === hit.start && hits[j]!.end < hit.end))
    ) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = hit;
  }
}
