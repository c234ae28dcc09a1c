/**
 * The side panel benchmark as it runs inside Chromium: the real figure view and search box (Preact,
 * the real StoreClient) over a 100,000-article store. Measures how long after a figure view opens
 * its first content (the figure's heading) and its first page of articles appear, and the work of
 * every keystroke of search-as-you-type; baselines in the same run.
 */
import { render } from 'preact';
import { StoreClientProvider } from '../../components/data/store-context';
import { createLocalStoreClient, type StoreClient } from '../../components/data/store-client';
import { FigureView } from '../../entrypoints/sidepanel/figure/FigureView';
import { figureMatches } from '../../entrypoints/sidepanel/search/figure-matches';
import { ARTICLE_SEARCH_DELAY_MS, SearchBox } from '../../entrypoints/sidepanel/search/SearchBox';
import { FIGURES } from '../../utils/detect/catalogue';
import { detect } from '../../utils/detect';
import { setFallbackMessages, t } from '../../utils/i18n';
import { configureStore } from '../../utils/store';
import { openStore } from '../../utils/store/db/open';
import { toRecord } from '../../utils/store/db/records';
import type { ArticleRecord } from '../../utils/store/db/schema';
import { bulkLoad, GENERATION_KEY } from '../../utils/store/derived/write';
import { PERSISTED_KEY } from '../../utils/store/derived/search-index';
import { SearchThrough, type ToSearchWorker } from '../../components/data/search-worker-protocol';
import { FEED_FORMAT, FEED_VERSION } from '../../utils/store/feeds/schema';
import { cursorArticlesForFigure } from '../store-page/baseline';
import { makeArticle } from '../store-page/generate';
import english from '../../public/_locales/en/messages.json';

export interface PanelBenchConfig {
  count: number;
  seed: number;
  /** Figures whose view is opened, each once cold and then warm. */
  figures: number;
  /** Milliseconds between two keystrokes (a fast typist). */
  keyIntervalMs: number;
}

const NAME = 'backchannel-bench-panel';

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

