/**
 * Malformed and hostile feeds against a real sync over 127.0.0.1: each gives a clear error naming the problem
 * (the store exported before and after is identical), or has its bad items skipped and counted (the store differs
 * exactly by the valid items).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { serveFeeds, type FeedRoute, type FeedServer } from '@/scripts/lib/feed-server';
import { addFeedSource, syncSource } from '@/utils/store/feeds/sync';
import type { StoreDB } from '@/utils/store/db/schema';
import { article, feed, freshStores, newsroomFeed } from '../helpers';
import { atom, rss, rssItem, snapshot } from './sync-helpers';

const stores = freshStores();
let server: FeedServer;
beforeAll(async () => {
  server = await serveFeeds();
});
afterAll(() => server.close());

const json = (value: unknown): FeedRoute => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json' },
});
const good = newsroomFeed(2);
const withArticle = (patch: Record<string, unknown>) =>
  json({ ...good, articles: [{ ...good.articles[0], ...patch }] });
const redirectTo = (location: string): FeedRoute => ({ status: 302, headers: { location } });
const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert(2)">`;
const SIXTY_MB = Buffer.alloc(60 * 1024 * 1024, 0x20);

function chunked(total: number): FeedRoute {
  return (_request, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    response.on('error', () => undefined);
    pump();
  };
}

type Failure = { route: FeedRoute; error: RegExp; timeoutMs?: number };
type Partial = {
  route: FeedRoute;
  added: number;
  skipped?: number;
  check?: (db: StoreDB, sourceId: string) => Promise<void>;
};

/** Every refused feed: the error that names the problem. */
const FAILURES: Record<string, Failure> = {
  'truncated JSON': {
    route: { body: JSON.stringify(good).slice(0, 200) },
    error: /not valid JSON/,
  },
  'a JSON array': { route: { body: '[1,2,3]' }, error: /expected a JSON object/ },
  'a JSON string': { route: { body: '"feed"' }, error: /neither a Backchannel feed nor RSS/ },
  'another format tag': { route: json({ ...good, format: 'jsonfeed' }), error: /format must be/ },
  'another version': { route: json({ ...good, version: 2 }), error: /version 2/ },
  'articles of the wrong type': { route: json({ ...good, articles: 'many' }), error: /articles/ },
  'a missing title': { route: withArticle({ title: undefined }), error: /title/ },
  'a numeric id beyond 2^53': {
    route: { body: JSON.stringify(good).replace('"story-0"', '9007199254740993') },
    error: /articles\.0\.id/,
  },
  'an empty body': { route: { body: '' }, error: /empty response/ },
  'a body of spaces': { route: { body: '   \n ' }, error: /empty response/ },
  'an HTML login page': {
    route: { body: '<!doctype html><html><body><form>Password</form></body></html>' },
    error: /web page, not a feed/,
  },
  'a 60 MB body with its length': { route: { body: SIXTY_MB }, error: /larger than 50 MB/ },
  'a 60 MB chunked body': { route: chunked(60 * 1024 * 1024), error: /larger than 50 MB/ },
  'billion laughs': {
    route: {
      body: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>${rss('<item><title>&lol2;</title></item>')}`,
    },
    error: /DOCTYPE/,
  },
  'an external entity': {
    route: {
      body: `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${rss('<item><title>&xxe;</title></item>')}`,
    },
    error: /DOCTYPE/,
  },
  'an invalid calendar date': { route: withArticle({ date: '2021-02-30' }), error: /real date/ },
  'a far-future date': {
    route: withArticle({ date: '9999-12-31' }),
    error: /between 1900 and 2200/,
  },
  'a lone surrogate': {
    route: { body: JSON.stringify(good).replace('Story 0', '\\ud800 0') },
    error: /lone surrogates/,
  },
  'a NUL character': { route: withArticle({ title: 'A\u0000B' }), error: /NUL/ },
  'a javascript: article link': {
    route: withArticle({ url: 'javascript:alert(1)' }),
    error: /url/,
  },
  'a data: article link': {
    route: withArticle({ url: 'data:text/html,<script>x</script>' }),
    error: /url/,
  },
  'a javascript: source link': {
    route: json({ ...good, sources: [{ ...good.sources[0], url: 'javascript:alert(1)' }] }),
    error: /sources\.0\.url/,
  },
  'a data: link among the cited sources': {
    route: withArticle({
      sources: [{ outlet: 'X', title: 'Y', date: '2021', url: 'data:text/html,x' }],
    }),
    error: /sources\.0\.url/,
  },
  'duplicate ids': {
    route: json({ ...good, articles: [good.articles[0], good.articles[0]] }),
    error: /duplicate article id/,
  },
  'an unknown figure id': {
    route: withArticle({ mentions: [{ figure: 'no-such-person', spans: [], sentences: [] }] }),
    error: /unknown figure id "no-such-person"/,
  },
  'a span outside the text': {
    route: withArticle({ mentions: [{ figure: 'sung-kim', spans: [[0, 99999]], sentences: [] }] }),
    error: /outside the text/,
  },
  'a connection dropped mid-body': {
    route: {
      body: JSON.stringify(newsroomFeed(40)),
      headers: { 'content-length': '99999' },
      dropAfter: 3000,
    },
    error: /Could not reach the feed|not valid JSON/,
  },
  'HTTP 404': {
    route: { status: 404, body: 'missing' },
    error: /answered 404.*no feed at this address/,
  },
  'HTTP 500': { route: { status: 500, body: 'oops' }, error: /answered 500.*try later/ },
  'HTTP 401': { route: { status: 401, body: 'login' }, error: /needs a login/ },
  'a 30-second stall': {
    route: { stallMs: 30_000 },
    error: /did not answer within 0 seconds|did not answer/,
    timeoutMs: 300,
  },
  'a redirect to file:': { route: redirectTo('file:///etc/passwd'), error: /not a web address/ },
  'a redirect to chrome:': { route: redirectTo('chrome://settings'), error: /not a web address/ },
  'a redirect to javascript:': {
    route: redirectTo('javascript:alert(1)'),
    error: /not a web address/,
  },
  'a redirect loop': { route: redirectTo('/loop'), error: /too many times/ },
  'XML that is not well-formed': {
    route: { body: '<rss><channel><item><title>x</channel></rss>' },
    error: /well-formed/,
  },
  'XML that is neither RSS nor Atom': {
    route: { body: '<svg><g/></svg>' },
    error: /neither RSS 2.0 nor Atom/,
  },
  'plain text': { route: { body: 'hello' }, error: /neither a Backchannel feed nor RSS or Atom/ },
  'an RSS feed with 100,001 items': {
    route: { body: rss('<item><title>x</title></item>'.repeat(100_001)) },
    error: /at most 100000/,
  },
  'a JSON feed with 100,001 articles': {
    route: json({ ...good, articles: new Array(100_001).fill(0) }),
    error: /at most 100000/,
  },
};

/** Feeds whose bad items are skipped and counted: the valid ones land. */
const PARTIAL: Record<string, Partial> = {
  'an RSS item dated 9999-12-31 among good ones': {
    route: { body: rss(rssItem(1) + rssItem(2, { date: '9999-12-31' })) },
    added: 1,
    skipped: 1,
  },
  'an RSS item with an unreadable date': {
    route: { body: rss(rssItem(1) + rssItem(2, { date: 'the other day' })) },
    added: 1,
    skipped: 1,
  },
  'items naming nobody': {
    route: {
      body: rss(
        rssItem(1) + rssItem(2, { text: 'Rain is expected.' }).replace('Report 2', 'Weather'),
      ),
    },
    added: 1,
    skipped: 1,
  },
  'NUL and lone surrogates in RSS text': {
    route: { body: rss(rssItem(1, { text: 'Sung Kim&#0; said &#xD800; so.\u0000' })) },
    added: 1,
    check: async (db, sourceId) => {
      const [stored] = (await db.getAll('articles')).filter((a) => a.sourceId === sourceId);
      // eslint-disable-next-line no-control-regex -- NUL is what this looks for
      expect(stored?.text).not.toMatch(/\u0000|[\ud800-\udfff]/);
    },
  },
  '__proto__ and constructor keys in JSON': {
    route: {
      body: JSON.stringify(good)
        .replace(
          '"id":"story-0"',
          '"__proto__":{"polluted":1},"constructor":{"prototype":{"bad":1}},"id":"story-0"',
        )
        .replace('"format"', '"__proto__":{"polluted":1},"format"'),
    },
    added: 2,
    check: async (db, sourceId) => {
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      for (const stored of (await db.getAll('articles')).filter((a) => a.sourceId === sourceId)) {
        expect(Object.hasOwn(stored, '__proto__')).toBe(false);
        expect(Object.hasOwn(stored, 'constructor')).toBe(false);
      }
    },
  },
  '__proto__ and constructor elements in RSS': {
    route: {
      body: rss(
        rssItem(1).replace(
          '<item>',
          '<item><__proto__><polluted>1</polluted></__proto__><constructor>x</constructor>',
        ),
      ),
    },
    added: 1,
    check: async () => expect(({} as Record<string, unknown>)['polluted']).toBeUndefined(),
  },
  '<script> and <img onerror> in every RSS text field': {
    route: {
      body: rss(
        `<item><title>Sung Kim ${HOSTILE.replace(/</g, '&lt;')}</title><link>https://wire.example/h</link><author>${HOSTILE.replace(/</g, '&lt;')}</author><pubDate>2021-08-10</pubDate><description><![CDATA[<p>Sung Kim spoke.</p>${HOSTILE}]]></description></item>`,
        `Wire ${HOSTILE.replace(/</g, '&lt;')}`,
      ),
    },
    added: 1,
    check: async (db, sourceId) => {
      const [stored] = (await db.getAll('articles')).filter((a) => a.sourceId === sourceId);
      const fields = [stored?.title, stored?.text, stored?.source, stored?.attribution].join(' ');
      expect(fields).not.toMatch(/<|alert|onerror/);
      expect(stored?.text).toContain('Sung Kim spoke.');
    },
  },
  'javascript: and data: links in RSS and Atom': {
    route: {
      body: atom(
        `<entry><id>j</id><title>Kim Yo Jong j</title><link href="javascript:alert(1)"/><published>2024-05-01T00:00:00Z</published><content>Kim Yo Jong spoke.</content></entry><entry><id>d</id><title>Kim Yo Jong d</title><link href="data:text/html,x"/><published>2024-05-01T00:00:00Z</published><content>Kim Yo Jong spoke.</content></entry>`,
      ),
    },
    added: 2,
    check: async (db, sourceId) => {
      const entries = (await db.getAll('articles')).filter(
        (a) => a.sourceId === sourceId && a.title.startsWith('Kim Yo Jong'),
      );
      expect(entries).toHaveLength(2);
      for (const stored of entries) expect(stored.url).toBeUndefined();
    },
  },
  '<script> and <img onerror> in every JSON text field, kept as inert text': {
    route: withArticle({
      title: `Story ${HOSTILE}`,
      source: HOSTILE,
      document: HOSTILE,
      dateline: HOSTILE,
      attribution: HOSTILE,
    }),
    added: 1,
    check: async (db, sourceId) => {
      const stored = (await db.getAll('articles')).find(
        (a) => a.sourceId === sourceId && a.id === 'story-0',
      );
      // A Backchannel feed's fields are plain text by definition: stored as written, never parsed.
      expect(stored?.attribution).toBe(HOSTILE);
      expect(stored?.title).toBe(`Story ${HOSTILE}`);
    },
  },
  'duplicate guids in RSS': { route: { body: rss(rssItem(1) + rssItem(1)) }, added: 1 },
  'a title of 10,000 characters': {
    route: { body: rss(rssItem(1).replace('Report 1', `Sung Kim ${'x'.repeat(10_000)}`)) },
    added: 1,
    check: async (db, sourceId) => {
      const [stored] = (await db.getAll('articles')).filter((a) => a.sourceId === sourceId);
      expect(stored?.title.length).toBeLessThanOrEqual(500);
    },
  },
  'an unknown charset': {
    route: {
      body: rss(rssItem(1)),
      headers: { 'content-type': 'application/rss+xml; charset=x-bogus' },
    },
    added: 1,
  },
  'a 304 answered without being asked': { route: { status: 304 }, added: 0 },
};

