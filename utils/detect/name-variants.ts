/**
 * Written forms of Korean names that follow from the catalogue's own by rule, so that no figure
 * table has to list them: the other Korea's spelling of a surname (North Korean media write
 * 리재명 for 이재명, Seoul writes 이선권 for 리선권), Hangul names written with a space after
 * the surname (김 여정), and bare surnames in their other romanisations (Chung / Jung / Jeong).
 */
import { CharClass, charClasses } from './char-class';
import { normaliseString } from './normalise';
import { splitHangulName, surnameSpellings } from './romanised-korean';
import type { Figure } from './types';

/** First syllables that the South writes without ㄹ/ㄴ and the North with it (두음법칙). */
const INITIAL_LAW: readonly (readonly [string, string])[] = [
  ['이', '리'],
  ['유', '류'],
  ['임', '림'],
  ['양', '량'],
  ['여', '려'],
  ['노', '로'],
  ['용', '룡'],
  ['육', '륙'],
  ['염', '렴'],
];

/** The other Korea's spellings and the spaced forms of a figure's Hangul names, not already listed. */
export function hangulVariants(nativeNames: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of nativeNames) {
    const parts = splitHangulName(name);
    if (!parts) continue;
    const [surname, given] = parts;
    for (const [south, north] of INITIAL_LAW) {
      const other = surname === south ? north : surname === north ? south : undefined;
      if (other !== undefined) out.push(other + given);
    }
    // One-syllable given names are left out: "서 훈", "조 현" are as often two words.
    if (given.length >= 2) out.push(`${surname} ${given}`);
  }
  return out.filter((form, i) => !nativeNames.includes(form) && out.indexOf(form) === i);
}

/**
 * Bare surnames in the figure's other romanisations, which follow the rules of its listed one
 * (a leading "~" copied), leaving out spellings some figure already bears as its own surname.
 */
export function surnameVariants(figure: Figure, taken: ReadonlySet<string>): string[] {
  const hangul = figure.nativeNames.map(splitHangulName).find((parts) => parts !== undefined);
  const latin = (figure.surnames ?? []).find((s) => isLatin(s.replace(/^~/, '')));
  if (!hangul || latin === undefined) return [];
  const mark = latin.startsWith('~') ? '~' : '';
  return surnameSpellings(hangul[0])
    .filter((spelling) => BARE_VARIANTS.has(spelling) && !taken.has(normaliseString(spelling)))
    .map((spelling) => `${mark}${spelling[0]!.toUpperCase()}${spelling.slice(1)}`);
}

/** Variant spellings safe to match on their own (not English words or mostly other people: "No", "Yi", "Rhee", "Jung"). */
const BARE_VARIANTS: ReadonlySet<string> = new Set([
  'choe',
  'choi',
  'chung',
  'jeong',
  'roh',
  'noh',
  'hyon',
  'hyun',
  'hyeon',
  'suh',
  'seo',
  'lim',
  'yoon',
  'yun',
]);

function isLatin(s: string): boolean {
  return s.length > 0 && charClasses()[s.charCodeAt(0)] === CharClass.Latin;
}
