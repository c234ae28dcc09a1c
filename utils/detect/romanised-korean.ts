/**
 * Romanised Korean names: whether a Latin spelling can write a Hangul name in one of the systems the
 * press uses (Revised Romanisation, McCune–Reischauer without its marks, North Korean, the popular
 * spellings such as "Young", "Hee", "Wha", "Gunn"). Lets "Park Jiwon", "Wi Sung-lak" or "Song Kim"
 * be read as the catalogue's 박지원, 위성락, 김성, and "Lee Jong Seok" as someone who is not in it.
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Spellings of the 19 initial consonants (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
const INITIALS: readonly (readonly string[])[] = [
  ['g', 'k'],
  ['kk', 'gg', 'k'],
  ['n'],
  ['d', 't'],
  ['tt', 'dd'],
  ['r', 'l'],
  ['m'],
  ['b', 'p'],
  ['pp', 'bb'],
  ['s', 'sh'],
  ['ss', 's'],
  [''],
  ['j', 'ch'],
  ['jj', 'tch'],
  ['ch'],
  ['k', 'kh'],
  ['t', 'th'],
  ['p', 'ph'],
  ['h'],
];

/** Spellings of the 21 vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ). */
const VOWELS: readonly (readonly string[])[] = [
  ['a', 'ah'],
  ['ae'],
  ['ya'],
  ['yae'],
  ['eo', 'o', 'u'],
  ['e'],
  ['yeo', 'yo', 'yu', 'you'],
  ['ye'],
  ['o', 'oh'],
  ['wa'],
  ['wae'],
  ['oe', 'oi', 'we'],
  ['yo'],
  ['u', 'oo'],
  ['wo', 'weo'],
  ['we'],
  ['wi', 'wee'],
  ['yu', 'yoo'],
  ['eu', 'u'],
  ['ui', 'eui', 'ee', 'i'],
  ['i', 'ee'],
];

/** Spellings of the 28 finals (none, then ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ … ㅎ) as names are written. */
const FINALS: readonly (readonly string[])[] = [
  [''],
  ['k', 'g', 'c'],
  ['k'],
  ['k'],
  ['n', 'nn'],
  ['n'],
  ['n'],
  ['t', 'd'],
  ['l', 'r'],
  ['k'],
  ['m'],
  ['l'],
  ['l'],
  ['l'],
  ['p'],
  ['l'],
  ['m'],
  ['p', 'b'],
  ['p'],
  ['t', 's'],
  ['t'],
  ['ng'],
  ['t'],
  ['t'],
  ['k'],
  ['t'],
  ['p'],
  ['t'],
];

/** Whole syllables with popular spellings the jamo do not give ("Young", "Woo", "Hwa" as "Wha", "Lee"). */
const POPULAR: Readonly<Record<string, readonly string[]>> = {
  영: ['young'],
  우: ['woo', 'wu'],
  운: ['woon'],
  욱: ['wook'],
  화: ['wha'],
  이: ['yi', 'lee', 'ee'],
  희: ['hee', 'hi'],
  오: ['oh'],
  안: ['ahn'],
  은: ['un'],
  건: ['gunn', 'kun'],
  근: ['gun', 'kun'],
};

/** How the press writes each Korean surname (North and South: 리/이 "Ri"/"Lee", 로/노 "Roh"/"Noh"). */
const SURNAMES: Readonly<Record<string, readonly string[]>> = {
  김: ['kim', 'gim'],
  이: ['lee', 'yi', 'rhee', 'ri', 'li'],
  리: ['ri', 'lee', 'rhee', 'yi', 'li'],
  박: ['park', 'pak', 'bak'],
  최: ['choe', 'choi'],
  정: ['chung', 'jung', 'jeong', 'chong'],
  노: ['roh', 'noh', 'no'],
  로: ['ro', 'roh'],
  현: ['hyon', 'hyun', 'hyeon'],
  조: ['cho', 'jo'],
  서: ['suh', 'seo'],
  임: ['im', 'lim', 'yim', 'rim'],
  림: ['rim', 'lim', 'im'],
  윤: ['yoon', 'yun'],
  문: ['moon', 'mun'],
  강: ['kang', 'gang'],
  위: ['wi', 'wee'],
  태: ['thae', 'tae'],
  장: ['jang', 'chang'],
  유: ['yoo', 'yu'],
  류: ['ryu', 'yoo', 'yu'],
  성: ['sung', 'seong'],
  송: ['song'],
  신: ['shin', 'sin'],
  오: ['oh'],
  전: ['jeon', 'chun', 'chon'],
  천: ['chun', 'cheon', 'chon'],
  권: ['kwon', 'gwon'],
  홍: ['hong'],
  한: ['han'],
  황: ['hwang'],
  안: ['ahn', 'an'],
  남: ['nam'],
  양: ['yang'],
  량: ['ryang', 'yang'],
  손: ['sohn', 'son'],
  백: ['baek', 'paek', 'paik'],
  허: ['huh', 'heo'],
  고: ['ko', 'go'],
  구: ['koo', 'ku'],
  주: ['ju', 'joo'],
  우: ['woo'],
  차: ['cha'],
  민: ['min'],
  변: ['byun', 'pyon'],
  채: ['chae'],
};

