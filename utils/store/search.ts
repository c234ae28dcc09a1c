/** Full-text search: a MiniSearch index over titles, leads and figures, built lazily per connection and rebuilt after writes. */
import MiniSearch, { type Query } from 'minisearch';
import { detect } from '../detect';
import { FIGURES } from '../detect/catalogue';
import type { ArticleRecord, StoreDB } from './schema';
import { summarise, type ArticleSummary } from './summaries';
import { GENERATION_KEY } from './write';

/** A ranked search result. */
export interface SearchHit extends ArticleSummary {
  score: number;
}

/** Search options. */
export interface SearchOptions {
  limit?: number;
}

interface SearchDoc {
  id: string;
  title: string;
  lead: string;
  figures: string;
}

// A lead of this many characters keeps the index small at 100k articles (see bench/store.ts) while
// still covering the paragraph news puts its who-what-where in.
const LEAD_CHARS = 400;
const READ_CHUNK = 5000;
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

function tokenize(text: string, field?: string): string[] {
  // Figure ids are whole tokens; words are split on spaces and punctuation.
  return field === 'figures' ? text.split(' ') : text.split(SPACE_OR_PUNCTUATION);
}

function newIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'lead', 'figures'],
    tokenize,
    searchOptions: { tokenize: (text) => text.split(SPACE_OR_PUNCTUATION) },
  });
}

function toDoc(article: ArticleRecord): SearchDoc {
  return {
    id: article.key,
    title: article.title,
    lead: article.text.slice(0, LEAD_CHARS),
    figures: article.figures.join(' '),
  };
}

interface Built {
  generation: unknown;
  index: MiniSearch<SearchDoc>;
}

const built = new WeakMap<StoreDB, Promise<Built>>();

async function currentGeneration(db: StoreDB): Promise<unknown> {
  return (await db.get('meta', GENERATION_KEY)) ?? 0;
}

/** Read every article in chunks (each chunk its own short transaction) into a fresh index. */
async function buildIndex(db: StoreDB): Promise<Built> {
  const generation = await currentGeneration(db);
  const index = newIndex();
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const chunk: ArticleRecord[] = await db.getAll('articles', range, READ_CHUNK);
    index.addAll(chunk.map(toDoc));
    const last: ArticleRecord | undefined = chunk[chunk.length - 1];
    if (!last || chunk.length < READ_CHUNK) break;
    after = last.key;
  }
  return { generation, index };
}

/** The index for `db`, rebuilt when a write has happened since it was built. */
export async function searchIndex(db: StoreDB): Promise<MiniSearch<SearchDoc>> {
  const generation = await currentGeneration(db);
  let pending = built.get(db);
  if (pending) {
    const current = await pending.catch(() => null);
    if (current && current.generation === generation) return current.index;
  }
  pending = buildIndex(db);
  built.set(db, pending);
  pending.catch(() => built.delete(db));
  return (await pending).index;
}

/** Figure ids a query names: full and native names from the catalogue, and what the detection engine resolves. */
export function figuresInQuery(query: string): string[] {
  const ids = new Set<string>();
  const lower = query.toLowerCase();
  for (const figure of FIGURES) {
    if ([figure.name, ...figure.nativeNames].some((name) => lower.includes(name.toLowerCase())))
      ids.add(figure.id);
  }
  // The engine adds surnames, titles and spelling variants ("Putin", "the South Korean president").
  for (const mention of detect(query)) if (mention.figureId) ids.add(mention.figureId);
  return [...ids];
}

/** Ranked full-text search over titles and leads; a figure's names (any alias) match the articles that mention them. */
export async function search(
  db: StoreDB,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const text = query.trim().slice(0, 200);
  if (text === '') return [];
  const limit = Math.max(1, Math.min(100, options.limit ?? 20));
  const index = await searchIndex(db);
  const figureIds = figuresInQuery(text);
  // Only the last word is a prefix: the reader may still be typing it.
  const words: Query = {
    queries: [text],
    fields: ['title', 'lead'],
    boost: { title: 2 },
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1,
  };
  const figures: Query = {
    queries: figureIds,
    fields: ['figures'],
    tokenize: (t) => [t],
    boost: { figures: 3 },
  };
  const results = index.search({
    combineWith: 'OR',
    queries: figureIds.length > 0 ? [words, figures] : [words],
  });
  const top = results.slice(0, limit);
  const tx = db.transaction('articles');
  const records = await Promise.all(top.map((r) => tx.store.get(String(r.id))));
  return records.flatMap((record, i) =>
    record ? [{ ...summarise(record), score: top[i]?.score ?? 0 }] : [],
  );
}
