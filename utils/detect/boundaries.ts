/** Where a name may start and end, per script. */
import type { AliasEntry } from './aliases';
import type { QuickReject } from './automaton';
import { CharClass, charClasses, isWordClass } from './char-class';
import { type Normalised, sourceIndex, startsWithAt } from './normalise';
import { drain, type Steps } from './steps';
import { TITLE_START, titleCueAfter } from './title-suffixes';
import { CYRILLIC_ENDINGS, HAN_NAMES_IN_WORDS, KOREAN_SUFFIXES } from './word-lists';

const APOSTROPHE = 0x27;
const S = 0x73;

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0xad;
}

/**
 * Per code unit, lazily: bit 1 set once known; bit 2 = unchanged by toLowerCase; bit 4 =
 * unchanged by toUpperCase (what `ch === ch.toLowerCase()` tests, without making strings per hit).
 */
const caseBits = new Uint8Array(65536);

function caseOf(c: number): number {
  let bits = caseBits[c]!;
  if (bits === 0) {
    const ch = String.fromCharCode(c);
    bits = 1 | (ch === ch.toLowerCase() ? 2 : 0) | (ch === ch.toUpperCase() ? 4 : 0);
    caseBits[c] = bits;
  }
  return bits;
}

/** `source[i] === source[i].toLowerCase()` for an index inside the source. */
export function lowerOrCaseless(source: string, i: number): boolean {
  return (caseOf(source.charCodeAt(i)) & 2) !== 0;
}

/** Is source[i] a hyphen followed by a lowercase letter, as in "Kim Song-nam" (but not "Trump-Kim")? */
function hyphenContinues(source: string, i: number): boolean {
  if (i < 0 || i + 1 >= source.length || !isHyphen(source.charCodeAt(i))) return false;
  return (caseOf(source.charCodeAt(i + 1)) & 4) === 0;
}

/**
 * A Latin name stands alone: no letter or digit on either side (JS `\b` is ASCII-only), not
 * before an apostrophe other than the possessive ("Xi'an"), capitalised in the source (lowercase
 * "moon", "park", "trump" are words), and a full name not continued by a hyphenated syllable
 * ("Kim Song-nam" is not Kim Song; "Kim-led" is still Kim).
 */
export function latinBoundsOk(
  norm: Normalised,
  source: string,
  start: number,
  end: number,
  fullName: boolean,
): boolean {
  const cls = charClasses();
  const { codes, length } = norm;
  if (start > 0 && isWordClass(cls[codes[start - 1]!]!)) return false;
  if (end < length) {
    const next = codes[end]!;
    if (isWordClass(cls[next]!)) return false;
    if (next === APOSTROPHE && end + 1 < length && isWordClass(cls[codes[end + 1]!]!)) {
      const possessive =
        codes[end + 1] === S && (end + 2 >= length || !isWordClass(cls[codes[end + 2]!]!));
      if (!possessive) return false;
    }
  }
  const from = sourceIndex(norm, start);
  if (fullName && hyphenContinues(source, sourceIndex(norm, end))) return false;
  if (lowerOrCaseless(source, from)) return false;
  // A two-letter name in capitals is a numeral or an acronym far more often ("Louis XI", "RI").
  if (end - start === 2) return (caseOf(source.charCodeAt(from + 1)) & 4) === 0;
  return true;
}

/** A Cyrillic name: no letter before; after it, nothing or one case ending, then no letter. Returns the end, or -1. */
export function cyrillicEnd(norm: Normalised, start: number, end: number): number {
  const cls = charClasses();
  const { codes, length } = norm;
  if (start > 0 && isWordClass(cls[codes[start - 1]!]!)) return -1;
  if (freeAt(norm, end)) return end;
  for (const ending of CYRILLIC_ENDINGS) {
    let ok = end + ending.length <= length;
    for (let k = 0; ok && k < ending.length; k++) ok = codes[end + k] === ending.charCodeAt(k);
    if (ok && freeAt(norm, end + ending.length)) return end + ending.length;
  }
  return -1;
}

/** No letter or digit at `i` (or the end of the text). */
function freeAt(norm: Normalised, i: number): boolean {
  return i >= norm.length || !isWordClass(charClasses()[norm.codes[i]!]!);
}

/** A Hangul name: no syllable before it; after it, nothing or up to three particles/attached nouns (김정은이, 문재인정부의). */
export function hangulBoundsOk(norm: Normalised, start: number, end: number): boolean {
  if (!hangulStartOk(norm, start)) return false;
  return suffixesFit(norm, end, 0);
}

