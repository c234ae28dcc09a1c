/** The MiniSearch index behind `search`: titles and leads, built lazily, persisted, and rebuilt after writes. */
import MiniSearch from 'minisearch';
import type { ArticleRecord, StoreDB } from '../db/schema';
import { GENERATION_KEY } from './write';

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

async function currentGeneration(db: StoreDB): Promise<unknown> {
  return (await db.get('meta', GENERATION_KEY)) ?? 0;
}

/** Read every article in chunks (each its own short transaction) into a fresh index. */
async function buildFromArticles(db: StoreDB): Promise<MiniSearch<IndexedDoc>> {
  const index = new MiniSearch<IndexedDoc>(OPTIONS);
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const chunk: ArticleRecord[] = await db.getAll('articles', range, READ_CHUNK);
    index.addAll(chunk.map(toDoc));
    const last: ArticleRecord | undefined = chunk[chunk.length - 1];
    if (!last || chunk.length < READ_CHUNK) break;
    after = last.key;
  }
  return index;
}

/** Load the persisted index if it was saved at `generation`, else build one and persist it for the next start. */
async function loadOrBuild(db: StoreDB, generation: unknown): Promise<Built> {
  const saved = (await db.get('meta', PERSISTED_KEY)) as
    { generation?: unknown; json?: unknown } | undefined;
  if (saved && saved.generation === generation && typeof saved.json === 'string') {
    try {
      return { generation, index: MiniSearch.loadJSON<IndexedDoc>(saved.json, OPTIONS) };
    } catch {
      // A damaged copy is only a cache: rebuild below.
    }
  }
  const index = await buildFromArticles(db);
  // Saved in its own transaction after the build; losing the race with a write only costs a rebuild later.
  db.put('meta', { generation, json: JSON.stringify(index) }, PERSISTED_KEY).catch(() => undefined);
  return { generation, index };
}

/**
 * The index for `db`, current with its last write. `onPreparing` is called first when it must still be loaded or
 * built (the first search of a session, the first after a write), so a page can say so.
 */
export async function searchIndex(
  db: StoreDB,
  onPreparing?: () => void,
): Promise<MiniSearch<IndexedDoc>> {
  const generation = await currentGeneration(db);
  if (!readyAt.has(db) || readyAt.get(db) !== generation) onPreparing?.();
  const pending = built.get(db);
  if (pending) {
    const current = await pending.catch(() => null);
    if (current && current.generation === generation) return current.index;
  }
  const next = loadOrBuild(db, generation);
  built.set(db, next);
  next.then(
    () => readyAt.set(db, generation),
    () => built.delete(db),
  );
  return (await next).index;
}
