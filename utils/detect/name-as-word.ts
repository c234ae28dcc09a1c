/**
 * Surnames that name nobody in particular, or someone else: the name itself spoken of ("94 people
 * with the surname Putin", "по фамилии Путин", "the family name Kim"), and a Russian first name
 * before a Russian surname ("Алексей Путин"), which is a namesake's full name. Read from the
 * words right before a surname hit, so it costs a token look-back per surname hit.
 */
import { lowerOrCaseless } from './boundaries';
import { CharClass, charClasses } from './char-class';
import { type Normalised, sliceCodes, sourceIndex } from './normalise';
import type { Token } from './name-tokens';
import { isTitleWord, mayEndCue } from './title-cues';

const SPACE = 0x20;

/** Words meaning "surname" (lower case; Cyrillic ones as stems, every case ending follows). */
const SURNAME_WORDS = new Set(['surname', 'surnames', 'surnamed']);
const SURNAME_STEMS = ['фамили', 'однофамил'];

/** The token of `script` ending at `end` (exclusive), if any. */
export function tokenBefore(norm: Normalised, end: number, script: CharClass): Token | undefined {
  const cls = charClasses();
  let start = end;
  while (start > 0 && cls[norm.codes[start - 1]!] === script) start--;
  return start < end ? { start, end } : undefined;
}

/**
 * Whether the word before the name at `start` says the name is spoken of as a name: "surname Kim",
 * "family name Kim", "фамилия Путин", "однофамилец Путин".
 */
export function nameSpokenOf(norm: Normalised, start: number, script: CharClass): boolean {
  if (start < 2 || norm.codes[start - 1] !== SPACE) return false;
  const token = tokenBefore(norm, start - 1, script);
  if (!token) return false;
  const word = sliceCodes(norm, token.start, token.end);
  if (script === CharClass.Cyrillic) return SURNAME_STEMS.some((stem) => word.startsWith(stem));
  if (SURNAME_WORDS.has(word)) return true;
  if (word !== 'name' || token.start < 2 || norm.codes[token.start - 1] !== SPACE) return false;
  const before = tokenBefore(norm, token.start - 1, script);
  return before !== undefined && sliceCodes(norm, before.start, before.end) === 'family';
}

/** Sentence ends: a capitalised word after one of these may be any word, not a first name. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x2029;
}

/**
 * Where a Russian first name written before the Cyrillic surname at `start` begins ("Алексей
 * Путин"), or -1: a capitalised word, not at a sentence start, no title or side word, ending as
 * men's first names end (a consonant, й or ь; the genitives of places end in vowels: "России").
 */
export function russianFirstNameBefore(norm: Normalised, source: string, start: number): number {
  if (start < 2 || norm.codes[start - 1] !== SPACE) return -1;
  const token = tokenBefore(norm, start - 1, CharClass.Cyrillic);
  if (!token || token.end - token.start < 3) return -1;
  if (lowerOrCaseless(source, sourceIndex(norm, token.start))) return -1;
  const word = sliceCodes(norm, token.start, token.end);
  if ('аеёиоуыэюя'.includes(word[word.length - 1]!)) return -1;
  if (isTitleWord(word) || mayEndCue(word)) return -1;
  // At a sentence start any word is capitalised ("Вчера Путин …").
  let i = sourceIndex(norm, token.start) - 1;
  while (i >= 0 && (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === 0xab)) i--;
  if (i < 0 || endsSentence(source.charCodeAt(i))) return -1;
  // A word in capitals is an abbreviation ("РФ", "МИД"), no first name.
  if (!lowerOrCaseless(source, sourceIndex(norm, token.start + 1))) return -1;
  return token.start;
}
