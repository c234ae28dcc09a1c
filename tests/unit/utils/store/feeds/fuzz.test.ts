/** Property-based fuzzing of the feed readers and the import: never a throw, always bounded, all or nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURES } from '@/utils/detect/catalogue';
import { importAll } from '@/utils/store/feeds/import-export';
import { htmlToText, plainLine } from '@/utils/store/feeds/plain-text';
import { readFeed } from '@/utils/store/feeds/validate';
import { parseXmlFeed } from '@/utils/store/feeds/xml-feed';
import { itemsToFeed } from '@/utils/store/feeds/feed-items';
import { freshStores, newsroomFeed } from '../helpers';
import { rss, rssItem, snapshot } from './sync-helpers';

const stores = freshStores();
const known = new Set(FIGURES.map((f) => f.id));
// eslint-disable-next-line no-control-regex -- NUL is what this looks for
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Pieces of XML, markup and entities that strings are built from, so the fuzzer reaches deep. */
const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<item>',
    '</item>',
    '<title>',
    '</title>',
    '<pubDate>2021-01-01</pubDate>',
    '<![CDATA[',
    ']]>',
    '<description>',
    '</description>',
    '&amp;',
    '&lt;',
    '&#0;',
    '&#xD800;',
    '&lol;',
    '<!DOCTYPE x>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '<__proto__>',
    '</__proto__>',
    'Sung Kim',
    'Kim Yo Jong',
    '\u0000',
    '\ud800',
    '<link>javascript:alert(1)</link>',
    '<entry>',
    '</entry>',
    '<feed>',
    '</feed>',
  ),
);
const soup = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('fuzz: feed readers', () => {
  it('htmlToText never throws, stays bounded and holds no NUL or lone surrogate', () => {
    fc.assert(
      fc.property(soup, fc.integer({ min: 1, max: 500 }), (html, max) => {
        const text = htmlToText(html, max);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(NOT_TEXT.test(text)).toBe(false);
        expect(NOT_TEXT.test(plainLine(html, max))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('parseXmlFeed never throws; what it returns becomes a valid feed', () => {
    fc.assert(
      fc.property(soup, fc.boolean(), (inner, wrap) => {
        const doc = wrap ? rss(`<item>${inner}</item>${rssItem(1)}`) : inner;
        const result = parseXmlFeed(doc, 'https://x.example/');
        if (!result.ok) {
          expect(result.error.length).toBeLessThanOrEqual(300);
          return;
        }
        for (const item of result.feed.items) {
          expect(item.link === undefined || /^https?:/.test(item.link)).toBe(true);
          expect(NOT_TEXT.test(item.title + item.text)).toBe(false);
        }
        const { feed } = itemsToFeed(result.feed, { sourceId: 'fuzz', known, keepEveryItem: true });
        const checked = readFeed(feed, { catalogue: known });
        expect(checked.ok ? 'ok' : checked.error).toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('readFeed never throws on any JSON value or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string()), (value) => {
        const result = readFeed(value, { catalogue: known });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('fuzz: import', () => {
  it('a mutated feed imports fully or leaves the store exactly as it was', async () => {
    const db = await stores.prepared();
    const base = newsroomFeed(3);
    const paths = [
      ['articles', 0, 'title'],
      ['articles', 1, 'date'],
      ['articles', 2, 'url'],
      ['articles', 0, 'mentions', 0, 'spans'],
      ['articles', 1, 'mentions', 0, 'figure'],
      ['articles', 2, 'id'],
      ['sources', 0, 'id'],
      ['version'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (path, value) => {
        const mutated = structuredClone(base) as unknown as Record<string, unknown>;
        let node: Record<string | number, unknown> = mutated;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path[path.length - 1]!] = value;
        const before = await snapshot(db);
        const result = await importAll(db, mutated);
        if (!result.ok) expect(await snapshot(db)).toBe(before);
        else expect(result.added + result.updated).toBe(3);
      }),
      { numRuns: 60 },
    );
  });
});
