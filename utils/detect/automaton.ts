/**
 * Aho–Corasick automaton over UTF-16 code units, stored in typed arrays: a dense row for the root,
 * an open-addressing hash of (state, symbol) → state for the rest, failure and dictionary links.
 * Built once per catalogue; a scan is one pass over the normalised text.
 *
 * Names in Latin, Cyrillic, Hangul and kana must begin a word, so both patterns and text get a
 * START symbol before every word start of those scripts: a pattern can then only match at a word
 * start, and inside other words the automaton idles at the root (one dense lookup per character)
 * instead of chasing substrings such as "im" in "time".
 */
import { CharClass, charClasses, isWordClass } from './char-class';
import { drain, type Steps } from './steps';

/** Symbol fed before each word start of an anchored script. */
const START = 1;
/**
 * Written after the text for scan: it leaves the root (so the idle loop needs no end test) and
 * goes nowhere. normalise never writes it (U+FFFF folds to a space) and leaves room after the text.
 */
const SENTINEL = 0xffff;
/** Units below this (ASCII, Latin, Greek, Cyrillic) get dense transition rows in every state. */
const DENSE_BELOW = 0x530;

/** startsWord[(cls << 3) | previousCls]: does a character of class cls begin a word here? */
const startsWord = new Uint8Array(64).map((_, index) => {
  const cls = index >> 3;
  const previous = index & 7;
  if (cls === CharClass.Latin || cls === CharClass.Cyrillic) return isWordClass(previous) ? 0 : 1;
  if (cls === CharClass.Hangul || cls === CharClass.Kana) return previous === cls ? 0 : 1;
  return 0;
});

/**
 * rootKind bits 3–10: bit 3 + p is set when the automaton leaves the root on the unit after a unit
 * of class p (scan tests `(kind >> previous) & LEAVES_ROOT`).
 */
const LEAVES_ROOT = 1 << 3;
const LEAVES_ANYWHERE = 0xff << 3;

/** rootKind's bits for a unit of class `cls` that leaves the root only at a word start. */
function leavesAtWordStart(cls: number): number {
  let bits = 0;
  for (let previous = 0; previous < 8; previous++) {
    if (startsWord[(cls << 3) | previous]) bits |= LEAVES_ROOT << previous;
  }
  return bits;
}

/** The symbols of a pattern, with START before each anchored word start. */
function patternSymbols(pattern: string, symbolOf: Uint16Array): number[] {
  const classes = charClasses();
  const out: number[] = [];
  let previous: number = CharClass.Other;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    const cls = classes[c]!;
    if (startsWord[(cls << 3) | previous]) out.push(START);
    out.push(symbolOf[c]!);
    previous = cls;
  }
  return out;
}

/** A compiled automaton; pattern `p` has length `patternLength[p]`. */
export interface Automaton {
  symbolOf: Uint16Array;
  symbolCount: number;
  rootNext: Int32Array;
  keys: Int32Array;
  values: Int32Array;
  mask: number;
  fail: Int32Array;
  /** Pattern ending at a state, or -1. */
  output: Int32Array;
  /** Nearest state down the failure chain that has an output, or 0. */
  dictionary: Int32Array;
  /** The state itself if it has an output, else its dictionary link: one load per character in scan. */
  firstReport: Int32Array;
  /**
   * Per code unit: its char class in bits 0–2, and in bits 3–10 after which classes of the unit
   * before it the automaton leaves the root on it (see LEAVES_ROOT): none, those after which it
   * starts a word (a goto after START), or all. Lets scan skip idle text with one table.
   */
  rootKind: Uint16Array;
  /** Transition from the root on START then `sym` (a word start), by symbol: a dense row. */
  startGoto: Int32Array;
  /** Full transition rows over symbols below `denseWidth` (START and the small alphabets). */
  dense: Uint16Array | Int32Array;
  denseWidth: number;
  patternLength: Int32Array;
  stateCount: number;
}

function hashSlot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

