/**
 * One-pass text normalisation for matching: NFKC per character, case folding, Latin/Cyrillic
 * diacritics dropped, apostrophes unified, hyphens/dashes/middle dots and whitespace runs folded
 * to one space, paragraph breaks kept as "\n". Every output unit remembers its source offset.
 */

/**
 * A normalised copy of a text. Offsets back to the source are stored as breakpoints, since they
 * shift only where characters were collapsed or dropped: from normalised index `breakAt[k]` on,
 * source index = normalised index + `breakDelta[k]` (see sourceIndex).
 */
export interface Normalised {
  codes: Uint16Array;
  length: number;
  breakAt: Int32Array;
  breakDelta: Int32Array;
  breaks: number;
  /** Source offset of normalised index 0 (where the normalised range starts), and of its end. */
  base: number;
  sourceLength: number;
  /**
   * sourceIndex's last answer: how many breakpoints lie at or before the index it was asked
   * (callers ask about places near each other, so most questions need no search).
   */
  lastBreak: number;
}

/** The source offset of normalised index `i` (`length` maps to the end of the source). */
export function sourceIndex(norm: Normalised, i: number): number {
  if (i >= norm.length) return norm.sourceLength;
  const { breakAt, breaks } = norm;
  let lo = norm.lastBreak;
  if ((lo > 0 && breakAt[lo - 1]! > i) || (lo < breaks && breakAt[lo]! <= i)) {
    lo = 0;
    let hi = breaks;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breakAt[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    norm.lastBreak = lo;
  }
  return lo === 0 ? i + norm.base : i + norm.breakDelta[lo - 1]!;
}

const SPACE = 0x20;
/** The first unit above SPACE: `unit - AFTER_SPACE` is negative for spaces, breaks and control units. */
const AFTER_SPACE = 0x21;
const BREAK = 0x0a;
/** Fold-table markers (U+FFFE and U+FFFF are noncharacters, so they never stand for themselves). */
const DROP = 0xffff;
const MULTI = 0xfffe;

const fold = new Uint16Array(65536);
const multi = new Map<number, string>();

const APOSTROPHES = [0x2018, 0x2019, 0x201b, 0x02bc, 0x2032, 0x00b4, 0x0060, 0xff07];
const SEPARATORS = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const MIDDLE_DOTS = [0x00b7, 0x30fb, 0xff65, 0x2027, 0x318d, 0x16eb];
const INVISIBLE = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e];
const BREAKS = [0x2029, 0x2028];

/**
 * Fast path of the loop: the folded unit of a character that maps to exactly one ordinary unit
 * (not a space, break, dropped or expanding character), or 0 (not known yet, or special).
 */
const plain = new Uint16Array(65536);

function computeFoldOnce(c: number): number {
  const value = computeFold(c);
  fold[c] = value;
  if (value !== BREAK && value !== DROP && value !== MULTI) plain[c] = value;
  return value;
}

function computeFold(c: number): number {
  if (APOSTROPHES.includes(c)) return 0x27;
  if (SEPARATORS.includes(c) || MIDDLE_DOTS.includes(c)) return SPACE;
  if (INVISIBLE.includes(c)) return DROP;
  if (BREAKS.includes(c)) return BREAK;
  if (c >= 0x300 && c <= 0x36f) return DROP; // combining accents after a letter
  const ch = String.fromCharCode(c);
  if (/\s/.test(ch)) return SPACE;
  let s = ch.normalize('NFKC');
  // Drop accents only where the script has them as decoration (Latin, Cyrillic); Hangul must stay composed.
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x400 && c <= 0x4ff)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  s = s.toLowerCase();
  if (s.length === 0) return DROP;
  if (s.length === 1) {
    const code = s.charCodeAt(0);
    if (code === 0x2d) return SPACE; // fullwidth hyphen became "-"
    return code === DROP || code === MULTI ? SPACE : code;
  }
  multi.set(c, s.replace(/[-\s]+/g, ' '));
  return MULTI;
}

