/** The RegExp baselines of the detection benchmark, built over the same written forms. */

/** mark.js's diacritics groups (case-insensitive variant), as its RegExpCreator uses them by default. */
const DIACRITICS = [
  'aàáâãäåāąăAÀÁÂÃÄÅĀĄĂ',
  'cçćčCÇĆČ',
  'dđďDĐĎ',
  'eèéêëěēęEÈÉÊËĚĒĘ',
  'iìíîïīIÌÍÎÏĪ',
  'lłLŁ',
  'nñňńNÑŇŃ',
  'oòóôõöøōOÒÓÔÕÖØŌ',
  'rřRŘ',
  'sšśșşSŠŚȘŞ',
  'tťțţTŤȚŢ',
  'uùúûüůūUÙÚÛÜŮŪ',
  'yÿýYŸÝ',
  'zžżźZŽŻŹ',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation over every form, longest first, flags `giu`. */
export function combinedRegExp(forms: readonly string[]): RegExp {
  return new RegExp(forms.map(escapeRegExp).join('|'), 'giu');
}

/**
 * One RegExp per form, built the way mark.js's RegExpCreator does with default options: escaped,
 * each letter with diacritic variants widened to its group, blanks merged to `[\s]+`, accuracy
 * "partially" (`()(…)`), flags `gmi`.
 */
export function markJsRegExps(forms: readonly string[]): RegExp[] {
  return forms.map((form) => {
    let str = escapeRegExp(form);
    const handled = new Set<string>();
    for (const ch of str) {
      const group = DIACRITICS.find((g) => g.includes(ch));
      if (group && !handled.has(group)) {
        str = str.replace(new RegExp(`[${group}]`, 'gmi'), `[${group}]`);
        handled.add(group);
      }
    }
    str = str.replace(/[\s]+/gim, '[\\s]+');
    return new RegExp(`()(${str})`, 'gmi');
  });
}

/** One plain literal RegExp per form, flags `gi` (the cheapest per-alias variant, for reference). */
export function literalRegExps(forms: readonly string[]): RegExp[] {
  return forms.map((form) => new RegExp(escapeRegExp(form), 'gi'));
}

/** Number of matches of one RegExp over `text`. */
export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

/** Total matches of several RegExps, each scanning the whole text. */
export function countAll(res: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of res) n += countMatches(re, text);
  return n;
}