function lookup(a: Pick<Automaton, 'keys' | 'values' | 'mask'>, key: number): number {
  const stored = key + 1; // 0 marks an empty slot
  for (let slot = hashSlot(key, a.mask); ; slot = (slot + 1) & a.mask) {
    const k = a.keys[slot]!;
    if (k === stored) return a.values[slot]!;
    if (k === 0) return -1;
  }
}

/** Builds the automaton for `patterns` (already normalised, non-empty). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  return drain(buildAutomatonSteps(patterns));
}

/** Work between two yields of buildAutomatonSteps: patterns, states, dense rows (each about 1 ms cold). */
const PATTERNS_PER_STEP = 64;
const STATES_PER_STEP = 512;
const ROWS_PER_STEP = 128;

/** buildAutomaton in steps: yields between slices of patterns and states (see steps.ts). */
export function* buildAutomatonSteps(patterns: readonly string[]): Steps<Automaton> {
  const symbolOf = new Uint16Array(65536);
  let symbolCount = 2; // symbol 0 = "not in any pattern", 1 = START
  // Small alphabets (ASCII, Latin, Cyrillic …) first: their symbols get dense rows in every state.
  const units: number[] = [];
  const assign = (small: boolean): void => {
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (c < DENSE_BELOW === small && symbolOf[c] === 0) {
          symbolOf[c] = symbolCount++;
          units.push(c);
        }
      }
    }
  };
  assign(true);
  const denseWidth = symbolCount;
  assign(false);
  yield;
  const sequences: number[][] = [];
  for (let p = 0; p < patterns.length; p++) {
    sequences.push(patternSymbols(patterns[p]!, symbolOf));
    if (p % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  const maxStates = sequences.reduce((n, seq) => n + seq.length, 1);
  let size = 1;
  while (size < maxStates * 2) size <<= 1;
  const a = { keys: new Int32Array(size), values: new Int32Array(size), mask: size - 1 };
  const rootNext = new Int32Array(symbolCount);
  const parent = new Int32Array(maxStates);
  const viaSymbol = new Int32Array(maxStates);
  const depth = new Int32Array(maxStates);
  const output = new Int32Array(maxStates).fill(-1);
  const patternLength = new Int32Array(patterns.length);
  let states = 1;
  for (let index = 0; index < sequences.length; index++) {
    let s = 0;
    for (const sym of sequences[index]!) {
      let next = s === 0 ? rootNext[sym]! || -1 : lookup(a, s * symbolCount + sym);
      if (next < 0) {
        next = states++;
        parent[next] = s;
        viaSymbol[next] = sym;
        depth[next] = depth[s]! + 1;
        if (s === 0) rootNext[sym] = next;
        else insert(a, s * symbolCount + sym, next);
      }
      s = next;
    }
    output[s] = index;
    patternLength[index] = patterns[index]!.length; // text units: START symbols take no room
    if (index % PATTERNS_PER_STEP === PATTERNS_PER_STEP - 1) yield;
  }
  const order = statesByDepth(depth, states);
  const fail = new Int32Array(states);
  const dictionary = new Int32Array(states);
  const goto = (s: number, sym: number): number =>
    s === 0 ? rootNext[sym]! : lookup(a, s * symbolCount + sym);
  for (let k = 0; k < order.length; k++) {
    const s = order[k]!;
    if (k % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
    if (depth[s]! <= 1) continue;
    const sym = viaSymbol[s]!;
    let f = fail[parent[s]!]!;
    let target = goto(f, sym);
    while (target < 0) {
      f = fail[f]!;
      target = goto(f, sym);
    }
    fail[s] = target;
    dictionary[s] = output[target]! >= 0 ? target : dictionary[target]!;
  }
  const rootKind = new Uint16Array(charClasses());
  rootKind[SENTINEL]! |= LEAVES_ANYWHERE;
  const afterStart = rootNext[START]!;
  for (const c of units) {
    const sym = symbolOf[c]!;
    if (rootNext[sym]! !== 0) rootKind[c]! |= LEAVES_ANYWHERE;
    else if (afterStart !== 0 && lookup(a, afterStart * symbolCount + sym) >= 0) {
      rootKind[c]! |= leavesAtWordStart(rootKind[c]! & 7);
    }
  }
  yield;
  // Full transition rows (goto, else the failure state's row) over the small-alphabet symbols,
  // filled parents first: one load per step for Latin and Cyrillic text. Each row starts as a copy
  // of its failure state's (complete by then: a failure state is shallower), then takes the
  // state's own gotos, listed per state beforehand (a counting sort of the states by parent).
  const dense =
    states < 0x10000 ? new Uint16Array(states * denseWidth) : new Int32Array(states * denseWidth);
  const ownFrom = new Int32Array(states + 1);
  for (let t = 1; t < states; t++) if (viaSymbol[t]! < denseWidth) ownFrom[parent[t]! + 1]!++;
  for (let s = 0; s < states; s++) ownFrom[s + 1]! += ownFrom[s]!;
  const own = new Int32Array(ownFrom[states]!);
  const ownAt = ownFrom.slice(0, states);
  for (let t = 1; t < states; t++) if (viaSymbol[t]! < denseWidth) own[ownAt[parent[t]!]!++] = t;
  for (let k = 0; k < order.length; k++) {
    const s = order[k]!;
    if (k % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const row = s * denseWidth;
    // The root's row is its gotos alone (rootNext; 0 elsewhere means "no goto").
    if (s !== 0) dense.copyWithin(row, fail[s]! * denseWidth, (fail[s]! + 1) * denseWidth);
    for (let o = ownFrom[s]!; o < ownFrom[s + 1]!; o++) dense[row + viaSymbol[own[o]!]!] = own[o]!;
  }
  const startGoto = new Int32Array(symbolCount);
  for (let sym = 1; sym < symbolCount; sym++) {
    const next = afterStart === 0 ? -1 : lookup(a, afterStart * symbolCount + sym);
    startGoto[sym] = next >= 0 ? next : rootNext[sym]!;
  }
  const firstReport = new Int32Array(states);
  for (let s = 0; s < states; s++) firstReport[s] = output[s]! >= 0 ? s : dictionary[s]!;
  return {
    symbolOf,
    symbolCount,
    rootNext,
    rootKind,
    startGoto,
    dense,
    denseWidth,
    ...a,
    fail,
    output: output.slice(0, states),
    dictionary,
    firstReport,
    patternLength,
    stateCount: states,
  };
}

function insert(a: Pick<Automaton, 'keys' | 'values' | 'mask'>, key: number, value: number): void {
  let slot = hashSlot(key, a.mask);
  while (a.keys[slot] !== 0) slot = (slot + 1) & a.mask;
  a.keys[slot] = key + 1;
  a.values[slot] = value;
}

/** States in breadth-first order (counting sort on depth), so failure links are built parents first. */
function statesByDepth(depth: Int32Array, states: number): Int32Array {
  let maxDepth = 0;
  for (let s = 0; s < states; s++) if (depth[s]! > maxDepth) maxDepth = depth[s]!;
  const starts = new Int32Array(maxDepth + 2);
  for (let s = 0; s < states; s++) starts[depth[s]! + 1]!++;
  for (let d = 1; d <= maxDepth + 1; d++) starts[d]! += starts[d - 1]!;
  const order = new Int32Array(states);
  for (let s = 0; s < states; s++) order[starts[depth[s]!]!++] = s;
  return order;
}

/**
 * Occurrences found by scan, as parallel typed arrays (start, end exclusive, pattern): a long page
 * yields tens of thousands, and most lose to a longer overlapping one or to a boundary check.
 */
export class MatchBuffer {
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  patterns: Int32Array = new Int32Array(1024);
  count = 0;

  push(start: number, end: number, pattern: number): void {
    if (this.count === this.starts.length) {
      this.starts = growInts(this.starts);
      this.ends = growInts(this.ends);
      this.patterns = growInts(this.patterns);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.patterns[this.count++] = pattern;
  }
}

/** A copy of `a` with twice the room. */
export function growInts(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/**
 * A cheap first verdict on an occurrence from the one unit after it, taken inside the scan so that
 * the many occurrences a boundary rule rejects ("im" in "important", 김 in 김치) never leave it:
 * an occurrence of pattern `p` followed by unit `c` is dropped when `rejectAfter[c] & bits[p]` is
 * non-zero (the end of the text reads as unit 0). The bits must only ever reject what the full
 * boundary check would reject too.
 */
export interface QuickReject {
  bits: Uint8Array;
  rejectAfter: Uint8Array;
}

/**
 * Scans `codes[0..length)` and appends every occurrence of every pattern that `quick` does not
 * reject to `out`, ordered by end. Linear in the text plus the number of occurrences. Writes
 * SENTINEL at `codes[length]`: normalise's buffers always have room there.
 */
export function scan(
  a: Automaton,
  codes: Uint16Array,
  length: number,
  out: MatchBuffer,
  quick: QuickReject,
): void {
  const { symbolOf, rootNext, output, dictionary, firstReport, rootKind, startGoto } = a;
  const { dense, denseWidth, patternLength } = a;
  const { bits, rejectAfter } = quick;
  // The module's table and bit as locals: read through the module scope, each unit paid a context load.
  const starts = startsWord;
  const leavesRoot = LEAVES_ROOT;
  codes[length] = SENTINEL;
  let previous: number = CharClass.Other;
  // Two loops, idling at the root and walking a match, rather than one loop asking which it is
  // at every unit: most walks end after a unit or two, and each switch cost a mispredicted branch.
  for (let i = 0; ; i++) {
    // Idle at the root: skip units that cannot leave it (most of the text) with one table load
    // each and no transition, then take the first one from a dense row (after START at a word start).
    let c = codes[i]!;
    let kind = rootKind[c]!;
    // No second table to ask whether the unit leaves the root after `previous`: in Node's
    // TurboFan each typed array read in this loop re-checks that array's map, base and length.
    while (((kind >> previous) & leavesRoot) === 0) {
      previous = kind & 7;
      c = codes[++i]!;
      kind = rootKind[c]!;
    }
    if (i === length) return;
    const wordStart = starts[((kind & 7) << 3) | previous]!;
    previous = kind & 7;
    let sym = symbolOf[c]!;
    let s = wordStart !== 0 ? startGoto[sym]! : rootNext[sym]!;
    for (;;) {
      let o = firstReport[s]!;
      if (o !== 0) {
        const verdict = rejectAfter[i + 1 < length ? codes[i + 1]! : 0]!;
        for (; o > 0; o = dictionary[o]!) {
          const p = output[o]!;
          if ((verdict & bits[p]!) === 0) out.push(i + 1 - patternLength[p]!, i + 1, p);
        }
      }
      if (++i === length) return;
      c = codes[i]!;
      // The class from rootKind's low bits: one table for both loops keeps fewer lines in cache.
      const cls = rootKind[c]! & 7;
      if (starts[(cls << 3) | previous]) s = dense[s * denseWidth + START]!;
      previous = cls;
      sym = symbolOf[c]!;
      if (sym === 0) break;
      s = sym < denseWidth ? dense[s * denseWidth + sym]! : step(a, s, sym);
      if (s === 0) break; // the root reports nothing: idle again from the next unit
    }
  }
}

/** The goto/failure transition of state `s` on `sym` (a symbol without a dense row: rare in text). */
function step(a: Automaton, s: number, sym: number): number {
  for (; s !== 0; s = a.fail[s]!) {
    const next = lookup(a, s * a.symbolCount + sym);
    if (next >= 0) return next;
  }
  return a.rootNext[sym]!;
}
