/** Title words that point at an office ("President Moon", "FM Cho", "김 위원장", "金委員長") and side adjectives. */
import { CharClass, charClasses } from './char-class';
import { type Normalised, sliceCodes } from './normalise';
import type { RoleKind, Side } from './types';

/** What a title tells the reader: an office kind (or none for "Mr."), a side, whether it is former. */
export interface TitleCue {
  /** Office kinds the title points at; null for a title that names no office ("Mr.", "씨"). */
  readonly roles: readonly RoleKind[] | null;
  /** Whether a title word was present (a side adjective alone is a cue but not a title). */
  readonly titled: boolean;
  /** "Mr." points at a man, "Ms."/"Mrs."/"(first) lady" at a woman. */
  readonly gender?: 'female' | 'male' | undefined;
  readonly side?: Side | undefined;
  readonly former?: boolean;
}

/** Office kinds that several title words share (also used by titles-after.ts). */
export const LEADER: RoleKind[] = ['leader'];
export const CHAIR: RoleKind[] = ['leader', 'head-of-state'];
export const PRESIDENT: RoleKind[] = ['president', 'head-of-state'];
export const PM: RoleKind[] = ['prime-minister'];
export const FM: RoleKind[] = ['foreign-minister'];
export const MINISTER: RoleKind[] = ['foreign-minister', 'minister'];
export const ENVOY: RoleKind[] = ['envoy'];
export const AMBASSADOR: RoleKind[] = ['ambassador'];
export const SECRETARY: RoleKind[] = ['secretary-of-state'];
export const ADVISER: RoleKind[] = ['security-adviser'];
export const SPY: RoleKind[] = ['intelligence'];
const DIPLOMAT: RoleKind[] = [
  'envoy',
  'ambassador',
  'foreign-minister',
  'minister',
  'secretary-of-state',
];
/**
 * "Dr.": the offices a doctor of some field holds. The press styles a president by his office, so
 * "Dr. Biden" is someone else (Jill Biden), while "Dr. Pak" may be an envoy.
 */
const DOCTOR: RoleKind[] = [...MINISTER, ...ENVOY, ...AMBASSADOR, ...ADVISER, ...SPY];
/**
 * "The younger / elder": a relative told apart from the one named ("the younger Rodman" after
 * Dennis Rodman and his daughter), who holds none of the offices a title can point at.
 */
const RELATIVE: RoleKind[] = [];

/**
 * A lookup table of words, as a Map: page text is hostile, and "constructor" or "__proto__" must
 * not find Object.prototype's members ("the constructor Kim" once threw); and the words looked up
 * are new strings, which a Map finds by their hash while an object's keys need them interned first.
 */
function wordTable<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** English titles read before a name: two-word forms first ("foreign minister"), then one word. */
const ENGLISH_TWO = wordTable<RoleKind[]>({
  'foreign minister': FM,
  'prime minister': PM,
  'vice minister': MINISTER,
  'deputy minister': MINISTER,
  'unification minister': ['minister'],
  'defense minister': ['minister'],
  'defence minister': ['minister'],
  'general secretary': LEADER,
  'secretary general': LEADER,
  'supreme leader': LEADER,
  'special representative': ENVOY,
  'special envoy': ENVOY,
  'nuclear envoy': ENVOY,
  'security adviser': ADVISER,
  'security advisor': ADVISER,
  'spy chief': SPY,
  'intelligence chief': SPY,
  'of state': SECRETARY,
  'chief of staff': ['chief-of-staff'],
});

const ENGLISH_ONE = wordTable<RoleKind[] | null>({
  president: PRESIDENT,
  'pres.': PRESIDENT,
  leader: LEADER,
  dictator: LEADER,
  ruler: LEADER,
  marshal: LEADER,
  chairman: CHAIR,
  premier: PM,
  pm: PM,
  fm: FM,
  minister: MINISTER,
  envoy: ENVOY,
  representative: ENVOY,
  negotiator: ENVOY,
  ambassador: AMBASSADOR,
  'amb.': AMBASSADOR,
  secretary: SECRETARY,
  adviser: ADVISER,
  advisor: ADVISER,
  nsa: ADVISER,
  director: SPY,
  lawmaker: ['lawmaker'],
  legislator: ['lawmaker'],
  diplomat: DIPLOMAT,
  younger: RELATIVE,
  elder: RELATIVE,
  mr: null,
  'mr.': null,
  mrs: null,
  'mrs.': null,
  ms: null,
  'ms.': null,
  'dr.': DOCTOR,
  madam: null,
  lady: null,
  comrade: null,
  official: null,
});

const HONORIFIC_GENDER = wordTable<'female' | 'male'>({
  mr: 'male',
  'mr.': 'male',
  mrs: 'female',
  'mrs.': 'female',
  ms: 'female',
  'ms.': 'female',
  madam: 'female',
  // "first lady Biden": the president's wife.
  lady: 'female',
});

