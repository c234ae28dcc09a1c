/**
 * Unlisted people whose name contains a catalogue surname or given name (Kim Jong-nam, Kim Yu-na,
 * Young Kim, Hunter Biden, Kim Kardashian): the hit grows over the adjacent given name and becomes
 * a blocker, so it is not shown and it claims later bare uses of the surname.
 */
import type { AliasEntry } from './aliases';
import { lowerOrCaseless } from './boundaries';
import { CharClass, charClasses } from './char-class';
import type { Hit } from './match';
import { type Normalised, sliceCodes, sourceIndex } from './normalise';
import { isTitleWord } from './title-cues';
import { NOT_NAME_WORDS } from './word-lists';

const SPACE = 0x20;
const MAX_RIGHT_TOKENS = 3;

interface Token {
  start: number;
  end: number;
}

function latinTokenAt(norm: Normalised, start: number): Token | undefined {
  const cls = charClasses();
  let end = start;
  while (end < norm.length && cls[norm.codes[end]!] === CharClass.Latin) end++;
  return end > start ? { start, end } : undefined;
}

function latinTokenBefore(norm: Normalised, end: number): Token | undefined {
  const cls = charClasses();
  let start = end;
  while (start > 0 && cls[norm.codes[start - 1]!] === CharClass.Latin) start--;
  return start < end && (start === 0 || cls[norm.codes[start - 1]!] !== CharClass.Digit)
    ? { start, end }
    : undefined;
}

/** Could this token be part of a person's name? Capitalised after a space, lowercase after a hyphen ("Yu-na"). */
function nameLike(norm: Normalised, source: string, token: Token): boolean {
  const lower = lowerOrCaseless(source, sourceIndex(norm, token.start));
  const separator = source.charCodeAt(sourceIndex(norm, token.start - 1));
  const afterHyphen = separator === 0x2d || separator === 0x2010 || separator === 0x2011;
  if (afterHyphen ? !lower : lower) return false; // checked first: it needs no string
  const word = sliceCodes(norm, token.start, token.end);
  return !NOT_NAME_WORDS.has(word) && !isTitleWord(word);
}

function blocker(key: string): AliasEntry {
  return {
    kind: 'blocker',
    figureIds: [],
    key,
    needsCue: false,
    needsTitle: false,
    script: CharClass.Latin,
    pairName: false,
  };
}

/** Replaces hits that are part of a longer unlisted name by blockers spanning that name. */
export function absorbUnlistedNames(hits: Hit[], norm: Normalised, source: string): Hit[] {
  const out: Hit[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const { entry } = hit;
    const candidate =
      entry.script === CharClass.Latin &&
      (entry.kind === 'surname' || entry.kind === 'given' || entry.pairName);
    if (!candidate) {
      out.push(hit);
      continue;
    }
    const nextStart = hits[h + 1]?.start ?? Infinity;
    const prevEnd = out[out.length - 1]?.end ?? -1;
    let end = hit.end;
    // A capitalised word after a surname makes it a given name ("Kim Kardashian", "Abe Lincoln");
    // the stop list keeps "Biden Administration" and "Kim Says".
    const growsRight = entry.kind === 'surname' || entry.pairName;
    for (let n = 0; growsRight && n < MAX_RIGHT_TOKENS && norm.codes[end] === SPACE; n++) {
      const token = latinTokenAt(norm, end + 1);
      if (!token || token.start >= nextStart || !nameLike(norm, source, token)) break;
      end = token.end;
    }
    let start = hit.start;
    if (
      entry.kind !== 'full' &&
      start >= 2 &&
      norm.codes[start - 1] === SPACE &&
      source[sourceIndex(norm, start - 1)] !== '-'
    ) {
      const token = latinTokenBefore(norm, start - 1);
      if (token && token.start >= prevEnd && nameLike(norm, source, token)) start = token.start;
    }
    if (start === hit.start && end === hit.end) {
      out.push(hit);
      continue;
    }
    const firstWord = latinTokenAt(norm, start)!;
    const key =
      entry.kind === 'surname'
        ? entry.key
        : `s:${sliceCodes(norm, firstWord.start, firstWord.end)}`;
    out.push({ start, end, entry: blocker(key), cue: undefined, place: false });
    while (h + 1 < hits.length && hits[h + 1]!.start < end) h++; // hits inside the unlisted name go
  }
  return out;
}
