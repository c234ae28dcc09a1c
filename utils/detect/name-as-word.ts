/**
 * Surnames that name nobody in particular, or someone else: the name itself spoken of ("94 people
 * with the surname Putin", "по фамилии Путин"), and a Russian first name before a Russian surname
 * ("Алексей Путин"), a namesake's full name. Read from the source right before a surname hit:
 * a short look-back per surname hit.
 */
import { type Normalised, sourceIndex } from './normalise';
import { isTitleWord, mayEndCue } from './title-cues';

/** "surname Kim", "family name Kim", "фамилия Путин", "однофамилец Путин" (the words before a name). */
const SPOKEN_OF = /(?:surnamed?|family name|фамили\p{L}*|однофамил\p{L}*) $/iu;

/** Whether the name at normalised offset `start` is spoken of as a name. */
export function nameSpokenOf(norm: Normalised, source: string, start: number): boolean {
  const at = sourceIndex(norm, start);
  return SPOKEN_OF.test(source.slice(Math.max(0, at - 16), at));
}

/**
 * A capitalised Cyrillic word ending as men's first names end (a consonant, й or ь; genitives of
 * places end in vowels: "России"), after a word or comma, not a sentence end (where any word is
 * capitalised: "Вчера Путин"), in lower case after its first letter (not "РФ").
 */
const FIRST_NAME = /[\p{Ll},] ([А-ЯЁ][а-яё]+[б-дж-зй-нп-тф-щь]) $/u;

/** Where a Russian first name before the Cyrillic surname at normalised `start` begins, or -1. */
export function russianFirstNameBefore(norm: Normalised, source: string, start: number): number {
  const at = sourceIndex(norm, start);
  const match = FIRST_NAME.exec(source.slice(Math.max(0, at - 24), at));
  if (!match) return -1;
  const word = match[1]!.toLowerCase();
  if (isTitleWord(word) || mayEndCue(word)) return -1;
  return start - match[1]!.length - 1;
}