const log = (message: string) => console.log(`[bench:panel] ${message}`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function fill(config: PanelBenchConfig): Promise<void> {
  indexedDB.deleteDatabase(NAME);
  const db = await openStore({ name: NAME });
  const CHUNK = 20_000;
  for (let start = 0; start < config.count; start += CHUNK) {
    const batches: ArticleRecord[][] = [];
    for (let b = start; b < Math.min(config.count, start + CHUNK); b += 2000) {
      const batch: ArticleRecord[] = [];
      for (let i = b; i < Math.min(config.count, b + 2000); i++)
        batch.push(toRecord(makeArticle(config.seed, i), 'bench'));
      batches.push(batch);
    }
    await bulkLoad(db, batches);
    log(`loaded ${Math.min(config.count, start + CHUNK)}`);
  }
  db.close();
}

/** Resolves with the time (since `start`) at which `check` first holds for the DOM under `root`. */
function when(root: HTMLElement, start: number, check: () => boolean): Promise<number> {
  return new Promise((done) => {
    if (check()) return done(performance.now() - start);
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      done(performance.now() - start);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Watches this page's main thread with a chain of zero-delay timers (each its own task; the browser runs them
 * about every 4 ms): the longest gap between two of them, less that, is about the longest task that ran meanwhile
 * (ours or the browser's: input, rendering, an answer from the search worker), below the 50 ms the Long Tasks API
 * starts at too. Not a MessageChannel chain: Chromium delivers a port's queued messages several to a task, which
 * made long tasks of their own. Under load the gaps also hold time the thread was not given the CPU.
 */
function watchMainThread(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  let timer = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = window.setTimeout(tick, 0);
  };
  timer = window.setTimeout(tick, 0);
  return {
    stop() {
      clearTimeout(timer);
      return longest;
    },
  };
}

/** Opens each figure's view; times its heading and its first page of articles. */
async function figureViews(client: StoreClient, ids: string[]) {
  const root = document.createElement('div');
  document.body.append(root);
  const heading: number[] = [];
  const articles: number[] = [];
  for (const id of ids) {
    render(null, root);
    await sleep(20);
    const start = performance.now();
    const first = when(root, start, () => root.querySelector('h1[data-figure-id]') !== null);
    const listed = when(root, start, () => {
      const section = root.querySelector('[aria-labelledby="articles-heading"]');
      return section !== null && !section.textContent!.includes('Loading…');
    });
    render(
      <StoreClientProvider client={client}>
        <FigureView figureId={id} />
      </StoreClientProvider>,
      root,
    );
    heading.push(await first);
    articles.push(await listed);
  }
  render(null, root);
  root.remove();
  return { heading, articles };
}

/** Types `text` into the real search box, one key every `interval` ms; times each keystroke's task. */
async function typeInto(client: StoreClient, text: string, interval: number) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <StoreClientProvider client={client}>
      <SearchBox />
    </StoreClientProvider>,
    root,
  );
  const input = root.querySelector<HTMLInputElement>('input')!;
  input.focus();
  let preparingShown = false;
  const preparing = t('common_preparingSearch');
  const seen = new MutationObserver(() => {
    preparingShown ||= root.textContent!.includes(preparing);
  });
  seen.observe(root, { childList: true, subtree: true, characterData: true });
  const thread = watchMainThread();
  const keystrokes: number[] = [];
  for (let i = 1; i <= text.length; i++) {
    const start = performance.now();
    input.value = text.slice(0, i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Preact renders in a microtask: a zero timeout runs after it.
    await sleep(0);
    keystrokes.push(performance.now() - start);
    await sleep(interval);
  }
  // The articles for the last query (asked once typing paused).
  const start = performance.now();
  const results = t('panel_searchCounts', '', '').split(':')[0]!;
  await when(root, start, () =>
    root.querySelector('[role="status"]')!.textContent!.startsWith(results),
  );
  const settled = performance.now() - start;
  const longestGapMs = thread.stop();
  seen.disconnect();
  render(null, root);
  root.remove();
  return {
    keystrokes,
    settledMs: settled + ARTICLE_SEARCH_DELAY_MS,
    longestGapMs,
    preparingShown,
  };
}

/** Resolves once the store holds a search index saved at its current generation (false after `waitMs`). */
async function indexSaved(waitMs: number): Promise<boolean> {
  const db = await openStore({ name: NAME });
  try {
    for (const end = performance.now() + waitMs; performance.now() < end; await sleep(250)) {
      const [generation, saved] = await Promise.all([
        db.get('meta', GENERATION_KEY),
        db.get('meta', PERSISTED_KEY),
      ]);
      if ((saved as { generation?: unknown } | undefined)?.generation === (generation ?? 0))
        return true;
    }
    return false;
  } finally {
    db.close();
  }
}

/** The first search of a new session's worker, once the index is saved: how long, and whether it said "preparing". */
async function laterSessionFirstSearch(query: string) {
  const saved = await indexSaved(180_000);
  const worker = new Worker('./search-worker.js', { type: 'module' });
  const through = new SearchThrough(worker, NAME);
  let preparing = false;
  const start = performance.now();
  const hits = await through.search(query, 6, () => (preparing = true));
  const ms = performance.now() - start;
  worker.terminate();
  return { indexSaved: saved, query, resultsMs: Math.round(ms), preparing, hits: hits.length };
}

/**
 * A new session's worker asked a word query and then, at once, a name: when each is answered. The name needs no
 * index, so it should not wait for the one the word query loads.
 */
async function nameWhileIndexLoads(words: string, name: string) {
  const worker = new Worker('./search-worker.js', { type: 'module' });
  const start = performance.now();
  const answered = new Map<number, number>();
  const done = new Promise<void>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { type?: string; id?: number };
      if (data.type !== 'hits' && data.type !== 'failed') return;
      answered.set(data.id!, Math.round(performance.now() - start));
      if (answered.size === 2) resolve();
    });
  });
  // Two callers, as the panel's results view and its search box (typed, so the protocol's fields are checked).
  const ask = (request: ToSearchWorker) => worker.postMessage(request);
  ask({ type: 'search', id: 1, caller: 'search-view', store: NAME, query: words, limit: 6 });
  ask({ type: 'search', id: 2, caller: 'search-box', store: NAME, query: name, limit: 6 });
  await done;
  worker.terminate();
  return { words, name, nameAnsweredMs: answered.get(2), wordsAnsweredMs: answered.get(1) };
}

