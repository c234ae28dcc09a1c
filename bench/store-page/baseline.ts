/** The obvious alternative to the indexes: one cursor over every article, filtered in JS. */
import type { StoreDB } from '../../utils/store/db/schema';

/** Newest `limit` articles naming `id`, with their mention sentences, by scanning everything. */
export async function cursorArticlesForFigure(
  db: StoreDB,
  id: string,
  limit: number,
): Promise<number> {
  const hits: { date: string; key: string }[] = [];
  let cursor = await db.transaction('articles').store.openCursor();
  while (cursor) {
    if (cursor.value.figures.includes(id))
      hits.push({ date: cursor.value.date, key: cursor.value.key });
    cursor = await cursor.continue();
  }
  hits.sort((a, b) => b.date.localeCompare(a.date));
  return hits.slice(0, limit).length;
}

/** Co-mention counts by scanning everything. */
export async function cursorCoMentioned(db: StoreDB, id: string, limit: number): Promise<number> {
  const counts = new Map<string, number>();
  let cursor = await db.transaction('articles').store.openCursor();
  while (cursor) {
    const figures = cursor.value.figures;
    if (figures.includes(id))
      for (const f of figures) if (f !== id) counts.set(f, (counts.get(f) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit).length;
}

/** Substring search over titles and texts by scanning everything, newest first. */
export async function cursorSearch(db: StoreDB, query: string, limit: number): Promise<number> {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: string[] = [];
  let cursor = await db.transaction('articles').store.openCursor();
  while (cursor) {
    const haystack = `${cursor.value.title}\n${cursor.value.text}`.toLowerCase();
    if (terms.every((t) => haystack.includes(t))) hits.push(cursor.value.key);
    cursor = await cursor.continue();
  }
  return hits.slice(0, limit).length;
}
