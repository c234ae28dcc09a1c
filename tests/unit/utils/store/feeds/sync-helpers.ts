/** Builders for sync tests: RSS and Atom documents, a Backchannel feed as JSON, and a store snapshot to compare. */
import { exportAll } from '@/utils/store/feeds/import-export';
import type { StoreDB } from '@/utils/store/db/schema';
import { GENERATION_KEY } from '@/utils/store/derived/write';

/** An RSS 2.0 document around `items`. */
export function rss(items: string, title = 'Wire'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://wire.example/</link>${items}</channel></rss>`;
}

/** One RSS item naming Sung Kim (or `text`). */
export function rssItem(
  n: number,
  { text = `Sung Kim met envoys, report ${n} says.`, date = 'Tue, 10 Aug 2021 04:00:00 GMT' } = {},
): string {
  return `<item><title>Report ${n}</title><link>https://wire.example/${n}</link><guid>https://wire.example/${n}</guid><pubDate>${date}</pubDate><description>${text}</description></item>`;
}

/** An Atom document around `entries`. */
export function atom(entries: string): string {
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>${entries}</feed>`;
}

/** One Atom entry naming Kim Yo Jong. */
export function atomEntry(
  id: string,
  updated: string,
  title = `Kim Yo Jong statement ${id}`,
): string {
  return `<entry><id>${id}</id><title>${title}</title><link href="https://desk.example/${id}"/><published>2024-05-01T10:00:00Z</published><updated>${updated}</updated><content>Kim Yo Jong said so.</content></entry>`;
}

/** Everything a reader could export, without the export's own timestamp, plus the write generation. */
export async function snapshot(db: StoreDB): Promise<string> {
  const { generated: _generated, ...rest } = await exportAll(db);
  const views = await db.getAll('figureNewest');
  const stats = await db.getAll('figureStats');
  return JSON.stringify({
    ...rest,
    views,
    stats,
    generation: await db.get('meta', GENERATION_KEY),
  });
}
