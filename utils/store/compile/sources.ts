/** Turn source files (Markdown with front matter, or plain text) into article inputs, strictly. */
import type { SourceRef } from '../../detect/types';
import { isIsoDay, isRealDatePrefix } from '../../validate/dates';
import { MAX_URL_CHARS } from '../../validate/limits';
import {
  MAX_ARTICLE_SOURCES,
  MAX_SOURCE_OUTLET_CHARS,
  MAX_SOURCE_TITLE_CHARS,
} from '../feeds/schema';
import {
  markdownToText,
  parseFrontMatter,
  SourceError,
  type FrontMatterValue,
} from './front-matter';

/** An article as written by a person, before the detection engine indexes it. */
export interface ArticleInput {
  file: string;
  id: string;
  title: string;
  date: string;
  kind: 'brief' | 'article';
  lang: string;
  text: string;
  /** Figures the author lists; the detection engine may find more. */
  figures: string[];
  url?: string;
  source?: string;
  document?: string;
  dateline?: string;
  attribution?: string;
  /** The public reporting the article rests on, from its `cite1`…`cite9` lines, in that order. */
  sources?: SourceRef[];
}

const KNOWN_KEYS = new Set([
  'id',
  'title',
  'date',
  'figures',
  'source',
  'document',
  'kind',
  'lang',
  'dateline',
  'attribution',
  'url',
]);

/** `cite1` … `cite9`: one source each (data/articles/README.md). */
const CITE_KEY = /^cite([1-9])$/;
const MAX_CITES = Math.min(9, MAX_ARTICLE_SOURCES);

/** Parse one `Outlet | Headline as published | YYYY-MM-DD | https://…` value; throws naming the line. */
export function parseCite(value: string, file: string, line?: number): SourceRef {
  const fail = (why: string): never => {
    throw new SourceError(
      file,
      `bad cite line (${why}); write "Outlet | Headline as published | YYYY-MM-DD | https://…"`,
      line,
    );
  };
  const parts = value.split('|').map((part) => part.trim());
  if (parts.length !== 4) fail(`${parts.length} parts separated by |, not 4`);
  const [outlet = '', title = '', date = '', url = ''] = parts;
  if (outlet === '') fail('the outlet is empty');
  if (outlet.length > MAX_SOURCE_OUTLET_CHARS)
    fail(`the outlet is longer than ${MAX_SOURCE_OUTLET_CHARS} characters`);
  if (title === '') fail('the headline is empty');
  if (title.length > MAX_SOURCE_TITLE_CHARS)
    fail(`the headline is longer than ${MAX_SOURCE_TITLE_CHARS} characters`);
  if (!isRealDatePrefix(date)) fail(`"${date}" is not a real date YYYY-MM-DD (or YYYY-MM, YYYY)`);
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > MAX_URL_CHARS || !URL.canParse(url))
    fail(`"${url}" is not an http(s) URL`);
  return { outlet, title, date, url };
}

/** The sources of `cite1`…`cite9`, numbered from 1 without gaps. */
function citesOf(
  fields: Map<string, FrontMatterValue>,
  lines: Map<string, number>,
  file: string,
): SourceRef[] {
  const sources: SourceRef[] = [];
  for (let n = 1; n <= MAX_CITES; n++) {
    const key = `cite${n}`;
    const value = fields.get(key);
    const line = lines.get(key);
    if (value === undefined) {
      const next = [...fields.keys()].find((k) => Number(CITE_KEY.exec(k)?.[1]) > n);
      if (next !== undefined)
        throw new SourceError(
          file,
          `"${next}" without "${key}": number cites from cite1`,
          lines.get(next),
        );
      break;
    }
    if (typeof value !== 'string')
      throw new SourceError(file, `"${key}" must be one quoted line, not a list`, line);
    sources.push(parseCite(value, file, line));
  }
  return sources;
}

function text(
  fields: Map<string, FrontMatterValue>,
  key: string,
  file: string,
): string | undefined {
  const value = fields.get(key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new SourceError(file, `"${key}" must be text, not a list`);
  return value;
}

function required(fields: Map<string, FrontMatterValue>, key: string, file: string): string {
  const value = text(fields, key, file);
  if (value === undefined || value === '') throw new SourceError(file, `"${key}" is missing`);
  return value;
}

/** Read a Markdown article with front matter (data/articles/README.md). */
export function articleFromMarkdown(file: string, content: string): ArticleInput {
  const { fields, lines, body } = parseFrontMatter(content, file);
  for (const key of fields.keys())
    if (!KNOWN_KEYS.has(key) && !CITE_KEY.test(key))
      throw new SourceError(file, `unknown key "${key}"`);
  const date = text(fields, 'date', file);
  if (date === undefined || date === '') throw new SourceError(file, 'the date is missing');
  if (!isIsoDay(date))
    throw new SourceError(file, `the date "${date}" is not a valid YYYY-MM-DD day`);
  const kind = text(fields, 'kind', file) ?? 'article';
  if (kind !== 'brief' && kind !== 'article')
    throw new SourceError(file, `kind must be brief or article, not "${kind}"`);
  const figures = fields.get('figures') ?? [];
  if (!Array.isArray(figures))
    throw new SourceError(file, '"figures" must be a list like [kim-jong-un, moon-jae-in]');
  const input: ArticleInput = {
    file,
    id: required(fields, 'id', file),
    title: required(fields, 'title', file),
    date,
    kind,
    lang: text(fields, 'lang', file) ?? 'en',
    text: markdownToText(body),
    figures,
  };
  for (const key of ['url', 'source', 'document', 'dateline', 'attribution'] as const) {
    const value = text(fields, key, file);
    if (value !== undefined && value !== '') input[key] = value;
  }
  const sources = citesOf(fields, lines, file);
  if (sources.length > 0) input.sources = sources;
  if (input.text === '') throw new SourceError(file, 'the article has no text');
  return input;
}

const DATE_LINE = /^\s*date\s+(\S+)\s*/;
const MAX_TITLE = 160;

/** Read a plain-text article: an optional `date YYYY-MM-DD` opening, then the title line, then the text. */
export function articleFromText(
  file: string,
  content: string,
  options: { id: string; date?: string },
): ArticleInput {
  let rest = content.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  let date = options.date;
  const dated = DATE_LINE.exec(rest);
  if (dated) {
    date = dated[1] ?? '';
    rest = rest.slice(dated[0].length);
  }
  if (date === undefined)
    throw new SourceError(file, 'no date: start the file with "date YYYY-MM-DD" or pass --date');
  if (!isIsoDay(date))
    throw new SourceError(file, `the date "${date}" is not a valid YYYY-MM-DD day`);
  rest = rest.trim();
  const newline = rest.indexOf('\n');
  const firstLine = (newline < 0 ? rest : rest.slice(0, newline)).trim();
  // A short first line is a headline; a long one is the lede itself (as in wire copy), so the title is its opening.
  const headline = firstLine.length <= MAX_TITLE && newline >= 0;
  const title = headline ? firstLine : shorten(firstLine);
  const body = headline ? rest.slice(newline + 1).trim() : rest;
  if (title === '' || body === '') throw new SourceError(file, 'the file has no title or no text');
  return {
    file,
    id: options.id,
    title,
    date,
    kind: 'article',
    lang: 'en',
    text: body,
    figures: [],
  };
}

function shorten(line: string): string {
  if (line.length <= MAX_TITLE) return line;
  const cut = line.lastIndexOf(' ', MAX_TITLE);
  return `${line.slice(0, cut > 40 ? cut : MAX_TITLE)}…`;
}
