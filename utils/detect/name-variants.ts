/**
 * Written forms of Korean names that follow from the catalogue's own by rule, so that no figure
 * table has to list them: the other Korea's spelling of a surname (North Korean media write
 * 리재명 for 이재명, Seoul writes 이선권 for 리선권), bare surnames in their other romanisations (Chung / Jeong), and the
 * spellings that only start a name ("Rhee Jae-myung").
 */
import { splitHangulName, surnameSpellings } from './romanised-korean';
import type { Figure } from './types';

/** First syllables that the South writes without ㄹ/ㄴ and the North with it (두음법칙). */
const INITIAL_LAW: Readonly<Record<string, string>> = {
  이: '리',
  리: '이',
  유: '류',
  류: '유',
  임: '림',
  림: '임',
  양: '량',
  량: '양',
  여: '려',
  려: '여',
  노: '로',
  로: '노',
  용: '룡',
  룡: '용',
};

/** The other Korea's spellings of a figure's Hangul names, not already listed. */
export function hangulVariants(nativeNames: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of nativeNames) {
    const parts = splitHangulName(name);
    const other = parts && INITIAL_LAW[parts[0]];
    if (other !== undefined && !nativeNames.includes(other + parts![1]))
      out.push(other + parts![1]);
  }
  return out;
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

/** English words among the surname spellings: never read as the start of a Korean name on their own. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'gang',
  'song',
  'sin',
  'son',
  'huh',
  'hong',
  'yang',
  'chang',
  'cha',
  'min',
  'han',
  'nam',
]);

/** What a Korean figure's Hangul surname gives: its bare variant spellings and its anchor spellings. */
interface SurnameForms {
  bare: readonly string[];
  anchors: readonly string[];
}

/** Per Hangul surname (the tables are fixed: each is worked out once). */
const formsOf = new Map<string, SurnameForms>();

/**
 * For a Korean figure: bare surnames in its other romanisations (lowercase, a leading "~" copied
 * from its Latin surname: they follow the listed one's rules), and the spellings worth matching
 * only to read the Korean name after them ("Rhee Jae-myung": three letters or more, no English word).
 */
export function koreanSurnameForms(figure: Figure): SurnameForms | undefined {
  let hangul: string | undefined;
  for (const name of figure.nativeNames) {
    hangul = splitHangulName(name)?.[0];
    if (hangul !== undefined) break;
  }
  const latin = figure.surnames?.[0];
  if (hangul === undefined || latin === undefined) return undefined;
  let forms = formsOf.get(hangul);
  if (!forms) {
    const spellings = surnameSpellings(hangul);
    forms = {
      bare: spellings.filter((s) => BARE_VARIANTS.has(s)),
      anchors: spellings.filter((s) => s.length >= 3 && !ENGLISH_WORDS.has(s)),
    };
    formsOf.set(hangul, forms);
  }
  return latin.startsWith('~')
    ? { bare: forms.bare.map((s) => `~${s}`), anchors: forms.anchors }
    : forms;
}
