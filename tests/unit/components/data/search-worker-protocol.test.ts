/**
 * Search through the worker protocol, over a real MessageChannel (structured clone, asynchronous delivery, as
 * between a page and its search worker): the same hits as the page's own search, the newest query winning,
 * stale answers dropped, malformed messages ignored on both sides.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import {
  SearchThrough,
  SupersededSearch,
  serveSearchRequests,
  type FromSearchWorker,
} from '@/components/data/search-worker-protocol';
import type { MessageEnd } from '@/components/data/sync-worker-protocol';
import { search } from '@/utils/store/queries/search';
import type { StoreDB } from '@/utils/store/db/schema';
import { freshStorePerTest } from '../../utils/store/helpers';

const prepared = freshStorePerTest();

let ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports) port.close();
  ports = [];
});

/** Both ends of a channel, started. */
function channel(): { page: MessageEnd; worker: MessageEnd } {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  port1.start();
  port2.start();
  return { page: port1 as unknown as MessageEnd, worker: port2 as unknown as MessageEnd };
}

/** A page end talking to a worker end that serves searches over `db`. */
function served(db: StoreDB): { through: SearchThrough; page: MessageEnd; worker: MessageEnd } {
  const ends = channel();
  serveSearchRequests(ends.worker, async () => db);
  return { through: new SearchThrough(ends.page, 'store'), ...ends };
}

