/** Failure messages that promise the store is untouched, said once and as a sentence. */
import { t } from '@/utils/i18n';

// The store's own messages say it in English; the UI says it in its language.
const SAID = /nothing (?:already stored )?was changed/i;

/** `message` as a sentence ending "Nothing was changed." — unless it already says so. */
export function nothingChanged(message: string): string {
  const trimmed = message.trim();
  const said = t('common_nothingChanged');
  if (SAID.test(trimmed) || trimmed.includes(said.replace(/[.!?…]$/, '')))
    return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  const sentence = /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return `${sentence} ${said}`;
}

/**
 * `message` without its promise that nothing changed (for a failure after which something did: a
 * feed added, then its first sync failed): "…. Nothing was changed; try again." reads "…. Try again.";
 * empty when nothing else is left.
 */
export function withoutNothingChanged(message: string): string {
  const said = t('common_nothingChanged').replace(/[.!?…]$/, '');
  const left = message
    .replace(new RegExp(`(?:${SAID.source}|${escape(said)})[.!?…]?;?\\s*`, 'gi'), '')
    .trim()
    .replace(/([.!?…]\s+)([a-z])/g, (_, end: string, first: string) => end + first.toUpperCase());
  if (left === '') return '';
  return /[.!?…]$/.test(left) ? left : `${left}.`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