async function run(config: PanelBenchConfig): Promise<Record<string, unknown>> {
  // The page has no browser i18n: the panel speaks from the English catalogue, as in unit tests (without
  // it every word is its key, and the wait for the "Results" status below never ends).
  setFallbackMessages(english);
  await fill(config);
  await configureStore(
    async () => ({
      format: FEED_FORMAT,
      version: FEED_VERSION,
      sources: [{ id: 'bundled', title: 'Bundled' }],
      articles: [],
      contentHash: 'bench-empty',
    }),
    NAME,
  );
  const client = createLocalStoreClient();
  // Figures spread over the catalogue: heavy and light coverage alike.
  const step = Math.max(1, Math.floor(FIGURES.length / config.figures));
  const ids = FIGURES.filter((_, i) => i % step === 0)
    .slice(0, config.figures)
    .map((f) => f.id);

  // Long tasks (> 50 ms) of this page, whatever their cause, while the panel works.
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });

  const cold = await figureViews(client, ids.slice(0, 1));
  log('cold figure view done');
  const warm = await figureViews(client, [...ids, ...ids]);
  log('figure views done');
  const viewLongTasks = longTasks.splice(0);

  const queries = ['Kim Yo-jong', '김여정', '金与正', 'Ким Ё Чжон', 'summit talks nuclear'];
  // The session's first search, typed: its index is built (in the search worker, where there is one) while the
  // box says "Preparing search…"; the results appear when it is ready. Timed from the last key.
  const firstQuery = 'summit talks nuclear';
  performance.mark('first search:start');
  const first = await typeInto(client, firstQuery, config.keyIntervalMs);
  performance.mark('first search:end');
  await sleep(500); // long tasks are reported after they end: count the first search's own here
  const firstSearch = {
    query: firstQuery,
    resultsAfterLastKeyMs: Math.round(first.settledMs),
    preparingShown: first.preparingShown,
    keystroke: stats(first.keystrokes),
    longestMainThreadGapMs: Math.round(first.longestGapMs),
    longTasks: longTasks.splice(0).map(Math.round),
  };
  log('first search done');
  const perQuery: Record<
    string,
    ReturnType<typeof stats> & {
      settledMs: number;
      longestMainThreadGapMs: number;
      longTasks: number[];
      keystrokesMs: number[];
    }
  > = {};
  const allKeys: number[] = [];
  const typingLongTasks: number[] = [];
  for (const query of queries) {
    performance.mark(`${query}:start`);
    const typed = await typeInto(client, query, config.keyIntervalMs);
    performance.mark(`${query}:end`);
    await sleep(100); // long tasks are reported after they end
    const tasks = longTasks.splice(0).map(Math.round);
    typingLongTasks.push(...tasks);
    allKeys.push(...typed.keystrokes);
    perQuery[query] = {
      ...stats(typed.keystrokes),
      settledMs: Math.round(typed.settledMs),
      longestMainThreadGapMs: Math.round(typed.longestGapMs),
      longTasks: tasks,
      keystrokesMs: typed.keystrokes.map(Math.round),
    };
  }
  log('typing done');

  // The store's search alone, per query, after the typing above warmed it (attributes the long tasks).
  const searchCallMs: Record<string, number> = {};
  for (const query of queries) {
    const start = performance.now();
    await client.search(query, 6);
    searchCallMs[query] = Math.round(performance.now() - start);
  }

  // A later session: a new page's search worker (a fresh one here, beside this page's), whose first search
  // loads the index the first one saved instead of building it.
  const laterSession = {
    ...(await laterSessionFirstSearch(firstQuery)),
    nameWhileIndexLoads: await nameWhileIndexLoads(firstQuery, 'Kim Yo Jong'),
  };
  log('later session done');
  longTasks.splice(0);

  // Baselines, same run: the figure part of a keystroke by the old way (the detection engine over
  // the query), and a figure's first page by a cursor over every article.
  const prefixes = queries.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
  const time = (work: () => unknown) => {
    const start = performance.now();
    work();
    return performance.now() - start;
  };
  const matchMs = prefixes.map((p) => time(() => figureMatches(p)));
  const detectMs = prefixes.map((p) => time(() => detect(p)));
  const db = await openStore({ name: NAME });
  const cursorStart = performance.now();
  await cursorArticlesForFigure(db, ids[0]!, 25);
  const cursorMs = performance.now() - cursorStart;
  db.close();
  return {
    config,
    figures: ids,
    figureView: {
      coldHeadingMs: Math.round(cold.heading[0]!),
      coldArticlesMs: Math.round(cold.articles[0]!),
      heading: stats(warm.heading),
      articles: stats(warm.articles),
      longTasks: viewLongTasks.map(Math.round),
      baselineCursorFirstPageMs: Math.round(cursorMs),
    },
    search: {
      firstSearch,
      laterSession,
      keystroke: stats(allKeys),
      perQuery,
      longTasksWhileTyping: typingLongTasks,
      searchCallMs,
      figureMatch: stats(matchMs),
      baselineDetect: stats(detectMs),
    },
  };
}

(globalThis as { runPanelBench?: typeof run }).runPanelBench = run;
