/**
 * The one parser for bracket-annotated documents, shared by the detect fixtures
 * (tests/fixtures/detect, scored by tests/unit/utils/detect/index.fixtures.test.ts) and the
 * evaluation corpus (tests/fixtures/eval, scored by `npm run eval`).
 *
 * A file is a header of `key: value` lines, optionally closed by a `---` line, then a body in
 * which `[[surface|id]]` marks a name. The detect fixtures have a one-line header (`date: …`)
 * and no `---`; the eval documents have `date`, `lang`, `source`, `classes` and a `---`.
 * What an id means (a figure id, `?`, `-`) is up to the scorer that reads the marks.
 */

/** A marked span of the plain text: UTF-16 offsets and the id written after the bar. */
export interface GoldLink {
  start: number;
  end: number;
  /** A figure id, `?` (a reader could not resolve it) or `-` (another person: must not be linked). */
  figureId: string;
}

/** A parsed file: its header fields, the plain body text and the marks in it. */
export interface AnnotatedFile {
  header: Record<string, string>;
  text: string;
  links: GoldLink[];
}

const MARK = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;
const HEADER_LINE = /^([a-z][a-z-]*): ?(.*)$/;

/** Strips `[[surface|id]]` marks, returning the plain text and the marked spans. */
export function parseMarked(marked: string): { text: string; links: GoldLink[] } {
  const links: GoldLink[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    links.push({ start: text.length, end: text.length + m[1]!.length, figureId: m[2]! });
    text += m[1]!;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  // A mark the pattern did not take (a typo such as `[[Kim|kim-jong-un]` or `[[Kim]]`) would
  // leave brackets in the text and silently drop a gold link: refuse it instead.
  const stray = /\[\[|\]\]/.exec(text);
  if (stray) {
    const at = stray.index;
    throw new Error(
      `malformed mark near ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))}`,
    );
  }
  return { text, links };
}

/** Splits a file into its header (leading `key: value` lines, then an optional `---`) and marked body. */
export function parseAnnotatedFile(raw: string): AnnotatedFile {
  const header: Record<string, string> = {};
  let offset = 0;
  for (;;) {
    const newline = raw.indexOf('\n', offset);
    if (newline < 0) break;
    const line = raw.slice(offset, newline).replace(/\r$/, '');
    if (line === '---') {
      offset = newline + 1;
      break;
    }
    const field = HEADER_LINE.exec(line);
    if (!field) break;
    header[field[1]!] = field[2]!.trim();
    offset = newline + 1;
  }
  return { header, ...parseMarked(raw.slice(offset)) };
}
