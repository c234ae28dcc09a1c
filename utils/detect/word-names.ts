/**
 * Names that are also words (トランプ: playing cards, 金星: Venus) and given names used alone (与正,
 * ヨジョン): the reader decides by what is around them, not by a blanket rule. A title right after
 * the name settles it; otherwise political words or another figure's name nearby make it a person,
 * and words of games or astronomy nearby make it the word.
 */
import { CharClass, charClasses } from './char-class';
import type { Hit } from './match';
import type { Normalised } from './normalise';
import { internCue, type TitleCue } from './title-cues';
import { titleCueAfter } from './title-suffixes';
import { GAME_WORDS, POLITICAL_WORDS } from './word-lists';

/** How far a word-name looks around itself, in code units (about a clause of CJK text). */
const WINDOW = 16;

/** The cue a word-name read as a person carries: no office, no side, but a person all the same. */
export const PERSON_CUE: TitleCue = internCue(null, false);

/** What a context word makes a nearby word-name (contextIn's answers). */
const POLITICAL = 1;
const GAME = 2;

/**
 * Per code unit, what context words it starts: a word of that one unit (票, 核, 遊) sets the bit of
 * its meaning (POLITICAL or GAME), a longer word that bit shifted left by two; 0 for most units.
 */
const WORD_STARTS = new Uint8Array(65536);
/**
 * One bit per code unit: whether WORD_STARTS has anything for it (8 KB: stays in the L1 cache).
 */
const STARTS_ANY = new Uint32Array(2048);
/** Longer context words by their first unit. */
const WORDS_BY_FIRST = new Map<number, { word: string; meaning: number }[]>();
/**
 * A bit per hash of the first two units of the longer words: a place whose two units hash to no
 * bit starts none of them (most places where a first unit matches), and its list is not read.
 */
const PAIR_BITS = 0xfff;
const PAIRS = new Uint8Array(PAIR_BITS + 1);
const pairHash = (first: number, second: number): number => (first * 31 + second) & PAIR_BITS;
for (const [words, meaning] of [
  [POLITICAL_WORDS, POLITICAL],
  [GAME_WORDS, GAME],
] as const) {
  for (const word of words) {
    const first = word.charCodeAt(0);
    STARTS_ANY[first >> 5]! |= 1 << (first & 31);
    if (word.length === 1) {
      WORD_STARTS[first]! |= meaning;
      continue;
    }
    WORD_STARTS[first]! |= meaning << 2;
    PAIRS[pairHash(first, word.charCodeAt(1))] = 1;
    const list = WORDS_BY_FIRST.get(first);
    if (list) list.push({ word, meaning });
    else WORDS_BY_FIRST.set(first, [{ word, meaning }]);
  }
}

/**
 * What norm[from, to) holds: GAME a word of games or the sky, POLITICAL a political word, 0 neither.
 * One pass for both meanings (a game word decides whatever else is there): most units start no
 * context word (one bit each), and a window read twice cost twice as much.
 */
function contextIn(norm: Normalised, from: number, to: number): number {
  const { codes, length } = norm;
  const end = Math.min(to, length);
  // The bitmap as a local: read through the module scope, each unit paid a context load.
  const any = STARTS_ANY;
  let found = 0;
  for (let at = Math.max(0, from); at < end; at++) {
    const unit = codes[at]!;
    if ((any[unit >> 5]! & (1 << (unit & 31))) === 0) continue;
    if (wordOf(codes, length, at, GAME)) return GAME;
    if (found === 0 && wordOf(codes, length, at, POLITICAL)) found = POLITICAL;
  }
  return found;
}

/** Whether a context word of `meaning` starts at `at`, whose unit starts some context word. */
function wordOf(codes: Uint16Array, length: number, at: number, meaning: number): boolean {
  const unit = codes[at]!;
  const starts = WORD_STARTS[unit]!;
  if ((starts & meaning) !== 0) return true;
  // A longer word needs a second unit inside the text (startsWithAt would refuse it too).
  if ((starts & (meaning << 2)) === 0) return false;
  if (at + 1 >= length || PAIRS[pairHash(unit, codes[at + 1]!)] === 0) return false;
  const list = WORDS_BY_FIRST.get(unit)!;
  for (let w = 0; w < list.length; w++) {
    if (list[w]!.meaning === meaning && wordAt(codes, length, at, list[w]!.word)) return true;
  }
  return false;
}

/**
 * startsWithAt (normalise.ts) over the units, kept here: run through tsx (the benches, the CLIs)
 * every call of an imported function goes through an export getter, and this one runs per candidate.
 */
function wordAt(codes: Uint16Array, length: number, at: number, word: string): boolean {
  if (at + word.length > length) return false;
  for (let k = 0; k < word.length; k++) if (codes[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Drops the word-name hits among `hits` (text order, offsets into `norm`) that read as words: those
 * with no title after them, no political word and no other figure's name within WINDOW, or with a
 * word of games or the sky there.
 */
export function keepWordNamesInContext(hits: Hit[], norm: Normalised): Hit[] {
  let kept: Hit[] | undefined; // made only once a hit is dropped
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (hit.entry.needsContext && !readsAsPerson(hits, k, norm)) kept ??= hits.slice(0, k);
    else kept?.push(hit);
  }
  return kept ?? hits;
}

function readsAsPerson(hits: readonly Hit[], k: number, norm: Normalised): boolean {
  const hit = hits[k]!;
  if (titleCueAfter(norm, skipReading(norm, hit.end))) return true;
  const from = hit.start - WINDOW;
  const to = hit.end + WINDOW;
  const context = contextIn(norm, from, to);
  return context === POLITICAL || (context === 0 && otherFigureNear(hits, k, from, to));
}

/** Whether a hit other than hits[k], and not itself a word-name, lies within [from, to). */
function otherFigureNear(hits: readonly Hit[], k: number, from: number, to: number): boolean {
  for (let j = k - 1; j >= 0 && hits[j]!.end > from; j--) {
    if (!hits[j]!.entry.needsContext && hits[j]!.entry.kind !== 'blocker') return true;
  }
  for (let j = k + 1; j < hits.length && hits[j]!.start < to; j++) {
    if (!hits[j]!.entry.needsContext && hits[j]!.entry.kind !== 'blocker') return true;
  }
  return false;
}

/**
 * After a name, skips a reading in parentheses ("与正(ヨジョン)氏", "金永南(キム・ヨンナム)"), so
 * the title after it counts.
 */
export function skipReading(norm: Normalised, at: number): number {
  const open = norm.codes[at];
  if (open !== 0x28) return at;
  const cls = charClasses();
  let k = at + 1;
  const to = Math.min(norm.length, at + 12);
  while (k < to && (cls[norm.codes[k]!] === CharClass.Kana || norm.codes[k] === 0x20)) k++;
  return k < norm.length && norm.codes[k] === 0x29 ? k + 1 : at;
}

/**
 * Where a reading in parentheses ends (at its ")") when the hit at [start, end) opens it and is only
 * its first part: キム in 金永南(キム・ヨンナム) is that name's reading, no one else. Otherwise -1.
 */
export function readingEnd(norm: Normalised, start: number, end: number): number {
  const close = skipReading(norm, start - 1) - 1;
  return close > end ? close : -1;
}
