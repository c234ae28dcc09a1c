/**
 * Split a JSON object's text without parsing it whole: its members, and the elements of one array member, as
 * spans of the text, so a 50 MB feed can be parsed one article at a time (`JSON.parse` on each span, which checks
 * what the spans hold). The scanner checks the structure it splits on — braces, keys, colons, commas — and tracks
 * strings (escaped quotes, brackets inside strings) and nesting to find where each value ends.
 */

/** One member of the object: its decoded key, and where `"key": value` and the value lie in the text. */
export interface JsonMember {
  key: string;
  start: number;
  valueStart: number;
  end: number;
}

/** The object's members in order; the split array's element spans (`starts[i]`..`ends[i]`), if it was an array. */
export interface JsonSplit {
  members: JsonMember[];
  elements?: { starts: number[]; ends: number[] };
}

/** Why a text cannot be split: not JSON at `at`, or more elements than allowed. */
export type JsonSplitFailure =
  { reason: 'syntax'; at: number; detail: string } | { reason: 'too-many'; limit: number };

/** The scanner's result. */
export type JsonSplitResult = ({ ok: true } & JsonSplit) | ({ ok: false } & JsonSplitFailure);

class SplitError extends Error {
  constructor(
    readonly at: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

class TooMany extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Scan `text`, a JSON object, splitting the array member `arrayKey` into its elements (at most `maxElements`).
 * A generator: it yields how far it got every `yieldEvery` characters, so a caller can report progress and
 * let other work run; it returns the split, or why the text is not a JSON object.
 */
export function* splitJsonObject(
  text: string,
  arrayKey: string,
  maxElements: number,
  yieldEvery = 1 << 20,
): Generator<number, JsonSplitResult> {
  let pos = 0;
  let nextYield = yieldEvery;

  const skipSpace = (): void => {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  };
  const expect = (code: number, what: string): void => {
    if (pos >= text.length) throw new SplitError(pos, `the text ends where ${what} should be`);
    if (text.charCodeAt(pos) !== code) throw new SplitError(pos, `${what} expected`);
    pos++;
  };
  /** Whether the scan has gone `yieldEvery` further since it last yielded. */
  const due = (): boolean => {
    if (pos < nextYield) return false;
    nextYield = pos + yieldEvery;
    return true;
  };
  /** After a member or element: true at the closing `code` (consumed), false at a comma (consumed). */
  const closes = (code: number, what: string): boolean => {
    skipSpace();
    if (text.charCodeAt(pos) === code) {
      pos++;
      return true;
    }
    expect(COMMA, what);
    return false;
  };
  /** From an opening quote to just past its closing quote (a quote after an odd run of backslashes is escaped). */
  const skipString = (from: number): number => {
    let search = from + 1;
    for (;;) {
      const close = text.indexOf('"', search);
      if (close < 0) throw new SplitError(from, 'a string is not closed');
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return close + 1;
      search = close + 1;
    }
  };
  /** From a value's first character to just past it; what is inside is left for JSON.parse to check. */
  const skipValue = (from: number): number => {
    const first = text.charCodeAt(from);
    if (first === QUOTE) return skipString(from);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      let at = from;
      while (at < text.length) {
        const code = text.charCodeAt(at);
        if (code === QUOTE) {
          at = skipString(at);
          continue;
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return at + 1;
        }
        at++;
      }
      throw new SplitError(from, 'the text ends inside an object or array');
    }
    let at = from;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
      at++;
    }
    if (at === from) throw new SplitError(from, 'a value expected');
    return at;
  };
  const parseKey = (from: number, to: number): string => {
    try {
      return JSON.parse(text.slice(from, to)) as string;
    } catch {
      throw new SplitError(from, 'a key is not a valid string');
    }
  };

  try {
    const members: JsonMember[] = [];
    let elements: JsonSplit['elements'];
    let arrayKeySeen = false;
    skipSpace();
    expect(OPEN_BRACE, '"{"');
    skipSpace();
    if (text.charCodeAt(pos) === CLOSE_BRACE) pos++;
    else
      for (;;) {
        skipSpace();
        const start = pos;
        if (text.charCodeAt(pos) !== QUOTE) throw new SplitError(pos, 'a key expected');
        pos = skipString(pos);
        const key = parseKey(start, pos);
        skipSpace();
        expect(COLON, '":"');
        skipSpace();
        const valueStart = pos;
        if (key === arrayKey) {
          // JSON.parse would keep the last; a feed that says it twice is refused instead.
          if (arrayKeySeen) throw new SplitError(start, `"${arrayKey}" appears twice`);
          arrayKeySeen = true;
        }
        if (key === arrayKey && text.charCodeAt(pos) === OPEN_BRACKET) {
          elements = { starts: [], ends: [] };
          pos++;
          skipSpace();
          if (text.charCodeAt(pos) === CLOSE_BRACKET) pos++;
          else
            for (;;) {
              skipSpace();
              if (elements.starts.length >= maxElements) throw new TooMany();
              elements.starts.push(pos);
              pos = skipValue(pos);
              elements.ends.push(pos);
              if (due()) yield pos;
              if (closes(CLOSE_BRACKET, '"," or "]"')) break;
            }
        } else {
          pos = skipValue(pos);
        }
        members.push({ key, start, valueStart, end: pos });
        if (due()) yield pos;
        if (closes(CLOSE_BRACE, '"," or "}"')) break;
      }
    skipSpace();
    if (pos < text.length) throw new SplitError(pos, 'more text after the end of the object');
    return { ok: true, members, ...(elements ? { elements } : {}) };
  } catch (error) {
    if (error instanceof TooMany) return { ok: false, reason: 'too-many', limit: maxElements };
    if (error instanceof SplitError)
      return { ok: false, reason: 'syntax', at: error.at, detail: error.detail };
    throw error;
  }
}

/** Parse the object's members other than `skip` as one small object, with JSON.parse's own rules for keys. */
export function parseMembersExcept(
  text: string,
  members: readonly JsonMember[],
  skip: string | null,
): unknown {
  const parts = members.filter((m) => m.key !== skip).map((m) => text.slice(m.start, m.end));
  return JSON.parse(`{${parts.join(',')}}`) as unknown;
}
