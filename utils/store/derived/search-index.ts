/**
 * The MiniSearch index behind `search`: titles and leads, built lazily in slices, persisted, and caught up after
 * writes from the changes each write logs (rebuilt only when those are gone).
 */
import MiniSearch from 'minisearch';
import type { ArticleRecord, StoreDB } from '../db/schema';
import { yieldToEventLoop } from '../feeds/pacer';
import { CHANGES_KEPT, changeKey, GENERATION_KEY, type GenerationChanges } from './write';

/** What the index stores per article: its figures, to narrow hits to the figures a query names. */
export interface IndexedDoc {
  id: string;
  title: string;
  lead: string;
  figures: string;
}

// The lead is where news puts who, what and where; indexing whole texts made the index too big at 100k
// articles (bench/store.ts), while titles alone missed too much.
const LEAD_CHARS = 300;
const READ_CHUNK = 5000;
/** Below this many changed articles a catch-up always beats a rebuild. */
const CATCH_UP_MIN = 1000;
/** Meta key of the persisted index: `{ generation, json }`. */
export const PERSISTED_KEY = 'search:index';

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}\p{S}]+/u;
// Words too common to rank by; they are dropped from both documents and queries.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its no not of on or our she ' +
    'so than that the their them then there these they this to was we were what when which who will with would you'
  ).split(' '),
);

/** Split text into search terms. */
export function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** Lowercase a term and drop stop words. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower === '' || STOP_WORDS.has(lower) ? null : lower;
}

const OPTIONS = {
  fields: ['title', 'lead'],
  storeFields: ['figures'],
  tokenize,
  processTerm,
};

function toDoc(article: ArticleRecord): IndexedDoc {
  return {
    id: article.key,
    title: article.title,
    lead: article.text.slice(0, LEAD_CHARS),
    figures: article.figures.join(' '),
  };
}

interface Built {
  generation: unknown;
  index: MiniSearch<IndexedDoc>;
}

const built = new WeakMap<StoreDB, Promise<Built>>();
/** The generation of the index each store has finished loading or building. */
const readyAt = new WeakMap<StoreDB, unknown>();

/** How long the index works before it lets other work run (in a worker: the next query's message). */
const SLICE_MS = 8;

async function currentGeneration(db: StoreDB): Promise<unknown> {
  return (await db.get('meta', GENERATION_KEY)) ?? 0;
}

/** Run `each` over `items` in slices of about `SLICE_MS`, yielding to the event loop between them. */
async function inSlices<T>(items: readonly T[], each: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    each(items[i]!);
    if (i % 32 === 31 && performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}

/** Read every article in chunks (each its own short transaction) into a fresh index, adding them in slices. */
async function buildFromArticles(db: StoreDB): Promise<MiniSearch<IndexedDoc>> {
  const index = new MiniSearch<IndexedDoc>(OPTIONS);
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const chunk: ArticleRecord[] = await db.getAll('articles', range, READ_CHUNK);
    await inSlices(chunk, (article) => index.add(toDoc(article)));
    const last: ArticleRecord | undefined = chunk[chunk.length - 1];
    if (!last || chunk.length < READ_CHUNK) break;
    after = last.key;
  }
  return index;
}

function isChanges(value: unknown): value is GenerationChanges {
  const keys = (list: unknown) => Array.isArray(list) && list.every((k) => typeof k === 'string');
  return (
    typeof value === 'object' &&
    value !== null &&
    keys((value as GenerationChanges).removed) &&
    keys((value as GenerationChanges).added)
  );
}

/**
 * Bring `from` up to the store's current generation from the changes each write logged (`changeKey`): the
 * articles those writes touched are taken out and put back as they are now. Null when it cannot (a generation's
 * changes are gone, or so many articles changed that a rebuild is as cheap); `from.index` is updated in place.
 */
