/** A small, strict front-matter reader for data/articles: `key: value` lines, `[a, b]` lists, optional double quotes. */

/** A front-matter value: a string or a list of strings. */
export type FrontMatterValue = string | string[];

/** A parsed Markdown file. */
export interface FrontMatterFile {
  fields: Map<string, FrontMatterValue>;
  /** The 1-based line of each key, so later checks can name it. */
  lines: Map<string, number>;
  body: string;
}

/** A source-file error naming the file and line, so the build message points at the fix. */
export class SourceError extends Error {
  constructor(file: string, message: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'SourceError';
  }
}

function unquote(raw: string, file: string, line: number): string {
  const value = raw.trim();
  if (!value.startsWith('"')) return value;
  if (value.length < 2 || !value.endsWith('"'))
    throw new SourceError(file, 'unterminated quoted value', line);
  return value.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, '\\');
}

function parseValue(raw: string, file: string, line: number): FrontMatterValue {
  const value = raw.trim();
  if (!value.startsWith('[')) return unquote(value, file, line);
  if (!value.endsWith(']')) throw new SourceError(file, 'a list must end with ]', line);
  const inner = value.slice(1, -1).trim();
  return inner === '' ? [] : inner.split(',').map((item) => unquote(item, file, line));
}

/** Split a Markdown file into front matter and body; throws SourceError on anything it does not understand. */
export function parseFrontMatter(content: string, file: string): FrontMatterFile {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---')
    throw new SourceError(file, 'front matter must start with --- on the first line', 1);
  const fields = new Map<string, FrontMatterValue>();
  const keyLines = new Map<string, number>();
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (text.trim() === '---') {
      end = i;
      break;
    }
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z][A-Za-z0-9_-]*):(.*)$/.exec(text);
    if (!match) throw new SourceError(file, `expected "key: value", got "${text.trim()}"`, i + 1);
    const key = match[1] ?? '';
    if (fields.has(key)) throw new SourceError(file, `"${key}" is given twice`, i + 1);
    fields.set(key, parseValue(match[2] ?? '', file, i + 1));
    keyLines.set(key, i + 1);
  }
  if (end < 0) throw new SourceError(file, 'front matter is not closed with ---');
  return { fields, lines: keyLines, body: lines.slice(end + 1).join('\n') };
}

/** Markdown body to plain text: paragraphs kept, lines within a paragraph joined, inline marks removed. */
export function markdownToText(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim().replace(/^#{1,6}\s+/, ''))
        .join(' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
