import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFeeds, type FeedServer } from '@/scripts/lib/feed-server';
import {
  addFeedSource,
  checkFeedUrl,
  discoverFeed,
  removeSource,
  syncSource,
  withSyncLock,
  type SyncProgress,
} from '@/utils/store/feeds/sync';
import { storeStats } from '@/utils/store/queries/counts';
import { articlesForFigure } from '@/utils/store/queries/figures';
import { freshStores, newsroomFeed } from '../helpers';
import { atom, atomEntry, rss, rssItem, snapshot } from './sync-helpers';

const stores = freshStores();
let server: FeedServer;
beforeAll(async () => {
  server = await serveFeeds();
});
afterAll(() => server.close());

let counter = 0;
/** A fresh path on the server answering with `route`, added to the store as a feed. */
async function listed(
  db: Awaited<ReturnType<typeof stores.prepared>>,
  route: Parameters<FeedServer['route']>[1],
) {
  counter += 1;
  const path = `/feed-${counter}`;
  server.route(path, route);
  const added = await addFeedSource(db, server.url(path));
  if (!added.ok) throw new Error(added.error);
  return { path, sourceId: added.sourceId };
}

describe('syncSource', () => {
  it('syncs a Backchannel feed and reports what it added', async () => {
    const db = await stores.prepared();
    const { sourceId } = await listed(db, { body: JSON.stringify(newsroomFeed(3)), etag: '"v1"' });
    expect(await syncSource(db, sourceId)).toEqual({
      ok: true,
      added: 3,
      updated: 0,
      unchanged: false,
      skipped: 0,
    });
    const source = await db.get('sources', sourceId);
    expect(source?.sync).toMatchObject({
      status: 'ok',
      etag: '"v1"',
      format: 'backchannel',
      lastResult: { added: 3, updated: 0 },
    });
    expect(await storeStats(db)).toMatchObject({ synced: 3 });
  });

  it('re-syncs an unchanged feed with a conditional request and writes no article (304)', async () => {
    const db = await stores.prepared();
    const { sourceId, path } = await listed(db, { body: rss(rssItem(1)), etag: '"r1"' });
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: true, added: 1 });
    const before = await snapshot(db);
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: true, unchanged: true, added: 0 });
    expect(await snapshot(db)).toBe(before);
    expect(server.hits.get(path)).toBe(2);
    expect((await db.get('sources', sourceId))?.sync.lastResult).toEqual({
      added: 0,
      updated: 0,
      unchanged: true,
    });
  });

  it('sends If-Modified-Since from the stored Last-Modified', async () => {
    const db = await stores.prepared();
    const stamp = 'Wed, 21 Oct 2015 07:28:00 GMT';
    const { sourceId } = await listed(db, (request, response) => {
      if (request.headers['if-modified-since'] === stamp) response.writeHead(304).end();
      else response.writeHead(200, { 'last-modified': stamp }).end(rss(rssItem(1)));
    });
    expect(await syncSource(db, sourceId)).toMatchObject({ added: 1 });
    expect(await syncSource(db, sourceId)).toMatchObject({ unchanged: true });
  });

  it('merges RSS items: new ones added, none removed, a changed one updated', async () => {
    const db = await stores.prepared();
    const { sourceId, path } = await listed(db, { body: rss(rssItem(1) + rssItem(2)) });
    expect(await syncSource(db, sourceId)).toMatchObject({ added: 2, updated: 0 });
    server.route(path, {
      body: rss(rssItem(2, { text: 'Sung Kim met envoys again.' }) + rssItem(3)),
    });
    expect(await syncSource(db, sourceId)).toMatchObject({ added: 1, updated: 1 });
    expect((await db.get('sources', sourceId))?.articleCount).toBe(3);
    expect(await storeStats(db)).toMatchObject({ synced: 3 });
  });

  it('keeps the newer version by Atom updated, matched by id', async () => {
    const db = await stores.prepared();
    const { sourceId, path } = await listed(db, {
      body: atom(atomEntry('a', '2024-05-03T00:00:00Z', 'Kim Yo Jong newer')),
    });
    expect(await syncSource(db, sourceId)).toMatchObject({ added: 1 });
    server.route(path, { body: atom(atomEntry('a', '2024-05-02T00:00:00Z', 'Kim Yo Jong older')) });
    expect(await syncSource(db, sourceId)).toMatchObject({ added: 0, updated: 0, unchanged: true });
    const [stored] = await articlesForFigure(db, 'kim-yo-jong', { limit: 1 });
    expect(stored?.title).toBe('Kim Yo Jong newer');
  });

  it('matches an item by URL when its id changed', async () => {
    const db = await stores.prepared();
    const entry = (id: string, title: string) =>
      `<entry><id>${id}</id><title>${title}</title><link href="https://desk.example/same"/><published>2024-05-01T10:00:00Z</published><content>Kim Yo Jong said so.</content></entry>`;
    const { sourceId, path } = await listed(db, { body: atom(entry('old-id', 'Kim Yo Jong v1')) });
    await syncSource(db, sourceId);
    server.route(path, { body: atom(entry('new-id', 'Kim Yo Jong v2')) });
    expect(await syncSource(db, sourceId)).toMatchObject({ added: 0, updated: 1 });
    expect((await db.getAll('articles')).filter((a) => a.sourceId === sourceId)).toHaveLength(1);
  });

  it('finds the feed a home page links to (autodiscovery) and keeps that address', async () => {
    const db = await stores.prepared();
    server.route('/discovered.xml', { body: rss(rssItem(7)) });
    const { sourceId } = await listed(db, {
      headers: { 'content-type': 'text/html' },
      body: `<!doctype html><html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/rss+xml" href="/discovered.xml"></head><body>Home</body></html>`,
    });
    expect(await syncSource(db, sourceId)).toMatchObject({ ok: true, added: 1 });
    expect((await db.get('sources', sourceId))?.url).toBe(server.url('/discovered.xml'));
  });

  it('reports progress and can be cancelled, storing nothing', async () => {
    const db = await stores.prepared();
    const { sourceId } = await listed(db, { body: rss(rssItem(1)) });
    const before = await snapshot(db);
    const controller = new AbortController();
    const phases: SyncProgress['phase'][] = [];
    const result = await syncSource(db, sourceId, {
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(p.phase);
        if (p.phase === 'checking') controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, error: /cancelled/ });
    expect(phases).toContain('fetching');
    expect(await snapshot(db)).toBe(before);
    expect((await db.get('sources', sourceId))?.sync).toEqual({ status: 'never' });
  });

  it('keeps items naming nobody when the feed was added with "keep every item"', async () => {
    const db = await stores.prepared();
    server.route('/weather.xml', {
      body: rss(
        rssItem(1) + rssItem(2, { text: 'Rain is expected.' }).replace('Report 2', 'Weather'),
      ),
    });
    const added = await addFeedSource(db, server.url('/weather.xml'), { keepEveryItem: true });
    if (!added.ok) throw new Error(added.error);
    expect(await syncSource(db, added.sourceId)).toMatchObject({ ok: true, added: 2, skipped: 0 });
  });

  it('reports checking progress over many RSS items', async () => {
    const db = await stores.prepared();
    const items = Array.from({ length: 600 }, (_, i) => rssItem(i)).join('');
    const { sourceId } = await listed(db, { body: rss(items) });
    const checking: number[] = [];
    const result = await syncSource(db, sourceId, {
      onProgress: (p) => {
        if (p.phase === 'checking' && p.total) checking.push(p.done);
      },
    });
    expect(result).toMatchObject({ ok: true, added: 600 });
    // Every 50 items: 50, 100, …, 600 of 600.
    expect(checking).toEqual(Array.from({ length: 12 }, (_, i) => 50 * (i + 1)));
  });

  it('runs one sync at a time', async () => {
    const order: string[] = [];
    await Promise.all([
      withSyncLock(async () => {
        order.push('a start');
        await new Promise((r) => setTimeout(r, 30));
        order.push('a end');
      }),
      withSyncLock(async () => {
        order.push('b start');
      }),
    ]);
    expect(order).toEqual(['a start', 'a end', 'b start']);
  });

  it('removes a feed with its articles, and keeps the bundled source', async () => {
    const db = await stores.prepared();
    const { sourceId } = await listed(db, { body: rss(rssItem(1)) });
    await syncSource(db, sourceId);
    await removeSource(db, sourceId);
    expect(await db.get('sources', sourceId)).toBeUndefined();
    expect(await storeStats(db)).toMatchObject({ synced: 0, bundled: 3 });
    await expect(removeSource(db, 'bundled')).rejects.toThrow(/bundled/);
  });
});

