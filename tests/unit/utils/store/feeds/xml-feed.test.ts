import { describe, expect, it } from 'vitest';
import { feedDay, parseXmlFeed } from '@/utils/store/feeds/xml-feed';
import { itemId, itemsToFeed } from '@/utils/store/feeds/feed-items';
import { FIGURES } from '@/utils/detect/catalogue';
import { readFeed } from '@/utils/store/feeds/validate';

const known = new Set(FIGURES.map((f) => f.id));

/** An RSS 2.0 document around `items`. */
function rss(
  items: string,
  channel = '<title>Wire</title><link>https://wire.example/</link>',
): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;
}

const ITEM = `<item><title>Kim Yo Jong warns Seoul</title><link>https://wire.example/a</link><guid>https://wire.example/a</guid><pubDate>Tue, 10 Aug 2021 04:00:00 GMT</pubDate><dc:creator>A. Reporter</dc:creator><description>&lt;p&gt;Kim Yo Jong issued a statement &amp;amp; Sung Kim replied.&lt;/p&gt;</description></item>`;

describe('parseXmlFeed', () => {
  it('reads RSS 2.0 items into plain bounded fields', () => {
    const result = parseXmlFeed(rss(ITEM));
    expect(result).toMatchObject({
      ok: true,
      feed: {
        format: 'rss',
        title: 'Wire',
        items: [
          {
            title: 'Kim Yo Jong warns Seoul',
            link: 'https://wire.example/a',
            date: '2021-08-10',
            author: 'A. Reporter',
            text: 'Kim Yo Jong issued a statement & Sung Kim replied.',
          },
        ],
      },
    });
  });

  it('reads Atom entries, with CDATA and xhtml content and the alternate link', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><id>tag:desk,2024:1</id><title type="html"><![CDATA[Sung Kim <i>visits</i>]]></title><link rel="self" href="https://desk.example/self"/><link rel="alternate" href="/story"/><published>2024-05-01T10:00:00Z</published><updated>2024-05-02T10:00:00Z</updated><author><name>Desk</name></author><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Sung Kim arrived.</p></div></content></entry></feed>`;
    const result = parseXmlFeed(atom, 'https://desk.example/feed.xml');
    expect(result).toMatchObject({
      ok: true,
      feed: {
        format: 'atom',
        items: [
          {
            guid: 'tag:desk,2024:1',
            title: 'Sung Kim visits',
            link: 'https://desk.example/story',
            date: '2024-05-01',
            updated: '2024-05-02T10:00:00.000Z',
            author: 'Desk',
            text: 'Sung Kim arrived.',
          },
        ],
      },
    });
  });

  it('refuses a DOCTYPE or entity declarations (billion laughs, external entities) without expanding them', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>${rss('<item><title>&lol2;</title></item>')}`;
    const external = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${rss('<item><title>&x;</title></item>')}`;
    for (const doc of [laughs, external])
      expect(parseXmlFeed(doc)).toMatchObject({ ok: false, error: /DOCTYPE/ });
  });

  it('leaves undeclared entities as text and never pollutes prototypes', () => {
    const result = parseXmlFeed(
      rss(
        '<item><__proto__><polluted>1</polluted></__proto__><constructor>x</constructor><title>&lol; Kim</title><pubDate>2021-01-01</pubDate></item>',
      ),
    );
    expect(result).toMatchObject({ ok: true, feed: { items: [{ title: '&lol; Kim' }] } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('skips and counts items without a plausible date or any text, and drops non-http links', () => {
    const result = parseXmlFeed(
      rss(
        `<item><title>Far</title><pubDate>9999-12-31</pubDate></item><item><pubDate>2021-01-01</pubDate></item><item><title>Ok</title><link>javascript:alert(1)</link><pubDate>2021-01-01</pubDate></item>`,
      ),
    );
    expect(result.ok && result.feed.skipped).toBe(2);
    expect(result.ok && result.feed.items[0]?.link).toBeUndefined();
  });

  it('names what it refuses: broken XML, an HTML page, another XML document', () => {
    expect(parseXmlFeed('<rss><channel><item>')).toMatchObject({ ok: false, error: /well-formed/ });
    expect(parseXmlFeed('<html><body>Login</body></html>')).toMatchObject({
      ok: false,
      error: /web page/,
    });
    expect(parseXmlFeed('<svg></svg>')).toMatchObject({ ok: false, error: /neither RSS/ });
  });
});

describe('feedDay', () => {
  it('reads RFC 822 and ISO dates within 1900-2200 only', () => {
    expect(feedDay('Tue, 10 Aug 2021 04:00:00 GMT')).toBe('2021-08-10');
    expect(feedDay('2021-08-10T23:30:00-05:00')).toBe('2021-08-11');
    expect(feedDay('9999-12-31')).toBeNull();
    expect(feedDay('1800-01-01')).toBeNull();
    expect(feedDay('yesterday')).toBeNull();
  });
});

describe('itemsToFeed', () => {
  it('runs detection and keeps only items naming a figure, as a valid feed', () => {
    const parsed = parseXmlFeed(
      rss(
        `${ITEM}<item><title>Weather</title><pubDate>2021-08-11</pubDate><description>Rain.</description></item>`,
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const { feed, unrelated } = itemsToFeed(parsed.feed, { sourceId: 'wire', known });
    expect(unrelated).toBe(1);
    expect(feed.articles).toHaveLength(1);
    expect(feed.articles[0]?.mentions.map((m) => m.figure).sort()).toEqual([
      'kim-yo-jong',
      'sung-kim',
    ]);
    expect(readFeed(feed, { catalogue: known }).ok).toBe(true);
    const all = itemsToFeed(parsed.feed, { sourceId: 'wire', known, keepEveryItem: true });
    expect(all.feed.articles).toHaveLength(2);
  });

  it('merges duplicates by id or link, the newer update winning', () => {
    const parsed = parseXmlFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><title>Sung Kim old</title><published>2024-01-01T00:00:00Z</published><updated>2024-01-02T00:00:00Z</updated></entry><entry><id>a</id><title>Sung Kim new</title><published>2024-01-01T00:00:00Z</published><updated>2024-01-03T00:00:00Z</updated></entry></feed>`,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const { feed, merged } = itemsToFeed(parsed.feed, { sourceId: 'desk', known });
    expect(merged).toBe(1);
    expect(feed.articles.map((a) => a.title)).toEqual(['Sung Kim new']);
  });

  it('gives stable ids that fit the id pattern', () => {
    const id = itemId({
      guid: 'https://x.example/a b?c',
      title: 't',
      date: '2021-01-01',
      text: '',
    });
    expect(id).toMatch(/^i-[0-9a-f]{16}$/);
  });
});
