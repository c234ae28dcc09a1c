/** RSS and Atom items become feed articles the way bundle articles do (compile/compile.ts): detected, indexed, checked. */
import { detect as detectCatalogue } from '../../detect';
import { compileArticle, type DetectFn } from '../compile/compile';
import { FEED_FORMAT, FEED_VERSION, type Feed, type FeedArticle } from './schema';
import type { FeedItem, ParsedXmlFeed } from './xml-feed';

/** Options for turning items into articles. */
export interface ItemOptions {
  sourceId: string;
  /** The feed's own address (kept on the source). */
  url?: string;
  /** Keep items that name no figure (default: drop them). */
  keepEveryItem?: boolean;
  /** Figure ids an article may link to: the catalogue and stored additions. */
  known: ReadonlySet<string>;
  detect?: DetectFn;
  /** Called every `PROGRESS_EVERY` items with how many were checked. */
  onProgress?: (done: number, total: number) => void;
}

/** How many items are detected between two progress reports (detection takes up to a few ms an item). */
export const PROGRESS_EVERY = 50;

/** The articles of an XML feed, and how many items were left out. */
export interface ItemsFeed {
  feed: Feed;
  /** Items naming no figure, left out (unless keepEveryItem). */
  unrelated: number;
  /** Items that merged into an earlier one with the same id or link. */
  merged: number;
}

/** A short, stable article id from an item's guid, link or title and date (ids are `[a-z0-9._~-]`, ≤ 128). */
export function itemId(item: FeedItem): string {
  const basis = item.guid ?? item.link ?? `${item.title}\n${item.date}`;
  return `i-${hash(basis, 0x811c9dc5)}${hash(basis, 0x01000193)}`;
}

/** FNV-1a over UTF-16 units, as 8 hex digits. */
function hash(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The newer of two versions of one item: the later `updated`, else the later in the feed. */
function newer(a: FeedItem, b: FeedItem): FeedItem {
  if (a.updated && b.updated) return b.updated >= a.updated ? b : a;
  if (a.updated && !b.updated) return a;
  return b;
}

/** Build a valid Backchannel feed from parsed RSS/Atom items: duplicates merge, detection indexes mentions. */
export function itemsToFeed(parsed: ParsedXmlFeed, options: ItemOptions): ItemsFeed {
  const detect = options.detect ?? detectCatalogue;
  const byId = new Map<string, FeedItem>();
  const idByLink = new Map<string, string>();
  let merged = 0;
  for (const item of parsed.items) {
    let id = itemId(item);
    const sameLink = item.link === undefined ? undefined : idByLink.get(item.link);
    if (!byId.has(id) && sameLink !== undefined) id = sameLink;
    const before = byId.get(id);
    if (before) merged++;
    byId.set(id, before ? newer(before, item) : item);
    if (item.link !== undefined && !idByLink.has(item.link)) idByLink.set(item.link, id);
  }
  const articles: FeedArticle[] = [];
  let unrelated = 0;
  const credit = parsed.title || undefined;
  let done = 0;
  for (const [id, item] of byId) {
    done++;
    if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, byId.size);
    // The title is often the only place a figure is named in a short summary, so it leads the text.
    const text = item.text.startsWith(item.title) ? item.text : `${item.title}\n\n${item.text}`;
    const article = compileArticle(
      {
        file: item.link ?? id,
        id,
        title: item.title,
        date: item.date,
        kind: 'article',
        lang: 'en',
        text,
        figures: [],
        ...(item.link ? { url: item.link } : {}),
        ...(credit ? { source: credit } : {}),
        ...(item.author ? { attribution: item.author } : {}),
      },
      options.known,
      detect,
    );
    if (item.updated) article.updated = item.updated;
    if (article.mentions.length === 0 && !options.keepEveryItem) {
      unrelated++;
      continue;
    }
    articles.push(article);
  }
  return {
    feed: {
      format: FEED_FORMAT,
      version: FEED_VERSION,
      sources: [
        {
          id: options.sourceId,
          title: parsed.title || options.sourceId,
          ...(options.url ? { url: options.url } : {}),
          kind: 'synced',
        },
      ],
      articles,
    },
    unrelated,
    merged,
  };
}
