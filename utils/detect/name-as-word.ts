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

/**
 * A capitalised Cyrillic word ending as men's first names end (a consonant, й or ь; genitives of
 * places end in vowels: "России"), after a word or comma, not a sentence end (where any word is
 * capitalised: "Вчера Путин"), in lower case after its first letter (not "РФ").
 */
const FIRST_NAME = /[\p{Ll},] ([А-ЯЁ][а-яё]+[б-дж-зй-нп-тф-щь]) $/u;

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
  const head = source[from]!;
  if ('sSфФ'.includes(head) && SPOKEN_OF.test(source.slice(from, at))) return SPOKEN;
  if (!cyrillic || head < 'А' || head > 'Я') return -1;
  const name = FIRST_NAME.exec(source.slice(Math.max(0, from - 2), at))?.[1];
  return name && !mayEndCue(name.toLowerCase()) ? start - name.length - 1 : -1;
}
