/** The words around a name, as absorb-unlisted.ts reads them: tokens, name-like words, headlines. */
import { lowerOrCaseless } from './boundaries';
import { CharClass, charClasses } from './char-class';
import { type Normalised, sliceCodes, sourceIndex } from './normalise';
import { isTitleWord } from './title-cues';
import { NOT_NAME_WORDS } from './word-lists';

/** A run of letters of one script in the normalised text. */
export interface Token {
  start: number;
  end: number;
}

/** The token of `script` starting at `start`, if any. */
export function tokenAt(norm: Normalised, start: number, script: CharClass): Token | undefined {
  const cls = charClasses();
  let end = start;
  while (end < norm.length && cls[norm.codes[end]!] === script) end++;
  return end > start ? { start, end } : undefined;
}

/** The Latin token ending at `end` (not glued to a digit), if any. */
export function latinTokenBefore(norm: Normalised, end: number): Token | undefined {
  const cls = charClasses();
  let start = end;
  while (start > 0 && cls[norm.codes[start - 1]!] === CharClass.Latin) start--;
  return start < end && (start === 0 || cls[norm.codes[start - 1]!] !== CharClass.Digit)
    ? { start, end }
    : undefined;
}

/** Whether the source has a hyphen right before the token (the second half of "Yu-na", "Jong-seok"). */
export function afterHyphen(norm: Normalised, source: string, token: Token): boolean {
  const separator = source.charCodeAt(sourceIndex(norm, token.start - 1));
  return separator === 0x2d || separator === 0x2010 || separator === 0x2011;
}

/** Could this token be part of a person's name? Capitalised after a space, lowercase after a hyphen ("Yu-na"). */
export function nameLike(norm: Normalised, source: string, token: Token): boolean {
  const lower = lowerOrCaseless(source, sourceIndex(norm, token.start));
  if (afterHyphen(norm, source, token) ? !lower : lower) return false; // checked first: it needs no string
  const word = sliceCodes(norm, token.start, token.end);
  return !NOT_NAME_WORDS.has(word) && !isTitleWord(word);
}

/** "Putting", "Asking", "Calling": a participle before a name opens a clause, it is no first name. */
export function participle(word: string): boolean {
  if (word.length < 6 || !word.endsWith('ing')) return false;
  const [a, b] = [word[word.length - 5]!, word[word.length - 4]!];
  return a === b || (!'aeiouy'.includes(a) && !'aeiouy'.includes(b));
}

/** "Blasts", "Named": in a title-case headline, a verb after a surname is no given name ("Kim Blasts Seoul"). */
export function headlineVerb(word: string): boolean {
  return word.length >= 4 && (word.endsWith('s') || word.endsWith('ed'));
}

/**
 * Whether the line around `at` (a source index) is set in title case, as headlines are ("Kim Blasts
 * Seoul Over Drills"): capitalised words there say nothing about given names.
 */
export function inTitleCaseLine(source: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 160 && source.charCodeAt(from - 1) !== 0x0a) from--;
  let to = at;
  while (to < source.length && to - at < 160 && source.charCodeAt(to) !== 0x0a) to++;
  let capitalised = 0;
  for (const word of source.slice(from, to).split(/[^\p{L}'’-]+/u)) {
    // Quotes around a word are no part of it: "Roh Crosses 'Line,' Walks Into N. Korea".
    let first = 0;
    while (first < word.length && "'’-".includes(word[first]!)) first++;
    if (word.length - first < 4) continue;
    if (word[first] === word[first]!.toLowerCase()) return false;
    capitalised++;
  }
  return capitalised >= 3;
}
