/** Feeds in and out by file: export everything, import a feed or an export. Bad input never touches stored data. */
import { BUNDLED_SOURCE_ID, FEED_FORMAT, FEED_VERSION, type Feed, type FeedSource } from './schema';
import { readFeed } from './validate';
import { knownFigureIds } from './known-figures';
import { describeStoreError } from '../db/errors';
import { toFeedArticle, toRecord } from '../db/records';
import type { ArticleRecord, SourceRecord, StoreDB } from '../db/schema';
import { commitDerived, inWriteTransaction, queueArticles } from '../derived/write';

/** The result of an import. */
export type ImportResult =
  { ok: true; added: number; updated: number; skipped: number } | { ok: false; error: string };

/** Export every source, figure addition and article as one feed. */
export async function exportAll(db: StoreDB): Promise<Feed> {
  const tx = db.transaction(['articles', 'sources', 'figures'], 'readonly');
  const [sources, figures, articles] = await Promise.all([
    tx.objectStore('sources').getAll(),
    tx.objectStore('figures').getAll(),
    tx.objectStore('articles').getAll(),
  ]);
  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    generated: new Date().toISOString(),
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      ...(s.url ? { url: s.url } : {}),
    })),
    figures: figures.map(({ sourceId: _sourceId, ...figure }) => figure),
    articles: articles.map(toFeedArticle),
  };
}

/** Merge a feed or export into the store in one transaction; bundled articles are skipped (restoreBundled brings them back). */
export async function importAll(db: StoreDB, input: unknown): Promise<ImportResult> {
  try {
    const parsed = readFeed(input, await knownFigureIds(db));
    if (!parsed.ok) return parsed;
    const { feed } = parsed;
    const defaultSource = feed.sources[0]?.id ?? '';
    const records: ArticleRecord[] = [];
    let skipped = 0;
    for (const item of feed.articles) {
      const sourceId = item.sourceId ?? defaultSource;
      if (sourceId === BUNDLED_SOURCE_ID) skipped++;
      else records.push(toRecord(item, sourceId));
    }
    const imported = feed.sources.filter((s) => s.id !== BUNDLED_SOURCE_ID);
    const updated = await inWriteTransaction(db, async (tx) => {
      const articles = tx.objectStore('articles');
      const [previous, stored] = await Promise.all([
        Promise.all(records.map((r) => articles.get(r.key))),
        Promise.all(imported.map((s) => tx.objectStore('sources').get(s.id))),
      ]);
      const replaced = previous.filter((p): p is ArticleRecord => p !== undefined);
      const requests = queueArticles(tx, records);
      imported.forEach((source, i) => {
        const before = stored[i];
        const added = records.filter(
          (r, j) => r.sourceId === source.id && previous[j] === undefined,
        ).length;
        requests.push(
          tx
            .objectStore('sources')
            .put(mergeSource(source, before, (before?.articleCount ?? 0) + added)),
        );
      });
      const owner = imported[0]?.id ?? defaultSource;
      for (const figure of feed.figures ?? []) {
        requests.push(tx.objectStore('figures').put({ ...figure, sourceId: owner }));
      }
      await Promise.all(requests);
      await commitDerived(tx, replaced, records);
      return replaced.length;
    });
    return { ok: true, added: records.length - updated, updated, skipped };
  } catch (error) {
    return { ok: false, error: describeStoreError(error, 'import the file') };
  }
}

function mergeSource(
  source: FeedSource,
  before: SourceRecord | undefined,
  articleCount: number,
): SourceRecord {
  const record: SourceRecord = {
    id: source.id,
    title: source.title,
    kind: before?.kind ?? (source.kind === 'synced' ? 'synced' : 'imported'),
    articleCount,
    sync: before?.sync ?? { status: 'never' },
  };
  const url = source.url ?? before?.url;
  if (url !== undefined) record.url = url;
  return record;
}
