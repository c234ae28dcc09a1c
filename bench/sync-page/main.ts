/** The sync benchmark inside Chromium: two feeds synced from 127.0.0.1, and the raw bulk-load rate, same run. */
import { openStore } from '../../utils/store/db/open';
import { toRecord } from '../../utils/store/db/records';
import { bulkLoad } from '../../utils/store/derived/write';
import { addFeedSource, syncSource } from '../../utils/store/feeds/sync';
import type { FeedArticle } from '../../utils/store/feeds/schema';

/** What the Node side asks for. */
export interface SyncBenchConfig {
  feeds: { name: string; url: string; items: number }[];
}

async function fresh(name: string) {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  return openStore({ name });
}

async function timeSync(name: string, url: string, items: number): Promise<Record<string, number>> {
  const db = await fresh(`bench-sync-${name}`);
  const added = await addFeedSource(db, url);
  if (!added.ok) throw new Error(added.error);
  // The page's own main thread while it syncs (the options page syncs in its own page): its longest
  // task, and the longest wait between two progress updates the progress bar would show.
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  let lastProgress = start;
  let longestGap = 0;
  const result = await syncSource(db, added.sourceId, {
    timeoutMs: 300_000,
    onProgress: () => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - lastProgress);
      lastProgress = now;
    },
  });
  const ms = performance.now() - start;
  longestGap = Math.max(longestGap, performance.now() - lastProgress);
  await new Promise((resolve) => setTimeout(resolve, 50)); // let the observer deliver
  observer.disconnect();
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  const again = performance.now();
  const second = await syncSource(db, added.sourceId, { timeoutMs: 300_000 });
  const unchangedMs = performance.now() - again;
  db.close();
  return {
    items,
    stored: result.added,
    seconds: Math.round(ms) / 1000,
    articlesPerSecond: Math.round(result.added / (ms / 1000)),
    resyncUnchangedMs: Math.round(unchangedMs),
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    tasksOver50ms: tasks.filter((t) => t > 50).length,
    longestProgressGapMs: Math.round(longestGap),
    resyncAdded: second.ok ? second.added : -1,
  };
}

async function rawBulkLoad(articles: FeedArticle[]): Promise<Record<string, number>> {
  const db = await fresh('bench-sync-raw');
  const records = articles.map((a) => toRecord(a, 'raw'));
  const batches: (typeof records)[] = [];
  for (let i = 0; i < records.length; i += 2000) batches.push(records.slice(i, i + 2000));
  const start = performance.now();
  await bulkLoad(db, batches);
  const ms = performance.now() - start;
  db.close();
  return {
    articles: records.length,
    seconds: Math.round(ms) / 1000,
    articlesPerSecond: Math.round(records.length / (ms / 1000)),
  };
}

async function runSyncBench(config: SyncBenchConfig): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const feed of config.feeds) out[feed.name] = await timeSync(feed.name, feed.url, feed.items);
  const json = config.feeds[0];
  if (json) {
    const body = (await (await fetch(json.url)).json()) as { articles: FeedArticle[] };
    out['rawBulkLoad'] = await rawBulkLoad(body.articles);
  }
  return out;
}

(globalThis as unknown as { runSyncBench: typeof runSyncBench }).runSyncBench = runSyncBench;
