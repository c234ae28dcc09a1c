/** Sentence boundaries for mention context: the store shows readers the sentences that name a figure. */

/** A half-open UTF-16 range `[start, end)` into a text. */
export type Range = [number, number];

// Abbreviations whose trailing period does not end a sentence in news copy.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'inc',
  'corp',
  'co',
  'ltd',
  'dept',
  'amb',
  'pres',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// Closing quotes and brackets that belong to the sentence they end.
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u300d', '\u300f']);
const TERMINATORS = new Set(['.', '!', '?', '\u3002', '\uff01', '\uff1f']);

/** Whether the period at `dot` ends an abbreviation or an initial ("U.S.", "Mr.", "J."), not a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.includes('.')) return true; // dotted acronym: U.S., a.m.
  if (word.length === 1 && /\p{Lu}/u.test(text[dot - 1] ?? '')) return true; // an initial
  return ABBREVIATIONS.has(word);
}

/** Split `text` into sentence ranges, trimmed of surrounding whitespace; paragraph breaks always end a sentence. */
export function splitSentences(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) ranges.push([s, e]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end] ?? '') || CLOSERS.has(text[end] ?? '')))
      end++;
    const next = text[end];
    // CJK full stops need no following space; Latin ones do, or the text ends.
    const cjk = ch !== '.' && ch !== '!' && ch !== '?';
    if (next === undefined || cjk || /\s/u.test(next)) {
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return ranges;
}

/** The ranges of `sentences` that overlap any of `spans`, in text order, without duplicates. */
export function sentencesContaining(sentences: readonly Range[], spans: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const sentence of sentences) {
    if (spans.some(([s, e]) => s < sentence[1] && e > sentence[0])) out.push(sentence);
  }
  return out;
}