/** The Latin spellings of a Hangul surname the press uses (empty when it is not in the table). */
export function surnameSpellings(hangul: string): readonly string[] {
  return SURNAMES[hangul] ?? [];
}

/** Whether `latin` (lowercase) is a press spelling of some Korean surname. */
export function isKoreanSurnameSpelling(latin: string): boolean {
  return KOREAN_SURNAME_SPELLINGS.has(latin);
}

const KOREAN_SURNAME_SPELLINGS: ReadonlySet<string> = new Set(Object.values(SURNAMES).flat());

const spellingCache = new Map<number, readonly string[]>();

/** Every spelling of one Hangul syllable (by its code), jamo by jamo plus the popular ones. */
function syllableSpellings(code: number): readonly string[] {
  let cached = spellingCache.get(code);
  if (cached) return cached;
  const index = code - HANGUL_FIRST;
  const out = new Set<string>(POPULAR[String.fromCharCode(code)] ?? []);
  for (const initial of INITIALS[Math.floor(index / 588)]!) {
    for (const vowel of VOWELS[Math.floor((index % 588) / 28)]!) {
      for (const final of FINALS[index % 28]!) out.add(initial + vowel + final);
    }
  }
  cached = [...out];
  spellingCache.set(code, cached);
  return cached;
}

/**
 * Whether `latin` (lowercase, syllables separated by single spaces or joined: "sung lak", "jiwon")
 * writes the Hangul syllables of `hangul` in order; a space may only fall between two syllables.
 */
export function writesHangul(latin: string, hangul: string): boolean {
  return fits(latin, 0, hangul, 0);
}

function fits(latin: string, at: number, hangul: string, k: number): boolean {
  if (k === hangul.length) return at === latin.length;
  const code = hangul.charCodeAt(k);
  if (code < HANGUL_FIRST || code > HANGUL_LAST) return false;
  const from = k > 0 && latin.charCodeAt(at) === 0x20 ? at + 1 : at;
  for (const spelling of syllableSpellings(code)) {
    if (spelling.length > 0 && latin.startsWith(spelling, from)) {
      if (fits(latin, from + spelling.length, hangul, k + 1)) return true;
    }
  }
  return false;
}

/** Whether `latin` (lowercase; one to three syllables, spaced or joined) could be a Korean given name. */
export function looksLikeKoreanGivenName(latin: string): boolean {
  let answer = givenNameAnswers.get(latin);
  if (answer === undefined) {
    // Names repeat on a page, and the answers are few: keep them (bounded for hostile pages).
    answer = syllablesIn(latin, 0, 0);
    if (givenNameAnswers.size > 4096) givenNameAnswers.clear();
    givenNameAnswers.set(latin, answer);
  }
  return answer;
}

const givenNameAnswers = new Map<string, boolean>();

/** Spellings of all Hangul syllables, by length, for looksLikeKoreanGivenName (built on first use). */
let anySyllable: ReadonlySet<string> | undefined;

function syllablesIn(latin: string, at: number, count: number): boolean {
  if (at === latin.length) return count > 0;
  if (count === 3) return false;
  anySyllable ??= allSyllableSpellings();
  const from = count > 0 && latin.charCodeAt(at) === 0x20 ? at + 1 : at;
  for (let end = Math.min(latin.length, from + 6); end > from; end--) {
    if (anySyllable.has(latin.slice(from, end)) && syllablesIn(latin, end, count + 1)) return true;
  }
  return false;
}

/**
 * Spellings of the syllables Korean given names are made of: every initial with every vowel and
 * the finals names end in (no ㄷ/ㅅ/ㅈ "t" finals, which English words are full of).
 */
function allSyllableSpellings(): ReadonlySet<string> {
  const out = new Set<string>(Object.values(POPULAR).flat());
  const finals = ['', 'k', 'n', 'l', 'm', 'p', 'ng', 'c', 'nn'];
  for (let i = 0; i < INITIALS.length; i++) {
    if (i === 1 || i === 4 || i === 8 || i === 13) continue; // doubled consonants start no name syllable
    for (const initial of INITIALS[i]!) {
      for (const vowels of VOWELS) {
        for (const vowel of vowels) for (const final of finals) out.add(initial + vowel + final);
      }
    }
  }
  return out;
}

/** The surname and given name of a Hangul name of two to four syllables ("박지원" → ["박", "지원"]). */
export function splitHangulName(name: string): [string, string] | undefined {
  if (name.length < 2 || name.length > 4) return undefined;
  for (let k = 0; k < name.length; k++) {
    const code = name.charCodeAt(k);
    if (code < HANGUL_FIRST || code > HANGUL_LAST) return undefined;
  }
  return [name.slice(0, 1), name.slice(1)];
}
