/**
 * RSS 2.0 and Atom 1.0 read without a DOM (the MV3 service worker has no DOMParser): fast-xml-parser with entity
 * processing off, and a document declaring a DOCTYPE refused before the parser sees it, so no entity is ever
 * defined, expanded or fetched. Text is decoded here, once (plain-text.ts).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PLAUSIBLE_YEARS } from '../../validate/dates';
import { MAX_URL_CHARS } from '../../validate/limits';
import { clipError, decodeXmlEntities, htmlToText, httpUrl, plainLine } from './plain-text';

/** Most items one feed may carry. */
export const MAX_FEED_ITEMS = 100_000;
/** Longest item title, author and feed title kept. */
export const MAX_ITEM_TITLE_CHARS = 500;
export const MAX_ITEM_AUTHOR_CHARS = 300;
/** Longest item text kept (the feed format allows more; feed items are summaries). */
export const MAX_ITEM_TEXT_CHARS = 100_000;

/** One RSS item or Atom entry, as plain bounded strings. */
export interface FeedItem {
  /** The item's own id (RSS guid, Atom id), if any. */
  guid?: string;
  title: string;
  /** http(s) only. */
  link?: string;
  /** The publication day, `YYYY-MM-DD`, within the plausible years. */
  date: string;
  /** When the item last changed (ISO timestamp), if the feed says. */
  updated?: string;
  author?: string;
  text: string;
}

/** What an RSS or Atom document holds, and how many items were skipped and why. */
export interface ParsedXmlFeed {
  format: 'rss' | 'atom';
  title: string;
  link?: string;
  items: FeedItem[];
  skipped: number;
  /** Why items were skipped, one line per reason with its count. */
  skippedReasons: string[];
}

/** The result of reading an XML feed. */
export type XmlFeedResult = { ok: true; feed: ParsedXmlFeed } | { ok: false; error: string };

type Node = Record<string, unknown>;

// Keys that are Object.prototype names (and __proto__) are renamed, so a feed's `<constructor>` is just data.
const safeName = (name: string): string =>
  name === '__proto__' || Object.hasOwn(Object.prototype, name) ? `_${name}` : name;

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: '#cdata',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  transformTagName: safeName,
  transformAttributeName: safeName,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
});

/** Whether a document opens like XML (after a BOM and whitespace). */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** Parse an RSS 2.0 or Atom document into bounded plain items; anything else is refused with a reason. */
export function parseXmlFeed(text: string, baseUrl?: string): XmlFeedResult {
  const body = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(body.slice(0, 4096)) || /<!ENTITY/i.test(body)) {
    return {
      ok: false,
      error:
        'The feed declares a DOCTYPE or entities, which Backchannel does not read (they can expand without bound or point at other files).',
    };
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    return {
      ok: false,
      error: clipError(
        `The feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`,
      ),
    };
  }
  let root: Node;
  try {
    root = parser.parse(body) as Node;
  } catch (error) {
    return {
      ok: false,
      error: clipError(`The feed is not well-formed XML (${(error as Error).message}).`),
    };
  }
  const rss = child(root, 'rss');
  if (rss) return readRss(rss, baseUrl);
  const atom = child(root, 'feed');
  if (atom) return readAtom(atom, baseUrl);
  if (child(root, 'html') || child(root, 'HTML'))
    return {
      ok: false,
      error: 'The address served a web page, not a feed (it may need a login, or be a home page).',
    };
  return {
    ok: false,
    error: 'The document is XML but neither RSS 2.0 nor Atom (no <rss> or <feed> root).',
  };
}

function child(node: unknown, name: string): Node | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = Object.hasOwn(node, name) ? (node as Node)[name] : undefined;
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  if (typeof first === 'string') return { '#text': first };
  return typeof first === 'object' && first !== null ? (first as Node) : undefined;
}

function children(node: Node, name: string): unknown[] {
  const value = Object.hasOwn(node, name) ? node[name] : undefined;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element: decoded character data plus raw CDATA, in that order; nested elements' text too. */
function textOf(node: unknown, depth = 0): string {
  if (typeof node === 'string') return decodeXmlEntities(node);
  if (Array.isArray(node)) return node.map((n) => textOf(n, depth)).join('');
  if (typeof node !== 'object' || node === null || depth > 20) return '';
  let out = '';
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_')) continue;
    if (key === '#text') out += textOf(value, depth);
    else if (key === '#cdata')
      out += (Array.isArray(value) ? value : [value])
        .map((c) =>
          typeof c === 'object' && c !== null ? String((c as Node)['#text'] ?? '') : String(c),
        )
        .join('');
    else out += ` ${textOf(value, depth + 1)} `;
  }
  return out;
}

