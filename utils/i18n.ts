/**
 * The UI's words, from the browser's i18n catalogues (`public/_locales/<lang>/messages.json`):
 * every extension page, the card and the background ask here, so the UI follows the browser's
 * language (English or Korean; a key missing in Korean falls back to English in the browser).
 * Outside a browser (unit tests) the catalogue registered with `setFallbackMessages` answers, and
 * a missing key shows as itself so it is seen, never blank. This module imports no catalogue: the
 * content script's size budget has no room for one it never needs.
 */
import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** A `messages.json`, as the browser reads it. */
export type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * Where the browser has no i18n (unit tests, scripts), the words of the catalogue registered with
 * setFallbackMessages, else the key itself. Only setFallbackMessages builds it, so a bundle that
 * never registers a catalogue (the content script) carries none of it.
 */
let fallback: ((key: string, substitutions: readonly string[]) => string) | undefined;

/** Where the browser has no i18n (unit tests, scripts): answer from `catalogue`. */
export function setFallbackMessages(catalogue: Catalogue): void {
  // Replaces `$1`…`$9` (and named placeholders pointing at them) the way the browser does.
  fallback = (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) return key;
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {}))
      text = text.replaceAll(`$${name.toUpperCase()}$`, content).replaceAll(`$${name}$`, content);
    return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

/** The UI text for `key`, with `substitutions` for its `$1`…`$9`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  let text = '';
  try {
    text = browser.i18n?.getMessage(key, subs) ?? '';
  } catch {
    text = '';
  }
  return text || (fallback?.(key, subs) ?? key);
}

/**
 * The UI language as a BCP 47 tag (`en`, `ko`), for `lang` attributes and `Intl`: the language of
 * the catalogue the browser picked, so the tag always matches the words on screen (Chromium can
 * pick the Korean catalogue while `getUILanguage()` still says `en-US`, e.g. under `--lang=ko`
 * with an automation-set locale); the browser's UI language where no catalogue answers.
 */
export function uiLanguage(): string {
  let language = '';
  try {
    language =
      browser.i18n?.getMessage('common_catalogueLanguage') || browser.i18n?.getUILanguage() || '';
  } catch {
    language = '';
  }
  return language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

const formatters = new Map<string, object>();

/**
 * One `Intl` object per kind, language and options, made once: making one costs V8 a locale data
 * lookup each time (most of a millisecond), using one costs microseconds, and a page formats a
 * number or a date per row as it first renders.
 */
function formatter<T extends object>(kind: string, options: object, make: () => T): T {
  const key = `${kind} ${uiLanguage()} ${JSON.stringify(options)}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** The UI language's `Intl.DateTimeFormat` with `options` (made once). */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatter('date', options, () => new Intl.DateTimeFormat(uiLanguage(), options));
}

/** The UI language's `Intl.RelativeTimeFormat` with `options` (made once). */
export function relativeTimeFormat(
  options: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat {
  return formatter('relative', options, () => new Intl.RelativeTimeFormat(uiLanguage(), options));
}

/** `one` or `other` by the UI language's plural rule for `count`. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return formatter('plural', {}, () => new Intl.PluralRules(uiLanguage())).select(count);
}

/** `one` or `other` by the UI language's plural rule for `count`, filled with the count. */
export function tCount(one: MessageKey, other: MessageKey, count: number): string {
  return t(pluralCategory(count) === 'one' ? one : other, formatNumber(count));
}

/** A number as the UI language writes it ("1,234"; Korean the same digits and separators). */
export function formatNumber(value: number): string {
  return formatter('number', {}, () => new Intl.NumberFormat(uiLanguage())).format(value);
}

/**
 * An ISO date as the UI language writes it, at the precision it was given: "2021" stays a year,
 * "2021-08" → "Aug 2021" / "2021년 8월", "2021-08-23" → "Aug 23, 2021" / "2021년 8월 23일".
 * Anything else is shown as written.
 */
export function formatDate(iso: string, month: 'short' | 'long' = 'short'): string {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!parts || !parts[2]) return iso;
  const date = new Date(`${parts[1]}-${parts[2]}-${parts[3] ?? '01'}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat({
    year: 'numeric',
    month,
    ...(parts[3] ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** A moment (an ISO timestamp) with its time, as the UI language writes it. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const SIDE_KEYS: Record<string, MessageKey> = {
  DPRK: 'common_side_dprk',
  'DPRK→ROK': 'common_side_dprkToRok',
  ROK: 'common_side_rok',
  US: 'common_side_us',
  Russia: 'common_side_russia',
  China: 'common_side_china',
  Japan: 'common_side_japan',
  UN: 'common_side_un',
};

/** A figure's side ("DPRK", "US" …) in the UI language; a side a feed made up shows as given. */
export function sideLabel(side: string): string {
  const key = SIDE_KEYS[side];
  return key ? t(key) : side;
}

/** Marks a page as written in the UI language and titles it (each extension page calls it first). */
export function localisePage(title: string): void {
  document.documentElement.lang = uiLanguage();
  document.title = title;
}

/** The message for `key` cut around its one substitution, so the caller can set that part apart (bold). */
export function tAround(key: MessageKey): [before: string, after: string] {
  const marker = '\u2063'; // INVISIBLE SEPARATOR: in no message
  const [before = '', after = ''] = t(key, marker).split(marker);
  return [before, after];
}

/** A month (`YYYY-MM`) by its short name in the UI language ("Aug" / "8월"), for chart ticks and table rows. */
export function formatMonthShort(isoMonth: string): string {
  const date = new Date(`${isoMonth}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoMonth;
  return dateTimeFormat({ month: 'short', timeZone: 'UTC' }).format(date);
}
