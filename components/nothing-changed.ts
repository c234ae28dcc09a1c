/** Failure messages that promise the store is untouched, said once and as a sentence. */
import { escapeRegExp } from '@/utils/escape-regexp';
import { t } from '@/utils/i18n';

// The store's own messages say it in English; the UI says it in its language.
const SAID = /nothing (?:already stored )?was changed/i;

/** `text` ending as a sentence. */
function asSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** The UI's "Nothing was changed" without its closing mark. */
function saidHere(): string {
  return t('common_nothingChanged').replace(/[.!?…]$/, '');
}

/** `message` as a sentence ending "Nothing was changed." — unless it already says so. */
export function nothingChanged(message: string): string {
  const trimmed = message.trim();
  if (SAID.test(trimmed) || trimmed.includes(saidHere())) return asSentence(trimmed);
  return `${asSentence(trimmed)} ${t('common_nothingChanged')}`;
}

/**
 * `message` without its promise that nothing changed (for a failure after which something did: a
 * feed added, then its first sync failed): "…. Nothing was changed; try again." reads "…. Try again.";
 * empty when nothing else is left.
 */
export function withoutNothingChanged(message: string): string {
  const left = message
    .replace(new RegExp(`(?:${SAID.source}|${escapeRegExp(saidHere())})[.!?…]?;?\\s*`, 'gi'), '')
    .trim()
    .replace(/([.!?…]\s+)([a-z])/g, (_, end: string, first: string) => end + first.toUpperCase());
  return left === '' ? '' : asSentence(left);
}