function attr(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as Node)[`@_${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value) : undefined;
}

function fieldText(node: Node, name: string): string | undefined {
  const value = Object.hasOwn(node, name) ? node[name] : undefined;
  if (value === undefined) return undefined;
  return textOf(Array.isArray(value) ? value[0] : value);
}

/** A date string (RFC 822 or ISO 8601) as a UTC day within the plausible years, or null. */
export function feedDay(value: string | undefined): string | null {
  const time = feedTime(value);
  return time === null ? null : time.slice(0, 10);
}

/** A date string as an ISO timestamp within the plausible years, or null. */
export function feedTime(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 64) return null;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) return null;
  return date.toISOString();
}

class Tally {
  readonly reasons = new Map<string, number>();
  add(reason: string): void {
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }
  get total(): number {
    return [...this.reasons.values()].reduce((a, b) => a + b, 0);
  }
  lines(): string[] {
    return [...this.reasons].map(([reason, n]) => `${n} ${reason}`);
  }
}

function item(
  raw: {
    guid?: string;
    title?: string;
    link?: string;
    date?: string;
    updated?: string;
    author?: string;
    html?: string;
  },
  baseUrl: string | undefined,
  tally: Tally,
): FeedItem | null {
  const title = plainLine(
    htmlToText(raw.title ?? '', MAX_ITEM_TITLE_CHARS * 2),
    MAX_ITEM_TITLE_CHARS,
  );
  const text = htmlToText(raw.html ?? '', MAX_ITEM_TEXT_CHARS);
  if (title.length === 0 && text.length === 0) {
    tally.add('without a title or text');
    return null;
  }
  const day = feedDay(raw.date) ?? feedDay(raw.updated);
  if (day === null) {
    tally.add('without a date between 1900 and 2200');
    return null;
  }
  const out: FeedItem = {
    title: title || plainLine(text, 120),
    date: day,
    text: text || title,
  };
  const guid = raw.guid === undefined ? '' : plainLine(raw.guid, MAX_URL_CHARS);
  if (guid) out.guid = guid;
  const link = raw.link === undefined ? null : httpUrl(raw.link, baseUrl, MAX_URL_CHARS);
  if (link) out.link = link;
  const updated = feedTime(raw.updated);
  if (updated) out.updated = updated;
  const author =
    raw.author === undefined
      ? ''
      : plainLine(htmlToText(raw.author, MAX_ITEM_AUTHOR_CHARS * 2), MAX_ITEM_AUTHOR_CHARS);
  if (author) out.author = author;
  return out;
}

function tooMany(count: number): XmlFeedResult {
  return {
    ok: false,
    error: `The feed has ${count} items; Backchannel reads at most ${MAX_FEED_ITEMS}.`,
  };
}

function atomLink(node: Node): string | undefined {
  const links = children(node, 'link');
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attr(alternate, 'href');
}

/**
 * A feed's items, title and link, whatever format they were read from: `fields` picks an item's
 * fields from its element; the checks and limits are the same for every format.
 */
function feedOf(
  format: 'rss' | 'atom',
  raws: readonly unknown[],
  fields: (node: Node) => Parameters<typeof item>[0],
  head: { title?: string; link?: string },
  baseUrl?: string,
): XmlFeedResult {
  if (raws.length > MAX_FEED_ITEMS) return tooMany(raws.length);
  const tally = new Tally();
  const items: FeedItem[] = [];
  for (const raw of raws) {
    if (typeof raw !== 'object' || raw === null) {
      tally.add('empty');
      continue;
    }
    const parsed = item(fields(raw as Node), baseUrl, tally);
    if (parsed) items.push(parsed);
  }
  const title = plainLine(
    htmlToText(head.title ?? '', MAX_ITEM_TITLE_CHARS * 2),
    MAX_ITEM_TITLE_CHARS,
  );
  const link = httpUrl(head.link ?? '', baseUrl) ?? undefined;
  return {
    ok: true,
    feed: {
      format,
      title,
      ...(link ? { link } : {}),
      items,
      skipped: tally.total,
      skippedReasons: tally.lines(),
    },
  };
}

function readRss(rss: Node, baseUrl?: string): XmlFeedResult {
  const channel = child(rss, 'channel');
  if (!channel) return { ok: false, error: 'The RSS document has no <channel>.' };
  return feedOf(
    'rss',
    children(channel, 'item'),
    (node) => {
      const content = fieldText(node, 'encoded');
      return {
        guid: fieldText(node, 'guid'),
        title: fieldText(node, 'title'),
        link: fieldText(node, 'link'),
        date: fieldText(node, 'pubDate') ?? fieldText(node, 'date'),
        updated: fieldText(node, 'updated'),
        author: fieldText(node, 'creator') ?? fieldText(node, 'author'),
        html: content && content.trim() ? content : fieldText(node, 'description'),
      };
    },
    { title: fieldText(channel, 'title'), link: fieldText(channel, 'link') },
    baseUrl,
  );
}

function readAtom(feed: Node, baseUrl?: string): XmlFeedResult {
  return feedOf(
    'atom',
    children(feed, 'entry'),
    (node) => {
      const content = fieldText(node, 'content');
      const author = child(node, 'author');
      return {
        guid: fieldText(node, 'id'),
        title: fieldText(node, 'title'),
        link: atomLink(node),
        date: fieldText(node, 'published') ?? fieldText(node, 'updated'),
        updated: fieldText(node, 'updated'),
        author: author ? (fieldText(author, 'name') ?? textOf(author)) : undefined,
        html: content && content.trim() ? content : fieldText(node, 'summary'),
      };
    },
    { title: fieldText(feed, 'title'), link: atomLink(feed) },
    baseUrl,
  );
}
