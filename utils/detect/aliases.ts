/** Turns catalogue figures into matchable patterns: one entry per distinct normalised written form. */
import { CharClass, charClasses } from './char-class';
import { normaliseString } from './normalise';
import { drain, type Steps } from './steps';
import type { Figure, Side } from './types';
import { KOREAN_SIDES, reversedKey } from './korean-names';
import { hangulVariants, koreanSurnameForms } from './name-variants';
import { isKoreanSurnameSpelling } from './romanised-korean';
import { UNLISTED_PEOPLE } from './unlisted-people';
import { WORD_NAMES } from './word-lists';

/** How a written form names someone. */
export type EntryKind = 'full' | 'native' | 'surname' | 'given' | 'blocker';

/** What a pattern stands for. */
export interface AliasEntry {
  kind: EntryKind;
  /** Figures this form can name (one for a full name; all bearers for a surname). */
  figureIds: string[];
  /** Referent key ("s:kim", "g:jong un") for surnames, given names and unlisted people. */
  key: string;
  /** A common word ("Moon", "Park"): linked only after a title or an earlier mention. */
  needsCue: boolean;
  /** A Hangul/Chinese surname (김, 金): matched only right before a title (김 위원장, 金委員長). */
  needsTitle: boolean;
  /**
   * A form that is also a word (トランプ: playing cards; 金星: Venus) or a given name used alone
   * (与正, ヨジョン): matched before a title, or where political words or another figure are near.
   */
  needsContext: boolean;
  /** A one-character Han surname (文, 尹), which Korean headlines also use alone for its bearer. */
  abbreviates: boolean;
  /** Script of the first letter, which decides the boundary rules. */
  script: CharClass;
  /** A two-word surname-first full name (Kim Song) that a longer unlisted name may extend. */
  pairName: boolean;
  /** A Latin surname (or a two-word name beginning with one) that is a Korean surname spelling. */
  koreanSurname: boolean;
}

/** The catalogue as the matcher and resolver need it. */
export interface AliasIndex {
  patterns: string[];
  entries: AliasEntry[];
  /** Referent keys a full mention of a figure registers (all its surnames and given names). */
  keysOf: Map<string, string[]>;
  /** Catalogue figures bearing each key, in catalogue order. */
  bearers: Map<string, string[]>;
  figures: Map<string, Figure>;
}

const ASIAN: ReadonlySet<Side> = new Set<Side>(['DPRK', 'DPRK→ROK', 'ROK', 'China', 'Japan']);
const SURNAME_FIRST: ReadonlySet<Side> = new Set<Side>(['DPRK', 'DPRK→ROK', 'ROK', 'China']);

function scriptOf(s: string): CharClass {
  const classes = charClasses();
  for (let i = 0; i < s.length; i++) {
    const cls = classes[s.charCodeAt(i)]!;
    // The table holds only CharClass values (charClasses).
    if (cls !== CharClass.Other && cls !== CharClass.Digit) return cls as CharClass;
  }
  return CharClass.Other;
}

/** Russian declines given names too: "Владимира Путина", "Сергеем Лавровым". */
function cyrillicFirstWordForms(alias: string): string[] {
  const space = alias.indexOf(' ');
  if (space < 0) return [alias];
  const [first, rest] = [alias.slice(0, space), alias.slice(space)];
  const stem = first.slice(0, -1);
  const last = first.slice(-1);
  let forms: string[];
  if (last === 'й' || last === 'ь') forms = ['я', 'ю', 'ем', 'е'].map((e) => stem + e);
  else if (last === 'а' || last === 'я') forms = ['ы', 'и', 'е', 'у', 'ой'].map((e) => stem + e);
  else if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) forms = ['а', 'у', 'ом', 'е'].map((e) => first + e);
  else forms = [];
  return [first, ...forms].map((f) => f + rest);
}