/** First units of the Korean suffixes: most syllables after a name begin none of them. */
const SUFFIX_START = new Uint8Array(65536);
for (const suffix of KOREAN_SUFFIXES) SUFFIX_START[suffix.charCodeAt(0)] = 1;

/** Whether the text from `at` is empty, non-Hangul, or up to 3 − depth Korean suffixes then that. */
function suffixesFit(norm: Normalised, at: number, depth: number): boolean {
  const { codes, length } = norm;
  if (at >= length || charClasses()[codes[at]!] !== CharClass.Hangul) return true;
  if (depth === 3 || SUFFIX_START[codes[at]!] === 0) return false;
  for (const suffix of KOREAN_SUFFIXES) {
    if (startsWithAt(norm, at, suffix) && suffixesFit(norm, at + suffix.length, depth + 1)) {
      return true;
    }
  }
  return false;
}

/** A Hangul name does not start inside a longer word. */
export function hangulStartOk(norm: Normalised, start: number): boolean {
  return start === 0 || charClasses()[norm.codes[start - 1]!] !== CharClass.Hangul;
}

/** Katakana names must not be part of a longer katakana word. */
export function kanaBoundsOk(norm: Normalised, start: number, end: number): boolean {
  const cls = charClasses();
  const { codes, length } = norm;
  if (start > 0 && cls[codes[start - 1]!] === CharClass.Kana) return false;
  return end >= length || cls[codes[end]!] !== CharClass.Kana;
}

/** Han and kana code units, which a one-character name must not touch. */
function isHanOrKana(norm: Normalised, i: number): boolean {
  if (i < 0 || i >= norm.length) return false;
  const cls = charClasses()[norm.codes[i]!];
  return cls === CharClass.Han || cls === CharClass.Kana;
}

/**
 * "文→尹, …", "文정부": Korean headlines name a president by the one Han character of the surname,
 * touching no other Han or kana, with Hangul close by (Chinese and Japanese text has none).
 */
export function koreanHeadlineAbbreviation(norm: Normalised, start: number, end: number): boolean {
  if (isHanOrKana(norm, start - 1) || isHanOrKana(norm, end)) return false;
  const cls = charClasses();
  for (let k = Math.max(0, start - 6); k < Math.min(norm.length, end + 6); k++) {
    if (cls[norm.codes[k]!] === CharClass.Hangul) return true;
  }
  return false;
}

/** First units of HAN_NAMES_IN_WORDS' names: most Han hits skip hanNameInWord with one load. */
const IN_WORD_FIRST = new Uint8Array(65536);
for (const { name } of HAN_NAMES_IN_WORDS) IN_WORD_FIRST[name.charCodeAt(0)] = 1;

/** Whether the Han name at [start, end) is part of a longer word (四川普通话: HAN_NAMES_IN_WORDS). */
export function hanNameInWord(norm: Normalised, start: number, end: number): boolean {
  const { codes } = norm;
  if (IN_WORD_FIRST[codes[start]!] !== 1) return false;
  for (const word of HAN_NAMES_IN_WORDS) {
    if (word.name.length !== end - start || !startsWithAt(norm, start, word.name)) continue;
    if (start > 0 && word.before.includes(String.fromCharCode(codes[start - 1]!))) return true;
    if (end < norm.length && word.after.includes(String.fromCharCode(codes[end]!)))
      return (
        end + 1 >= norm.length || !word.unlessNext.includes(String.fromCharCode(codes[end + 1]!))
      );
  }
  return false;
}

/** The dots Chinese and Japanese put between a foreign given name and its surname. */
const NAME_DOTS = '·・‧.．';

/**
 * Whether a Han or katakana surname at `start` follows a given name in its own script joined by a
 * dot (伊万卡·特朗普, 伊凡卡.川普, イヴァンカ・トランプ): someone else's full name, since the figure's
 * own is matched whole (唐纳德·特朗普). `prevEnd`: where the hit before ends (a list: バイデン・トランプ).
 */
export function dottedNameBefore(
  norm: Normalised,
  source: string,
  start: number,
  prevEnd: number,
): boolean {
  const { codes } = norm;
  // The dots normalise to a space or a full stop (0x2e at most): most surnames follow a letter.
  // A dotted name needs a letter and its dot before the surname: none at the text's start.
  if (start < 2 || codes[start - 1]! > 0x2e) return false;
  const cls = charClasses();
  return (
    prevEnd !== start - 1 &&
    cls[codes[start - 2]!] === cls[codes[start]!] &&
    NAME_DOTS.includes(source[sourceIndex(norm, start - 1)]!)
  );
}

/** "기자" (reporter) as a word after a name: a byline ("김정은 기자 = …"), not 기자회견. */
const REPORTER = '기자';