async function catchUp(db: StoreDB, from: Built): Promise<Built | null> {
  const since = from.generation;
  if (typeof since !== 'number') return null;
  const tx = db.transaction(['articles', 'meta']);
  const meta = tx.objectStore('meta');
  const generation = (await meta.get(GENERATION_KEY)) ?? 0;
  if (typeof generation !== 'number' || generation < since) return null;
  if (generation - since > CHANGES_KEPT) return null;
  const logged = await Promise.all(
    Array.from({ length: generation - since }, (_, i) => meta.get(changeKey(since + i + 1))),
  );
  if (!logged.every(isChanges)) return null;
  const touched = new Set(logged.flatMap((changes) => [...changes.removed, ...changes.added]));
  if (touched.size > Math.max(CATCH_UP_MIN, from.index.documentCount / 2)) return null;
  const keys = [...touched];
  const articles = tx.objectStore('articles');
  const records = await Promise.all(keys.map((key) => articles.get(key)));
  const index = from.index;
  await inSlices(keys, (key) => {
    if (index.has(key)) index.discard(key);
  });
  await inSlices(records, (record) => {
    if (record) index.add(toDoc(record));
  });
  return { generation, index };
}

/** How long after an index is ready it is saved: after the search that waited for it has answered. */
const PERSIST_DELAY_MS = 300;

/**
 * Save `ready` for the next start, unless a newer index replaced it meanwhile; in its own transaction (losing the
 * race with a write only costs a catch-up). Deferred: serialising a 100,000-article index takes about a second.
 */
function persist(db: StoreDB, ready: Built): void {
  setTimeout(() => {
    if (readyAt.get(db) !== ready.generation) return;
    try {
      db.put(
        'meta',
        { generation: ready.generation, json: JSON.stringify(ready.index) },
        PERSISTED_KEY,
      ).catch(() => undefined);
    } catch {
      // The connection closed meanwhile (another context's upgrade, the page going away): only a cache is lost.
    }
  }, PERSIST_DELAY_MS);
}

/**
 * The index at `generation`: `previous` (this context's older index) or the persisted one caught up with the
 * writes since, else the persisted one as saved at `generation`, else a fresh build; saved for the next start.
 */
async function loadOrBuild(
  db: StoreDB,
  generation: unknown,
  previous: Built | null,
): Promise<Built> {
  const caughtUp = async (from: Built): Promise<Built | null> => {
    const caught = await catchUp(db, from);
    if (caught) persist(db, caught);
    return caught;
  };
  const fromPrevious = previous && (await caughtUp(previous));
  if (fromPrevious) return fromPrevious;
  const saved = (await db.get('meta', PERSISTED_KEY)) as
    { generation?: unknown; json?: unknown } | undefined;
  if (saved && typeof saved.json === 'string') {
    let index: MiniSearch<IndexedDoc> | null = null;
    try {
      // In one go: loadJSONAsync waits a timer every 1,000 postings, and nested timers are clamped to 4 ms, so a
      // 100,000-article index took 21 s to load that way against about 1 s (bench/RESULTS.md); in the search
      // worker this is no task of the page's.
      index = MiniSearch.loadJSON<IndexedDoc>(saved.json, OPTIONS);
    } catch {
      // A damaged copy is only a cache: rebuild below.
    }
    if (index && saved.generation === generation) return { generation, index };
    const fromSaved = index && (await caughtUp({ generation: saved.generation, index }));
    if (fromSaved) return fromSaved;
  }
  const ready = { generation, index: await buildFromArticles(db) };
  persist(db, ready);
  return ready;
}

/**
 * The index for `db`, current with its last write. `onPreparing` is called first when it must still be loaded,
 * built or caught up (the first search of a session, the first after a write), so a page can say so.
 */
export async function searchIndex(
  db: StoreDB,
  onPreparing?: () => void,
): Promise<MiniSearch<IndexedDoc>> {
  const generation = await currentGeneration(db);
  if (!readyAt.has(db) || readyAt.get(db) !== generation) onPreparing?.();
  let previous: Built | null = null;
  for (;;) {
    const pending = built.get(db);
    if (!pending) break;
    const current = await pending.catch(() => null);
    if (current && current.generation === generation) return current.index;
    // Catch up from it unless another caller already started to (one catch-up at a time per index).
    if (built.get(db) === pending) {
      previous = current;
      break;
    }
  }
  const next = loadOrBuild(db, generation, previous);
  built.set(db, next);
  next.then(
    (ready) => readyAt.set(db, ready.generation),
    () => built.delete(db),
  );
  return (await next).index;
}