const FORMER = new Set(['former', 'late', 'ex', 'then', 'onetime', 'erstwhile']);

/** Side adjectives; a two-word key is matched on the two words before the title. */
const SIDES = wordTable<Side>({
  'north korean': 'DPRK',
  "north korea's": 'DPRK',
  "pyongyang's": 'DPRK',
  pyongyang: 'DPRK',
  dprk: 'DPRK',
  'south korean': 'ROK',
  "south korea's": 'ROK',
  "seoul's": 'ROK',
  seoul: 'ROK',
  us: 'US',
  'u.s.': 'US',
  american: 'US',
  "america's": 'US',
  "washington's": 'US',
  russian: 'Russia',
  "russia's": 'Russia',
  kremlin: 'Russia',
  chinese: 'China',
  "china's": 'China',
  "beijing's": 'China',
  japanese: 'Japan',
  "japan's": 'Japan',
  "tokyo's": 'Japan',
  'u.n.': 'UN',
  un: 'UN',
});

/** Reads a title cue from the words before a Latin or Cyrillic name (nearest word first). */
export function titleBefore(words: readonly string[]): TitleCue | undefined {
  let roles: RoleKind[] | null | undefined;
  let used = 0;
  const two = twoWords(words);
  if (two === 'of state' && words[2] === 'secretary') [roles, used] = [SECRETARY, 3];
  else if (ENGLISH_TWO.has(two) && two !== 'of state') [roles, used] = [ENGLISH_TWO.get(two)!, 2];
  else if (words[0] !== undefined && ENGLISH_ONE.has(words[0]))
    [roles, used] = [ENGLISH_ONE.get(words[0])!, 1];
  else if (words[0] !== undefined) {
    [roles, used] = cyrillicTitleAt(words, 0);
    if (roles === undefined && words[1] !== undefined && CYRILLIC_COUNTRIES.has(words[0])) {
      // "председатель КНР Си", "глава МИД КНДР Цой": the country after the title says the side.
      [roles, used] = cyrillicTitleAt(words, 1);
      if (roles !== undefined) used++;
    }
  }
  const country = roles !== undefined && used > 1 ? CYRILLIC_COUNTRIES.get(words[0]!) : undefined;
  const rest = words.slice(used);
  let former = false;
  if (rest[0] !== undefined && FORMER.has(rest[0])) {
    former = true;
    rest.shift();
  }
  const side = country ?? sideOf(rest);
  if (roles === undefined && side === undefined) return undefined;
  const gender = used === 1 ? HONORIFIC_GENDER.get(words[0]!) : undefined;
  return internCue(roles ?? null, roles !== undefined, side, former, gender);
}

/** Title cues are values: equal cues are one shared object (a long page has thousands of hits). */
const cues = new Map<number, TitleCue>();
const roleListIds = new Map<readonly RoleKind[] | null, number>();
const sideIds = new Map<Side | undefined, number>();

function idOf<K>(ids: Map<K, number>, key: K): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/** The one shared cue with these fields (never mutate a cue). */
export function internCue(
  roles: readonly RoleKind[] | null,
  titled: boolean,
  side?: Side,
  former = false,
  gender?: 'female' | 'male',
): TitleCue {
  const key =
    ((idOf(roleListIds, roles) * 16 + idOf(sideIds, side)) * 3 +
      (gender === undefined ? 0 : gender === 'female' ? 1 : 2)) *
      4 +
    (titled ? 2 : 0) +
    (former ? 1 : 0);
  let cue = cues.get(key);
  if (cue === undefined) {
    cue = { roles, titled, side, former, gender };
    cues.set(key, cue);
  }
  return cue;
}

function sideOf(words: readonly string[]): Side | undefined {
  const two = twoWords(words);
  return SIDES.get(two) ?? (words[0] === 'korean' ? undefined : SIDES.get(words[0]!));
}

/**
 * The two words before a name as one key ("foreign minister"), or "" when the nearest cannot end
 * a two-word key: most cannot, and the key is not made (a new string, hashed on lookup).
 */
function twoWords(words: readonly string[]): string {
  return words.length >= 2 && CUE_ENDINGS.has(words[0]!) ? `${words[1]} ${words[0]}` : '';
}

/** Countries Russian writes after a title, in the genitive or abbreviated, and the side they name. */
const CYRILLIC_COUNTRIES = new Map<string, Side>([
  ['кнр', 'China'],
  ['китая', 'China'],
  ['рф', 'Russia'],
  ['россии', 'Russia'],
  ['сша', 'US'],
  ['кндр', 'DPRK'],
  ['японии', 'Japan'],
]);