/** Whether the Hangul name ending at `end` is a byline: a space or none after it, then 기자 as a word. */
export function hangulByline(norm: Normalised, end: number): boolean {
  let at = end;
  if (norm.codes[at] === 0x20) at++;
  if (!startsWithAt(norm, at, REPORTER)) return false;
  const next = at + REPORTER.length;
  return next >= norm.length || charClasses()[norm.codes[next]!] !== CharClass.Hangul;
}

/** A Han ideograph (hiragana, classed with Han, is a particle boundary here: 妹の与正). */
function isIdeograph(norm: Normalised, i: number): boolean {
  if (i < 0 || i >= norm.length) return false;
  const c = norm.codes[i]!;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** A Han given name alone (正恩氏, 妹の与正) is not part of a longer Han word (関与正常化); a title may follow. */
export function hanGivenNameStandsAlone(norm: Normalised, start: number, end: number): boolean {
  if (isIdeograph(norm, start - 1)) return false;
  return !isIdeograph(norm, end) || titleCueAfter(norm, end) !== undefined;
}

/** Quick-verdict classes of patterns (see QuickReject); each bit mirrors one check below. */
const Q_LATIN = 1; // latinBoundsOk: no letter or digit right after
const Q_HANGUL_TITLE = 2; // acceptedEnd: a bare Hangul surname needs a space, then a title
const Q_HANGUL = 4; // hangulBoundsOk: after it, no syllable that starts no suffix
const Q_CJK_TITLE = 8; // titleAfter: a space or the first unit of a title
const Q_KANA = 16; // kanaBoundsOk: no kana right after
const Q_CYRILLIC = 32; // cyrillicEnd: no letter right after unless it starts a case ending
const Q_HAN_ABBREVIATION = 64; // acceptedEnd: a one-character Han surname touches no Han or kana, or a title follows

const ENDING_START = new Uint8Array(65536);
for (const ending of CYRILLIC_ENDINGS) ENDING_START[ending.charCodeAt(0)] = 1;

/** Per unit: which quick-verdict classes an occurrence followed by it fails (unit 0 = end of text). */
let rejectAfter: Uint8Array | undefined;

/** Code units classified between two yields of rejectAfterSteps (about 1 ms cold). */
const UNITS_PER_STEP = 4096;

function* rejectAfterSteps(): Steps<Uint8Array> {
  if (rejectAfter) return rejectAfter;
  const cls = charClasses();
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const k = cls[c]!;
    let v = 0;
    if (isWordClass(k)) v |= Q_LATIN;
    if (c !== 0x20) v |= Q_HANGUL_TITLE;
    if (k === CharClass.Hangul && SUFFIX_START[c] === 0) v |= Q_HANGUL;
    if (c !== 0x20 && TITLE_START[c] === 0) v |= Q_CJK_TITLE;
    if (k === CharClass.Kana) v |= Q_KANA;
    if (isWordClass(k) && ENDING_START[c] === 0) v |= Q_CYRILLIC;
    if ((k === CharClass.Han || k === CharClass.Kana) && TITLE_START[c] === 0)
      v |= Q_HAN_ABBREVIATION;
    t[c] = v;
    if (c % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
  }
  rejectAfter ??= t;
  return rejectAfter;
}

/**
 * The scan's quick verdicts for these pattern entries: each rejects only occurrences that the
 * full check in acceptedEnd (match.ts) rejects as well, judged from the one unit after them.
 */
export function quickRejectFor(entries: readonly AliasEntry[]): QuickReject {
  return drain(quickRejectForSteps(entries));
}

/** quickRejectFor in steps (see steps.ts): the shared 64 K-unit table is built in slices. */
export function* quickRejectForSteps(entries: readonly AliasEntry[]): Steps<QuickReject> {
  const bits = new Uint8Array(entries.length);
  entries.forEach((entry, p) => {
    switch (entry.script) {
      case CharClass.Latin:
        bits[p] = Q_LATIN;
        break;
      case CharClass.Cyrillic:
        bits[p] = Q_CYRILLIC;
        break;
      case CharClass.Hangul:
        bits[p] = entry.needsTitle ? Q_HANGUL_TITLE : Q_HANGUL;
        break;
      case CharClass.Han:
        if (entry.abbreviates) bits[p] = Q_HAN_ABBREVIATION;
        else bits[p] = entry.needsTitle ? Q_CJK_TITLE : 0;
        break;
      case CharClass.Kana:
        bits[p] = entry.needsTitle ? Q_CJK_TITLE : Q_KANA;
        break;
      default:
        bits[p] = 0;
    }
  });
  return { bits, rejectAfter: yield* rejectAfterSteps() };
}
