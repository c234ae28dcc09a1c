/** Failure messages that promise the store is untouched, said once and as a sentence. */

const SAID = /nothing (?:already stored )?was changed/i;

/** `message` as a sentence ending "Nothing was changed." — unless it already says so. */
export function nothingChanged(message: string): string {
  const trimmed = message.trim();
  if (SAID.test(trimmed)) return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  const sentence = /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return `${sentence} Nothing was changed.`;
}