/**
 * Cyrillic names ending in -а or -ь decline on the stem (Мацегора → Мацегоры, Юн Сок Ёль → Юн Сок
 * Ёлем); match the stem, and the nominative's last letter as one of the endings.
 */
function cyrillicStem(pattern: string): string {
  return (pattern.endsWith('а') || pattern.endsWith('ь')) && pattern.length > 3
    ? pattern.slice(0, -1)
    : pattern;
}

/** Appends `id` to the list under `key`. */
function pushTo(lists: Map<string, string[]>, key: string, id: string): void {
  const list = lists.get(key);
  if (list) list.push(id);
  else lists.set(key, [id]);
}

/** Figures handled between two yields of buildAliasIndexSteps (about 1 ms cold). */
const FIGURES_PER_STEP = 4;

/** Builds the alias index for `figures`. */
export function buildAliasIndex(figures: readonly Figure[]): AliasIndex {
  return drain(buildAliasIndexSteps(figures));
}

/** buildAliasIndex in steps: yields every few figures (see steps.ts). */
export function* buildAliasIndexSteps(figures: readonly Figure[]): Steps<AliasIndex> {
  const byPattern = new Map<string, AliasEntry>();
  const keysOf = new Map<string, string[]>();
  const bearers = new Map<string, string[]>();
  const commonKeys = new Set<string>();
  const add = (
    written: string,
    entry: Omit<
      AliasEntry,
      'script' | 'pairName' | 'needsContext' | 'abbreviates' | 'koreanSurname'
    >,
  ): void => {
    let pattern = normaliseString(written);
    const script = scriptOf(pattern);
    if (script === CharClass.Cyrillic) pattern = cyrillicStem(pattern);
    if (pattern.length === 0) return;
    const existing = byPattern.get(pattern);
    if (existing) {
      if (existing.kind === entry.kind && existing.key === entry.key) {
        for (const id of entry.figureIds)
          if (!existing.figureIds.includes(id)) existing.figureIds.push(id);
      }
      return; // the first kind wins: full names are added before surnames and given names
    }
    // Built field by field: an object spread here took most of the catalogue's compile time.
    byPattern.set(pattern, {
      kind: entry.kind,
      figureIds: entry.figureIds.slice(),
      key: entry.key,
      needsCue: entry.needsCue,
      needsTitle: entry.needsTitle,
      needsContext: script !== CharClass.Latin && WORD_NAMES.has(pattern),
      abbreviates: entry.kind === 'surname' && script === CharClass.Han && pattern.length === 1,
      script,
      pairName: false,
      koreanSurname: false,
    });
  };
  const full = (figure: Figure, written: string): void => {
    const script = scriptOf(written);
    const entry = {
      kind: script === CharClass.Latin ? ('full' as const) : ('native' as const),
      figureIds: [figure.id],
      key: '',
      needsCue: false,
      needsTitle: false,
    };
    if (script !== CharClass.Cyrillic || SURNAME_FIRST.has(figure.side)) add(written, entry);
    else for (const form of cyrillicFirstWordForms(written)) add(form, entry);
    // Katakana and Hangul write a foreign name spaced or dotted, and as often run together:
    // キム・ジョンウン / キムジョンウン, 마이크 폼페이오 / 마이크폼페이오.
    if (script === CharClass.Kana || script === CharClass.Hangul)
      add(normaliseString(written).replaceAll(' ', ''), entry);
  };
  for (let f = 0; f < figures.length; f++) {
    const figure = figures[f]!;
    for (const written of [figure.name, ...figure.nativeNames, ...(figure.aliases ?? [])])
      full(figure, written);
    if (KOREAN_SIDES.has(figure.side)) {
      for (const written of hangulVariants(figure.nativeNames)) full(figure, written);
    }
    if (f % FIGURES_PER_STEP === FIGURES_PER_STEP - 1) yield;
  }
  for (let f = 0; f < figures.length; f++) {
    const figure = figures[f]!;
    if (f % FIGURES_PER_STEP === FIGURES_PER_STEP - 1) yield;
    const korean = KOREAN_SIDES.has(figure.side);
    const keys: string[] = korean ? [reversedKey(figure.id)] : [];
    for (const raw of figure.surnames ?? []) {
      const common = raw.startsWith('~');
      const written = common ? raw.slice(1) : raw;
      const key = `s:${normaliseString(written)}`;
      keys.push(key);
      if (common) commonKeys.add(key);
      const script = scriptOf(written);
      const cjk = script === CharClass.Hangul || script === CharClass.Han;
      const needsTitle =
        cjk &&
        (normaliseString(written).length === 1 ||
          (script === CharClass.Han && ASIAN.has(figure.side)));
      add(written, { kind: 'surname', figureIds: [figure.id], key, needsCue: common, needsTitle });
    }
    for (const raw of figure.givenNames ?? []) {
      // "~": a given name the press does not use alone ("Jong-seok", "Kyung-wha" are as often
      // someone else's), linked only to a figure the document names, or after a title.
      const common = raw.startsWith('~');
      const written = common ? raw.slice(1) : raw;
      const key = `g:${normaliseString(written)}`;
      keys.push(key);
      add(written, {
        kind: 'given',
        figureIds: [figure.id],
        key,
        needsCue: common,
        needsTitle: false,
      });
    }
    keysOf.set(figure.id, keys);
    for (const key of keys) pushTo(bearers, key, figure.id);
  }
  // Bare surnames in the Korean figures' other romanisations ("Jeong" for Chung), where no
  // figure bears that spelling as its own surname; and the spellings that only start a name.
  const variants = new Set<string>();
  const anchors = new Set<string>();
  for (const figure of figures) {
    const forms = KOREAN_SIDES.has(figure.side) ? koreanSurnameForms(figure) : undefined;
    if (!forms) continue;
    for (const anchor of forms.anchors) anchors.add(anchor);
    for (const written of forms.bare) {
      const common = written.startsWith('~');
      const spelling = common ? written.slice(1) : written;
      const key = `s:${spelling}`;
      if (byPattern.has(spelling) && !variants.has(spelling)) continue;
      variants.add(spelling);
      if (common) commonKeys.add(key);
      add(spelling, {
        kind: 'surname',
        figureIds: [figure.id],
        key,
        needsCue: common,
        needsTitle: false,
      });
      keysOf.get(figure.id)!.push(key);
      pushTo(bearers, key, figure.id);
    }
  }
  for (const [written, surname] of UNLISTED_PEOPLE) {
    add(written, {
      kind: 'blocker',
      figureIds: [],
      key: `s:${normaliseString(surname)}`,
      needsCue: false,
      needsTitle: false,
    });
  }
  // Other spellings of the Korean figures' surnames ("Rhee", "Gim"): not shown, but the Korean name
  // after them is read (absorb-unlisted.ts), as the catalogue's figure or as someone unlisted.
  for (const spelling of anchors) {
    add(spelling, {
      kind: 'blocker',
      figureIds: [],
      key: `s:${spelling}`,
      needsCue: false,
      needsTitle: false,
    });
  }
  const figureById = new Map(figures.map((f) => [f.id, f]));
  for (const [pattern, entry] of byPattern) {
    if (commonKeys.has(entry.key)) entry.needsCue = true;
    const figure = entry.kind === 'full' ? figureById.get(entry.figureIds[0]!) : undefined;
    entry.pairName =
      figure !== undefined && SURNAME_FIRST.has(figure.side) && pattern.split(' ').length === 2;
    if (entry.script === CharClass.Latin && (entry.kind !== 'full' || entry.pairName)) {
      const space = pattern.indexOf(' ');
      entry.koreanSurname = isKoreanSurnameSpelling(space < 0 ? pattern : pattern.slice(0, space));
    }
  }
  return {
    patterns: [...byPattern.keys()],
    entries: [...byPattern.values()],
    keysOf,
    bearers,
    figures: figureById,
  };
}
