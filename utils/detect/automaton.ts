/**
 * Aho–Corasick automaton over UTF-16 code units, stored in typed arrays: a dense row for the root,
 * an open-addressing hash of (state, symbol) → state for the rest, failure and dictionary links.
 * Built once per catalogue; a scan is one pass over the normalised text.
 */

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
  const symbolOf = new Uint16Array(65536);
  let symbolCount = 1; // symbol 0 = "not in any pattern"
  let total = 0;
  for (const p of patterns) {
    total += p.length;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbolOf[c] === 0) symbolOf[c] = symbolCount++;
    }
  }
  const maxStates = total + 1;
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
  patterns.forEach((p, index) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = symbolOf[p.charCodeAt(i)]!;
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
    patternLength[index] = p.length;
  });
  const order = statesByDepth(depth, states);
  const fail = new Int32Array(states);
  const dictionary = new Int32Array(states);
  const goto = (s: number, sym: number): number =>
    s === 0 ? rootNext[sym]! : lookup(a, s * symbolCount + sym);
  for (const s of order) {
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
  return {
    symbolOf,
    symbolCount,
    rootNext,
    ...a,
    fail,
    output: output.slice(0, states),
    dictionary,
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
 * Scans `codes[0..length)` and calls `onMatch(pattern, end)` for every occurrence of every pattern
 * (`end` exclusive). Linear in the text plus the number of matches.
 */
export function scan(
  a: Automaton,
  codes: Uint16Array,
  length: number,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { symbolOf, rootNext, fail, output, dictionary, keys, values, mask, symbolCount } = a;
  let s = 0;
  for (let i = 0; i < length; i++) {
    const sym = symbolOf[codes[i]!]!;
    if (sym === 0) {
      s = 0;
      continue;
    }
    for (;;) {
      if (s === 0) {
        s = rootNext[sym]!;
        break;
      }
      const key = s * symbolCount + sym;
      const stored = key + 1;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
      let next = -1;
      for (;;) {
        const k = keys[slot]!;
        if (k === stored) {
          next = values[slot]!;
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & mask;
      }
      if (next >= 0) {
        s = next;
        break;
      }
      s = fail[s]!;
    }
    let o = output[s]! >= 0 ? s : dictionary[s]!;
    while (o > 0) {
      onMatch(output[o]!, i + 1);
      o = dictionary[o]!;
    }
  }
}