describe('feed addresses', () => {
  it('accepts https and loopback http only', () => {
    expect(checkFeedUrl('https://news.example/feed')).toMatchObject({ ok: true });
    expect(checkFeedUrl('http://127.0.0.1:8080/feed')).toMatchObject({ ok: true });
    expect(checkFeedUrl('http://localhost/feed')).toMatchObject({ ok: true });
    for (const bad of [
      'http://news.example/feed',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'chrome://x',
      'ftp://x/',
    ])
      expect(checkFeedUrl(bad)).toMatchObject({ ok: false });
  });

  it('refuses an address listed twice', async () => {
    const db = await stores.prepared();
    expect(await addFeedSource(db, 'https://news.example/feed')).toMatchObject({ ok: true });
    expect(await addFeedSource(db, 'https://news.example/feed')).toMatchObject({
      ok: false,
      error: /already listed/,
    });
  });

  it('discovers only http(s) RSS or Atom alternates', () => {
    const page = (link: string) => `<html><head>${link}</head></html>`;
    expect(
      discoverFeed(
        page(`<link rel="alternate" type="application/atom+xml" href="a.xml">`),
        'https://x.example/',
      ),
    ).toBe('https://x.example/a.xml');
    expect(
      discoverFeed(
        page(`<link rel=alternate type='application/rss+xml' href='javascript:alert(1)'>`),
        'https://x.example/',
      ),
    ).toBeNull();
    expect(
      discoverFeed(page(`<link rel="alternate" type="text/html" href="/a">`), 'https://x.example/'),
    ).toBeNull();
  });
});