/** Every message `end` receives, as it arrives. */
function heard(end: MessageEnd): unknown[] {
  const messages: unknown[] = [];
  end.addEventListener('message', (event) => messages.push(event.data));
  return messages;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('search through the worker protocol', () => {
  it('answers with exactly the hits of the page’s own search, and says when the index is being prepared', async () => {
    const db = await prepared();
    const { through } = served(db);
    let preparing = 0;
    const hits = await through.search('summit', 5, () => (preparing += 1));
    expect(hits).toEqual(await search(db, 'summit', { limit: 5 }));
    expect(hits.length).toBeGreaterThan(0);
    expect(preparing).toBe(1);
    // The index is ready now: no second "preparing".
    await through.search('talks', 5, () => (preparing += 1));
    expect(preparing).toBe(1);
  });

  it('settles an unanswered query as superseded when a newer one is sent, and answers the newest', async () => {
    const db = await prepared();
    const { through } = served(db);
    const first = through.search('Singapore');
    const second = through.search('Trump');
    const newest = through.search('summit', 3);
    await expect(first).rejects.toBeInstanceOf(SupersededSearch);
    await expect(second).rejects.toBeInstanceOf(SupersededSearch);
    expect(await newest).toEqual(await search(db, 'summit', { limit: 3 }));
  });

  it('a newer query replaces only its own caller’s: the results view keeps its query while the box asks another', async () => {
    const db = await prepared();
    const { through } = served(db);
    const view = through.search('summit', 3, undefined, 'search-view');
    const boxFirst = through.search('Singapore', 3, undefined, 'search-box');
    const boxNewest = through.search('talks', 3, undefined, 'search-box');
    await expect(boxFirst).rejects.toBeInstanceOf(SupersededSearch);
    expect(await view).toEqual(await search(db, 'summit', { limit: 3 }));
    expect(await boxNewest).toEqual(await search(db, 'talks', { limit: 3 }));
  });

  it('runs only the running and the newest query when queries arrive faster than answers', async () => {
    const db = await prepared();
    const { page, worker } = channel();
    serveSearchRequests(worker, async () => db);
    const answers = heard(page);
    for (let id = 1; id <= 5; id++) page.postMessage({ type: 'search', id, caller: 'box', store: 'store', query: `summit ${id}` });
    await expect.poll(() => answers.filter((m) => (m as FromSearchWorker).type !== 'preparing')).toHaveLength(2);
    await tick();
    const answered = answers
      .filter((m) => (m as FromSearchWorker).type === 'hits')
      .map((m) => (m as FromSearchWorker).id);
    expect(answered).toEqual([1, 5]);
  });

  it('answers a query of names at once while an earlier word query still waits, and drops a word query queued before it', async () => {
    const db = await prepared();
    const { page, worker } = channel();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let opened = 0;
    // The first query's store opens only when released: it stands for an index that takes long to build.
    serveSearchRequests(worker, async () => {
      if ((opened += 1) === 1) await held;
      return db;
    });
    expect(await search(db, 'Kim Jong Un')).not.toEqual([]);
    const answers = heard(page);
    page.postMessage({ type: 'search', id: 1, caller: 'box', store: 'store', query: 'summit' });
    page.postMessage({ type: 'search', id: 2, caller: 'box', store: 'store', query: 'Singapore' });
    page.postMessage({ type: 'search', id: 3, caller: 'box', store: 'store', query: 'Kim Jong Un' });
    await expect
      .poll(() => answers.find((m) => (m as FromSearchWorker).type === 'hits'))
      .toEqual({ type: 'hits', id: 3, hits: await search(db, 'Kim Jong Un') });
    release();
    await expect.poll(() => answers.filter((m) => (m as FromSearchWorker).type === 'hits')).toHaveLength(2);
    await tick();
    const answered = answers
      .filter((m) => (m as FromSearchWorker).type === 'hits')
      .map((m) => (m as FromSearchWorker).id);
    expect(answered).toEqual([3, 1]);
  });

  it('drops answers to stale ids and malformed answers, keeping the query open for its own answer', async () => {
    const db = await prepared();
    const { page, worker } = channel();
    const sent = heard(worker);
    const through = new SearchThrough(page, 'store');
    let settled = false;
    const answer = through.search('summit').finally(() => (settled = true));
    await expect.poll(() => sent).toHaveLength(1);
    const { id } = sent[0] as { id: number };
    const good = await search(db, 'summit');
    for (const bad of [
      null,
      'hits',
      { type: 'hits', id: id - 1, hits: good },
      { type: 'hits', id: id + 1, hits: good },
      { type: 'hits', id: String(id), hits: good },
      { type: 'hits', id, hits: 'many' },
      { type: 'hits', id, hits: [{ ...good[0], score: '1' }] },
      { type: 'hits', id, hits: [{ ...good[0], figures: [1] }] },
      { type: 'hits', id, hits: [{ ...good[0], excerpt: undefined }] },
      { type: 'hits', id, hits: [{ ...good[0], kind: 'video' }] },
      { type: 'hits', id, hits: [{ ...good[0], sources: 'AP' }] },
      { type: 'hits', id, hits: [{ ...good[0], sources: [{ outlet: 'AP', url: 1 }] }] },
      { type: 'hits', id, hits: [{ ...good[0], attribution: ['x'] }] },
      { type: 'failed', id, error: 42 },
      { type: 'done', id },
    ])
      worker.postMessage(bad);
    await tick();
    expect(settled).toBe(false);
    worker.postMessage({ type: 'hits', id, hits: good } satisfies FromSearchWorker);
    expect(await answer).toEqual(good);
  });

  it('ignores malformed requests and still answers a good one after them', async () => {
    const db = await prepared();
    const { page, worker } = channel();
    serveSearchRequests(worker, async () => db);
    const answers = heard(page);
    for (const bad of [
      undefined,
      42,
      { type: 'search' },
      { type: 'search', id: 1, store: 'store' },
      { type: 'search', id: 1, store: 'store', query: 'summit' },
      { type: 'search', id: 1, caller: 7, store: 'store', query: 'summit' },
      { type: 'search', id: 1, caller: 'x'.repeat(41), store: 'store', query: 'summit' },
      { type: 'search', id: 1, caller: 'box', query: 'summit' },
      { type: 'search', id: 1, caller: 'box', store: 7, query: 'summit' },
      { type: 'search', id: 1.5, caller: 'box', store: 'store', query: 'summit' },
      { type: 'search', id: '1', caller: 'box', store: 'store', query: 'summit' },
      { type: 'search', id: 1, caller: 'box', store: 'store', query: 'summit', limit: 'all' },
      { type: 'cancel', id: 1, store: 'store' },
      { type: '__proto__', id: 1, caller: 'box', store: 'store', query: 'summit' },
    ])
      page.postMessage(bad);
    await tick();
    expect(answers).toEqual([]);
    page.postMessage({ type: 'search', id: 7, caller: 'box', store: 'store', query: 'summit', limit: 2 });
    await expect
      .poll(() => answers.find((m) => (m as FromSearchWorker).type === 'hits'))
      .toEqual({ type: 'hits', id: 7, hits: await search(db, 'summit', { limit: 2 }) });
  });

  it('reports a failed search to the page as an error', async () => {
    const { through } = (() => {
      const ends = channel();
      serveSearchRequests(ends.worker, () => Promise.reject(new Error('store closed')));
      return { through: new SearchThrough(ends.page, 'store') };
    })();
    await expect(through.search('summit')).rejects.toThrow('store closed');
  });

  it('hands the waiting query to the page’s own search when the worker stops', async () => {
    const db = await prepared();
    const { page } = channel();
    const through = new SearchThrough(page, 'store');
    const answer = through.search('summit', 4);
    through.takeOver((query, limit) => search(db, query, { limit }));
    expect(await answer).toEqual(await search(db, 'summit', { limit: 4 }));
  });
});