/** A Russian title ending at words[from] (words run backwards from the name), and how many words it took. */
function cyrillicTitleAt(words: readonly string[], from: number): [RoleKind[] | undefined, number] {
  const word = words[from]!;
  // "министр иностранных дел", "глава МИД": the foreign minister.
  if (word === 'дел' && words[from + 1] === 'иностранных' && words[from + 2]?.startsWith('министр'))
    return [FM, 3];
  if (word === 'мид' && words[from + 1]?.startsWith('глав')) return [FM, 2];
  const roles = cyrillicTitle(word);
  return [roles, roles === undefined ? 0 : 1];
}

function cyrillicTitle(word: string): RoleKind[] | undefined {
  if (word.startsWith('президент')) return PRESIDENT;
  if (word.startsWith('лидер') || word.startsWith('глав')) return LEADER;
  if (word.startsWith('председател')) return CHAIR;
  if (word.startsWith('министр')) return MINISTER;
  if (word.startsWith('посл')) return AMBASSADOR;
  if (word.startsWith('премьер')) return PM;
  return undefined;
}

/** Whether a word right before a name can end a title or side cue (else no more words are read). */
export function mayEndCue(word: string): boolean {
  return (
    ENGLISH_ONE.has(word) ||
    SIDES.has(word) ||
    CUE_ENDINGS.has(word) ||
    cyrillicTitle(word) !== undefined
  );
}

const CUE_ENDINGS = new Set([
  ...CYRILLIC_COUNTRIES.keys(),
  'дел',
  'мид',
  ...[...ENGLISH_TWO.keys()].map((k) => k.split(' ').pop()!),
  ...[...SIDES.keys()].map((k) => k.split(' ').pop()!),
]);

/** Whether a lowercased word is an English title or side word (never part of a person's name). */
export function isTitleWord(word: string): boolean {
  return ENGLISH_ONE.has(word) || SIDES.has(word) || FORMER.has(word) || TITLE_PARTS.has(word);
}

const TITLE_PARTS = new Set(
  [...ENGLISH_TWO.keys()]
    .flatMap((k) => k.split(' '))
    .concat(['north', 'south', 'korea', 'korean', 'state']),
);

const SPACE = 0x20;
const ABBREVIATIONS = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'amb.',
  'pres.',
  'u.s.',
  'u.n.',
  'sen.',
  'gen.',
  'rep.',
  'gov.',
]);

/** Hashes of the Latin words that mayEndCue accepts (a cue's last word: "president", "korean", "mr."). */
const CUE_END_HASHES = new Set<number>(
  [...ENGLISH_ONE.keys(), ...SIDES.keys(), ...CUE_ENDINGS]
    .filter((word) => !word.includes(' '))
    .map((word) =>
      hashUnits(
        Array.from(word, (ch) => ch.charCodeAt(0)),
        0,
        word.length,
      ),
    ),
);

/** FNV-1a over `units[from..to)`: the same number for a word whether read from a string or the text. */
function hashUnits(units: ArrayLike<number>, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ units[k]!, 0x01000193);
  return h >>> 0;
}

/** Where the word ending at `end` begins (letters, "." and "'"), or `end` when there is none. */
function wordStartBefore(norm: Normalised, end: number): number {
  const cls = charClasses();
  let j = end;
  while (j > 0) {
    const c = norm.codes[j - 1]!;
    const k = cls[c];
    if (k !== CharClass.Latin && k !== CharClass.Cyrillic && c !== 0x2e && c !== 0x27) break;
    j--;
  }
  return j;
}

/**
 * Whether the words before a Latin or Cyrillic name at `start` can hold a cue at all: most names
 * follow an ordinary word ("said Kim"), and this answers that without making a string. When it
 * says no, titleBefore(wordsBefore(norm, start)) is undefined.
 */
export function mayHaveCueBefore(norm: Normalised, start: number): boolean {
  const codes = norm.codes;
  if (start < 2 || codes[start - 1] !== SPACE) return false;
  const end = start - 1;
  const from = wordStartBefore(norm, end);
  if (from === end) return false;
  const cls = charClasses();
  for (let k = from; k < end; k++) {
    // Cyrillic titles are matched by prefix: let wordsBefore read them.
    if (cls[codes[k]!] === CharClass.Cyrillic) return true;
  }
  return CUE_END_HASHES.has(hashUnits(codes, from, end));
}

/** Up to four lowercased words right before `start`, nearest first, stopping at punctuation or a sentence end. */
export function wordsBefore(norm: Normalised, start: number): string[] {
  const words: string[] = [];
  let i = start;
  while (words.length < 4 && i > 1 && norm.codes[i - 1] === SPACE) {
    const j = wordStartBefore(norm, i - 1);
    if (j === i - 1) break;
    const word = sliceCodes(norm, j, i - 1);
    if (word.endsWith('.') && !ABBREVIATIONS.has(word)) break;
    words.push(word);
    if (words.length === 1 && !mayEndCue(word)) break; // most names follow an ordinary word
    i = j;
  }
  return words;
}