/** ASCII fast path: lowercase letters, whitespace and "-" to a space, the rest unchanged. */
const ASCII = new Uint16Array(128).map((_, c) => {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c === 0x20 || c === 0x2d || (c >= 0x09 && c <= 0x0d)) return SPACE;
  return c;
});
for (let c = 0; c < 0x80; c++) plain[c] = ASCII[c]!;

/**
 * Normalises `source[from..to)` in one pass (see the module comment); offsets map back into the
 * whole `source` (no slice is taken). Pass the previous result as `reuse` to write into its
 * buffers when they are large enough (saves allocating per page).
 */
export function normalise(
  source: string,
  reuse?: Normalised,
  from = 0,
  to = source.length,
): Normalised {
  const n = to;
  const size = to - from;
  // Everything the loop touches is a plain local (a closure would move it to a heap context).
  let codes: Uint16Array =
    reuse !== undefined && reuse.codes.length >= size + 16
      ? reuse.codes
      : new Uint16Array(size + 16);
  let breakAt: Int32Array = reuse?.breakAt ?? NO_BREAKS;
  let breakDelta: Int32Array = reuse?.breakDelta ?? NO_BREAKS;
  let breaks = 0;
  let delta = from; // source index − normalised index of the last unit written
  let len = 0;
  let last = BREAK; // as if a paragraph preceded the text: no leading space is emitted
  // The fast path's table and bound as locals: read through the module scope, each unit paid a
  // context load.
  const table = plain;
  const afterSpace = AFTER_SPACE;
  for (let i = from; i < n; i++) {
    if (i - len === delta) {
      // Most units fold to one ordinary unit (or a single space) and keep the offset: a tight run
      // of one table load and a store each, until a unit that needs the general path below.
      let k = i;
      let prev = last;
      // Two units a turn: each turn re-checks both typed arrays and the loop, so two units share
      // that cost. A pair holding a stop is left whole to the general path, which writes any unit
      // the same way as this run (the run starts again at the unit after).
      for (let out = i - delta; k + 1 < n; k += 2, out += 2) {
        const p = table[source.charCodeAt(k)]!;
        const q = table[source.charCodeAt(k + 1)]!;
        // Stops at 0 (a unit to fold first) and at a space or control unit after a space, break or
        // control unit: only 0 and a repeated space must stop the run. For each unit one sign test
        // (negative: p ≤ SPACE, and p = 0 or prev ≤ SPACE), so the branch is taken only where the
        // run stops: `p <= SPACE && …` branched at every space, and mispredicted often enough to
        // cost a quarter of normalise.
        const stopAtP = (p - afterSpace) & ((prev - afterSpace) | (p - 1));
        const stopAtQ = (q - afterSpace) & ((p - afterSpace) | (q - 1));
        if ((stopAtP | stopAtQ) < 0) break;
        codes[out] = p;
        codes[out + 1] = q;
        prev = q;
      }
      if (k > i) {
        len += k - i;
        last = prev;
        i = k - 1;
        continue;
      }
    }
    let c = source.charCodeAt(i);
    if (c < 0x80) c = ASCII[c]!;
    else if (c < 0xd800 || c > 0xdfff) {
      c = fold[c] || computeFoldOnce(c);
      if (c === DROP) continue;
      if (c === MULTI) {
        // Rare (ligatures, squared words): expand through the general path below, unit by unit.
        const parts = multi.get(source.charCodeAt(i))!;
        for (let k = 0; k < parts.length; k++) {
          const code = parts.charCodeAt(k);
          if (code === SPACE && (last === SPACE || last === BREAK)) continue;
          if (len + 1 >= codes.length) codes = growCodes(codes);
          if (i - len !== delta) {
            if (breaks === breakAt.length)
              [breakAt, breakDelta] = [grow(breakAt), grow(breakDelta)];
            delta = i - len;
            breakAt[breaks] = len;
            breakDelta[breaks++] = delta;
          }
          codes[len++] = code;
          last = code;
        }
        // Keep room for the rest at one unit each, so the fast path needs no bounds check.
        if (codes.length < len + (n - i) + 16) codes = growCodes(codes, len + (n - i) + 16);
        continue;
      }
    } // surrogate halves pass through untouched
    if (c === SPACE) {
      if (last === SPACE || last === BREAK) continue;
    } else if (c === BREAK) {
      if (last === BREAK) continue;
      if (last === SPACE) {
        codes[len - 1] = BREAK;
        last = BREAK;
        continue;
      }
    }
    if (i - len !== delta) {
      if (breaks === breakAt.length) [breakAt, breakDelta] = [grow(breakAt), grow(breakDelta)];
      delta = i - len;
      breakAt[breaks] = len;
      breakDelta[breaks++] = delta;
    }
    codes[len++] = c;
    last = c;
  }
  return {
    codes,
    length: len,
    breakAt,
    breakDelta,
    breaks,
    base: from,
    sourceLength: n,
    lastBreak: 0,
  };
}