let counter = 0;
/** A store with a feed already synced once (so there is something to keep), now answering with `route`. */
async function syncedOnce(route: FeedRoute) {
  const db = await stores.prepared();
  counter += 1;
  const path = `/bad-${counter}`;
  server.route(path, { body: rss(rssItem(100) + rssItem(101)) });
  const added = await addFeedSource(db, server.url(path));
  if (!added.ok) throw new Error(added.error);
  expect(await syncSource(db, added.sourceId)).toMatchObject({ ok: true, added: 2 });
  server.route(path, route);
  if (
    typeof route !== 'function' &&
    route.status === 302 &&
    route.headers?.['location'] === '/loop'
  )
    server.route('/loop', route);
  return { db, sourceId: added.sourceId };
}

describe('a sync refuses a bad feed, naming the problem, and changes nothing', () => {
  it.each(Object.entries(FAILURES))('%s', async (_name, { route, error, timeoutMs }) => {
    const { db, sourceId } = await syncedOnce(route);
    const before = await snapshot(db);
    const result = await syncSource(db, sourceId, timeoutMs ? { timeoutMs } : {});
    expect(result).toMatchObject({ ok: false, error });
    if (!result.ok) expect(result.error.length).toBeLessThanOrEqual(300);
    expect(await snapshot(db)).toBe(before);
    const source = await db.get('sources', sourceId);
    expect(source?.sync).toMatchObject({ status: 'error', error: result.ok ? '' : result.error });
  });
});

