/**
 * A sync through the worker protocol, over a real MessageChannel (structured clone, asynchronous delivery, as
 * between an options page and its worker): progress reaches the page, Cancel reaches the sync, the store is
 * untouched by a cancelled or refused sync.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { serveFeeds, type FeedServer } from '@/scripts/lib/feed-server';
import {
  serveSyncRequests,
  syncThrough,
  type MessageEnd,
} from '@/components/data/sync-worker-protocol';
import { addFeedSource, type SyncOutcome, type SyncProgress } from '@/utils/store/feeds/sync';
import type { StoreDB } from '@/utils/store/db/schema';
import { freshStores, newsroomFeed } from '../../utils/store/helpers';
import { rss, rssItem, snapshot } from '../../utils/store/feeds/sync-helpers';

const stores = freshStores();
let server: FeedServer;
beforeAll(async () => {
  server = await serveFeeds();
});
afterAll(() => server.close());

let ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports) port.close();
  ports = [];
});

/** A page end and a worker end serving syncs into `db`. */
function connected(db: StoreDB): MessageEnd {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveSyncRequests(port2 as unknown as MessageEnd, async () => db);
  port2.start();
  port1.start();
  return port1 as unknown as MessageEnd;
}

const never = new Promise<SyncOutcome>(() => undefined);

/** Sync through the protocol, pressing Cancel on the page at the first progress report `stop` picks. */
function cancelledWhen(
  db: StoreDB,
  sourceId: string,
  stop: (progress: SyncProgress) => boolean,
): Promise<SyncOutcome> {
  const controller = new AbortController();
  const onProgress = (progress: SyncProgress) => {
    if (stop(progress)) controller.abort();
  };
  return syncThrough(connected(db), sourceId, { signal: controller.signal, onProgress }, never);
}

let counter = 0;
async function listed(db: StoreDB, route: Parameters<FeedServer['route']>[1]): Promise<string> {
  counter += 1;
  server.route(`/w-${counter}`, route);
  const added = await addFeedSource(db, server.url(`/w-${counter}`));
  if (!added.ok) throw new Error(added.error);
  return added.sourceId;
}

describe('a sync through the worker protocol', () => {
  it('passes progress to the page and ends with the outcome, the articles stored', async () => {
    const db = await stores.prepared();
    const sourceId = await listed(db, { body: JSON.stringify(newsroomFeed(3)) });
    const seen: SyncProgress['phase'][] = [];
    const outcome = await syncThrough(
      connected(db),
      sourceId,
      { onProgress: (p) => seen.push(p.phase) },
      never,
    );
    expect(outcome).toEqual({ ok: true, added: 3, updated: 0, unchanged: false, skipped: 0 });
    expect(seen[0]).toBe('waiting');
    expect(seen).toEqual(expect.arrayContaining(['fetching', 'checking', 'writing']));
    expect((await db.get('sources', sourceId))?.articleCount).toBe(3);
  });

  it('cancels from the page: the sync stops and the store is exactly as it was', async () => {
    const db = await stores.prepared();
    const sourceId = await listed(db, { stallMs: 20_000 });
    const before = await snapshot(db);
    expect(await cancelledWhen(db, sourceId, (p) => p.phase === 'fetching')).toMatchObject({
      ok: false,
      error: /cancelled/,
    });
    expect(await snapshot(db)).toBe(before);
    expect((await db.get('sources', sourceId))?.sync).toEqual({ status: 'never' });
  });

  it('cancels in the middle of checking a long feed, storing nothing', async () => {
    const db = await stores.prepared();
    const items = Array.from({ length: 1500 }, (_, i) => rssItem(i)).join('');
    const sourceId = await listed(db, { body: rss(items) });
    const before = await snapshot(db);
    const outcome = await cancelledWhen(db, sourceId, (p) => p.phase === 'checking' && p.done > 0);
    expect(outcome).toMatchObject({ ok: false, error: /cancelled/ });
    expect(await snapshot(db)).toBe(before);
  });

  it('reports a refused feed as the sync does, changing nothing', async () => {
    const db = await stores.prepared();
    const sourceId = await listed(db, { body: '{"format":"backchannel-feed","articles":[' });
    const before = await snapshot(db);
    const outcome = await syncThrough(connected(db), sourceId, {}, never);
    expect(outcome).toMatchObject({ ok: false, error: /not valid JSON/ });
    expect((await db.getAll('articles')).length).toBe(JSON.parse(before).articles.length);
  });

  it('settles with the failure when the worker stops before answering', async () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    const stopped: SyncOutcome = { ok: false, error: 'stopped' };
    const outcome = await syncThrough(
      port1 as unknown as MessageEnd,
      'feed-x',
      {},
      Promise.resolve(stopped),
    );
    expect(outcome).toBe(stopped);
  });

  it('ignores malformed requests and a second sync while one runs', async () => {
    const db = await stores.prepared();
    const sourceId = await listed(db, { body: rss(rssItem(1)) });
    const page = connected(db);
    const answers: unknown[] = [];
    page.addEventListener('message', (event) => answers.push(event.data));
    for (const junk of [null, 'sync', { type: 'sync' }, { type: 'sync', sourceId: 5 }, []])
      page.postMessage(junk);
    const outcome = syncThrough(page, sourceId, {}, never);
    page.postMessage({ type: 'sync', sourceId });
    expect(await outcome).toMatchObject({ ok: true, added: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answers.filter((a) => (a as { type: string }).type === 'done')).toHaveLength(1);
  });
});