function growCodes(codes: Uint16Array, atLeast = 0): Uint16Array {
  const bigger = new Uint16Array(Math.max(atLeast, codes.length * 2 + 16));
  bigger.set(codes);
  return bigger;
}

/** Shared empty breakpoint table: most short strings need none, so none is allocated. */
const NO_BREAKS = new Int32Array(0);

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(Math.max(64, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * The normalised form of a short string (aliases, titles), as a plain string: the same rules as
 * normalise, without offsets. Kept apart from normalise so that the many short strings of a
 * catalogue do not make the hot loop's string reads polymorphic (that halves its speed).
 */
export function normaliseString(s: string): string {
  let out = '';
  let last = BREAK;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) c = ASCII[c]!;
    else if (c < 0xd800 || c > 0xdfff) {
      c = fold[c] || computeFoldOnce(c);
      if (c === DROP) continue;
      if (c === MULTI) {
        const parts = multi.get(s.charCodeAt(i))!;
        for (let k = 0; k < parts.length; k++) {
          const code = parts.charCodeAt(k);
          if (code === SPACE && (last === SPACE || last === BREAK)) continue;
          out += parts[k];
          last = code;
        }
        continue;
      }
    }
    if (c === SPACE) {
      if (last === SPACE || last === BREAK) continue;
    } else if (c === BREAK) {
      if (last === BREAK) continue;
      if (last === SPACE) {
        out = `${out.slice(0, -1)}\n`;
        last = BREAK;
        continue;
      }
    }
    out += String.fromCharCode(c);
    last = c;
  }
  return out.trim();
}

/** The normalised text between `from` and `to`, as a string (for short slices only). */
export function sliceCodes(norm: Normalised, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(to, norm.length);
  const c = norm.codes;
  // Words read around a name are short: make one string, not one per unit.
  switch (end - start) {
    case 1:
      return String.fromCharCode(c[start]!);
    case 2:
      return String.fromCharCode(c[start]!, c[start + 1]!);
    case 3:
      return String.fromCharCode(c[start]!, c[start + 1]!, c[start + 2]!);
    case 4:
      return String.fromCharCode(c[start]!, c[start + 1]!, c[start + 2]!, c[start + 3]!);
    default: {
      if (end - start <= 0) return '';
      if (end - start <= 64) {
        return String.fromCharCode.apply(null, c.subarray(start, end) as unknown as number[]);
      }
      let out = '';
      for (let i = start; i < end; i++) out += String.fromCharCode(c[i]!);
      return out;
    }
  }
}

/** Whether the normalised text has `word` at `at`. */
export function startsWithAt(norm: Normalised, at: number, word: string): boolean {
  if (at + word.length > norm.length) return false;
  for (let k = 0; k < word.length; k++) if (norm.codes[at + k] !== word.charCodeAt(k)) return false;
  return true;
}