describe('a sync skips and counts bad items, storing exactly the valid ones', () => {
  it.each(Object.entries(PARTIAL))('%s', async (_name, { route, added, skipped = 0, check }) => {
    const { db, sourceId } = await syncedOnce(route);
    const before = (await db.getAll('articles')).map((a) => JSON.stringify(a));
    const result = await syncSource(db, sourceId);
    expect(result).toMatchObject({ ok: true, added });
    if (result.ok) expect(result.skipped).toBe(skipped);
    const after = (await db.getAll('articles')).map((a) => JSON.stringify(a));
    // Every article stored before is still there, unchanged; the difference is the new valid items.
    expect(after.filter((a) => before.includes(a))).toHaveLength(before.length);
    expect(after.length - before.length).toBe(added);
    await check?.(db, sourceId);
  });
});

describe('a feed that changes format between syncs', () => {
  it('syncs JSON, then RSS, then Atom into one source', async () => {
    const { db, sourceId } = await syncedOnce(json(good));
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: true, added: 2 });
    const path = new URL((await db.get('sources', sourceId))!.url!).pathname;
    server.route(path, { body: rss(rssItem(5)) });
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: true, added: 1 });
    server.route(path, {
      body: atom(
        `<entry><id>z</id><title>Kim Yo Jong z</title><published>2024-05-01T00:00:00Z</published><content>Kim Yo Jong.</content></entry>`,
      ),
    });
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: true, added: 1 });
    expect((await db.get('sources', sourceId))?.sync.format).toBe('atom');
    expect((await db.get('sources', sourceId))?.articleCount).toBe(6);
  });

  it('a JSON feed stored before stays when the address starts serving HTML', async () => {
    const { db, sourceId } = await syncedOnce(
      json(feed('x', [article('a1', '2021-01-01', 'Sung Kim.', { 'sung-kim': 'Sung Kim' })])),
    );
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: true, added: 1 });
    const path = new URL((await db.get('sources', sourceId))!.url!).pathname;
    const before = await snapshot(db);
    server.route(path, { body: '<html><body>Sign in</body></html>' });
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: false, error: /web page/ });
    expect(await snapshot(db)).toBe(before);
  });
});

it('the suite covers at least 40 hostile feeds', () => {
  expect(Object.keys(FAILURES).length + Object.keys(PARTIAL).length).toBeGreaterThanOrEqual(40);
});
