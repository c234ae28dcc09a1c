/**
 * Surnames that name nobody in particular, or someone else: the name itself spoken of ("94 people
 * with the surname Putin", "по фамилии Путин"), and a Russian first name before a surname in
 * Cyrillic ("Алексей Путин", "Анатолий Ким"), a namesake's full name. Read from the word right
 * before a surname hit; the patterns run only when that word's first letter allows them.
 */
import { type Normalised, sourceIndex } from './normalise';
import { mayEndCue } from './title-cues';

/** "surname Kim", "фамилия Путин", "по фамилии Путин". */
const SPOKEN_OF = /(?:surnamed?|фамили\p{L}*) $/iu;

/** The first units SPOKEN_OF's words can start with: s S ф Ф. */
const SPOKEN_HEADS = [0x73, 0x53, 0x444, 0x424];

/**
 * A capitalised Cyrillic word ending as men's first names end (a consonant, й or ь; genitives of
 * places end in vowels: "России"), after a word or comma, not a sentence end (where any word is
 * capitalised: "Вчера Путин"), in lower case after its first letter (not "РФ").
 */
const FIRST_NAME = /[\p{Ll},] ([А-ЯЁ][а-яё]+[б-дж-зй-нп-тф-щь]) $/u;

/**
 * Men's first names from other languages end in -о too (Франко, Марио, Бруно), and so do places
 * that do not decline ("в Токио Путин"): such a word, after a word that is not a preposition.
 */
const FIRST_NAME_O = /(\p{Ll}+|,) ([А-ЯЁ][а-яё]+о) $/u;
const PREPOSITIONS = new Set([
  'в',
  'во',
  'из',
  'на',
  'до',
  'от',
  'под',
  'над',
  'по',
  'к',
  'с',
  'у',
  'за',
  'о',
  'об',
]);

/** The name spoken of, not a person: see nameBefore. */
export const SPOKEN = -2;

/**
 * What the word before the surname hit at normalised `start` makes of it: SPOKEN, the normalised
 * start of a Russian first name before it (`cyrillic` hits only), or -1 (nothing).
 */
export function nameBefore(
  norm: Normalised,
  source: string,
  start: number,
  cyrillic: boolean,
): number {
  const at = sourceIndex(norm, start);
  if (source.charCodeAt(at - 1) !== 0x20) return -1;
  let from = at - 1;
  while (from > 0 && at - from < 20 && source.charCodeAt(from - 1) > 0x40) from--;
  // The word's first unit as a number (a string of one Hangul or Han unit would be a new string).
  const head = source.charCodeAt(from);
  if (SPOKEN_HEADS.includes(head) && SPOKEN_OF.test(source.slice(from, at))) return SPOKEN;
  if (!cyrillic || head < 0x410 || head > 0x42f) return -1; // А–Я
  const name =
    FIRST_NAME.exec(source.slice(Math.max(0, from - 2), at))?.[1] ??
    foreignFirstName(source, from, at);
  return name && !mayEndCue(name.toLowerCase()) ? start - name.length - 1 : -1;
}

/** FIRST_NAME_O's name before the surname at `at`, whose word before it starts at `from`. */
function foreignFirstName(source: string, from: number, at: number): string | undefined {
  if (source.charCodeAt(at - 2) !== 0x43e) return undefined; // о
  const found = FIRST_NAME_O.exec(source.slice(Math.max(0, from - 12), at));
  return found && !PREPOSITIONS.has(found[1]!) ? found[2] : undefined;
}
