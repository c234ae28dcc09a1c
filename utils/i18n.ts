/**
 * The UI's words, from the browser's i18n catalogues (`public/_locales/<lang>/messages.json`):
 * every extension page, the card and the background ask here, so the UI follows the browser's
 * language (English or Korean). Where the browser gives nothing (unit tests, a missing key) the
 * English catalogue answers, and a missing key shows as itself so it is seen, never blank.
 */
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Replaces `$1`…`$9` (and named placeholders pointing at them) the way the browser does. */
function fill(key: string, substitutions: readonly string[]): string {
  const entry = (english as Catalogue)[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {}))
    text = text.replaceAll(`$${name.toUpperCase()}$`, content).replaceAll(`$${name}$`, content);
  return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
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
  return text || fill(key, subs);
}

/** The UI language as a BCP 47 tag (`en`, `ko`), for `lang` attributes and `Intl`. */
export function uiLanguage(): string {
  let language = '';
  try {
    language = browser.i18n?.getUILanguage() ?? '';
  } catch {
    language = '';
  }
  return language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
