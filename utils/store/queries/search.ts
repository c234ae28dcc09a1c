/** Full-text search over titles and leads, with figures matched through every alias the catalogue and engine know. */
import { detect } from '../../detect';
import { FIGURES } from '../../detect/catalogue';
import { NEWEST_PER_FIGURE } from '../derived/figure-newest';
import { figureRange, type StoreDB } from '../db/schema';
import { processTerm, searchIndex, tokenize } from '../derived/search-index';
import { summarise, type ArticleSummary } from './summaries';
import { clampLimit } from '../../validate/limits';

/** A ranked search result. */
export interface SearchHit extends ArticleSummary {
  score: number;
}

/** Search options. */
export interface SearchOptions {
  limit?: number;
  /** Called when the query must wait for the index to be loaded or built. */
  onPreparing?: () => void;
}

/** The figures a query names, and the query with those names taken out. */
export function splitQuery(query: string): { figures: string[]; words: string } {
  const figures = new Set<string>();
  const cut: [number, number][] = [];
  const lower = query.toLowerCase();
  for (const figure of FIGURES) {
    for (const name of [figure.name, ...figure.nativeNames]) {
      const at = lower.indexOf(name.toLowerCase());
      if (at >= 0) {
        figures.add(figure.id);
        cut.push([at, at + name.length]);
      }
    }
  }
  // The engine adds surnames, titles and spelling variants ("Putin", "the South Korean president").
  for (const mention of detect(query)) {
    if (!mention.figureId) continue;
    figures.add(mention.figureId);
    cut.push([mention.start, mention.end]);
  }
  let words = '';
  for (let i = 0; i < query.length; i++)
    words += cut.some(([s, e]) => i >= s && i < e) ? ' ' : query[i];
  return { figures: [...figures], words: words.trim() };
}

/** Newest articles naming every one of `figures`, for queries that are only names. */
async function newestAbout(
  db: StoreDB,
  figures: readonly string[],
  limit: number,
): Promise<SearchHit[]> {
  const tx = db.transaction(['articles', 'figureStats', 'figureNewest']);
  // Walk the rarest figure's articles, newest first, keeping those that name the others too.
  const [counts, views] = await Promise.all([
    Promise.all(figures.map((id) => tx.objectStore('figureStats').get(id))),
    Promise.all(figures.map((id) => tx.objectStore('figureNewest').get(id))),
  ]);
  const order = figures
    .map((id, i) => ({ id, n: counts[i]?.articles ?? 0 }))
    .sort((a, b) => a.n - b.n)
    .map((f) => f.id);
  const [rarest, ...others] = order;
  if (rarest === undefined) return [];
  // First the rarest figure's materialised newest articles: enough hits there, or all its articles, answer.
  const view = views[figures.indexOf(rarest)];
  if (view) {
    const hits: SearchHit[] = [];
    for (const { sentences: _sentences, sentenceCount: _count, ...summary } of view.articles) {
      if (others.every((id) => summary.figures.includes(id))) hits.push({ ...summary, score: 1 });
      if (hits.length >= limit) return hits;
    }
    if (view.articles.length < NEWEST_PER_FIGURE) return hits;
  }
  // Then one getAll per attempt instead of a cursor step per article: the rarest figure's newest `want`
  // articles, doubled until enough of them name the others too (or the figure has no more).
  const index = tx.objectStore('articles').index('by-figure-date');
  const available = counts[figures.indexOf(rarest)]?.articles ?? Infinity;
  for (let want = others.length === 0 ? limit : limit * 4; ; want *= 2) {
    const articles = await index.getAll(figureRange(rarest), want);
    const hits: SearchHit[] = [];
    for (const article of articles) {
      if (others.every((id) => article.figures.includes(id)))
        hits.push({ ...summarise(article), score: 1 });
      if (hits.length >= limit) break;
    }
    if (hits.length >= limit || articles.length < want || want >= available) return hits;
  }
}

/** Whether `query` has words to look up in the search index; a query of names only is answered without it. */
export function needsIndex(query: string): boolean {
  const text = query.trim().slice(0, 200);
  if (text === '') return false;
  return !tokenize(splitQuery(text).words).every((t) => processTerm(t) === null);
}

/** Ranked search: words must all match a title or lead (the last may be a prefix); named figures must all be in the article. */
export async function search(
  db: StoreDB,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const text = query.trim().slice(0, 200);
  const limit = clampLimit(options.limit, 20);
  if (text === '') return [];
  const { figures, words } = splitQuery(text);
  if (tokenize(words).every((t) => processTerm(t) === null)) return newestAbout(db, figures, limit);
  const index = await searchIndex(db, options.onPreparing);
  const padded = figures.map((id) => ` ${id} `);
  const results = index.search(words, {
    fields: ['title', 'lead'],
    boost: { title: 2 },
    combineWith: 'AND',
    prefix: (_term, i, terms) => i === terms.length - 1,
    ...(figures.length > 0
      ? {
          // Space-padded substring tests: no array per result (common words match tens of thousands).
          filter: (r) => {
            const named = ` ${String(r.figures ?? '')} `;
            return padded.every((id) => named.includes(id));
          },
        }
      : {}),
  });
  const top = results.slice(0, limit);
  const tx = db.transaction('articles');
  const records = await Promise.all(top.map((r) => tx.store.get(String(r.id))));
  return records.flatMap((record, i) =>
    record ? [{ ...summarise(record), score: top[i]?.score ?? 0 }] : [],
  );
}
