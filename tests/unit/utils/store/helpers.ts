/** Builders for store tests: small feeds with real figure ids, a fresh database per test, and source files for the build. */
import { afterEach, expect } from 'vitest';
import { FEED_FORMAT, FEED_VERSION, type Feed, type FeedArticle } from '@/utils/store/feeds/schema';
import { createStoreManager, type StoreManager } from '@/utils/store/db/manager';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { NEWEST_PER_FIGURE } from '@/utils/store/derived/figure-newest';
import { articlesForFigureFromIndex } from '@/utils/store/queries/figures';
import type { StoreDB } from '@/utils/store/db/schema';
import { splitSentences, sentencesContaining, type Range } from '@/utils/text/sentences';

let counter = 0;
/** A database name no other test uses. */
export function freshName(): string {
  counter += 1;
  return `test-store-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** An article whose mentions are found by exact name matching in `text`. */
export function article(
  id: string,
  date: string,
  text: string,
  names: Record<string, string>,
  extra: Partial<FeedArticle> = {},
): FeedArticle {
  const sentences = splitSentences(text);
  const mentions = Object.entries(names).map(([figure, name]) => {
    const spans: Range[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      spans.push([at, at + name.length]);
    }
    return { figure, spans, sentences: sentencesContaining(sentences, spans) };
  });
  return {
    id,
    title: `Title of ${id}`,
    date,
    kind: 'article',
    lang: 'en',
    text,
    mentions,
    ...extra,
  };
}

/** A one-source feed. */
export function feed(sourceId: string, articles: FeedArticle[], extra: Partial<Feed> = {}): Feed {
  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    sources: [{ id: sourceId, title: `Feed ${sourceId}` }],
    articles,
    ...extra,
  };
}

/** The bundled feed most tests start from: three briefs. */
export function bundle(contentHash = 'hash-1'): Feed {
  return feed(
    'bundled',
    [
      article(
        'summit-2018',
        '2018-04-27',
        'Kim Jong Un and Moon Jae-in met at Panmunjom. They signed a declaration.',
        { 'kim-jong-un': 'Kim Jong Un', 'moon-jae-in': 'Moon Jae-in' },
        {
          kind: 'brief',
          source: 'Backchannel brief, compiled from public reporting',
          document: 'Panmunjom Declaration',
        },
      ),
      article(
        'singapore-2018',
        '2018-06-12',
        'Donald Trump met Kim Jong Un in Singapore. It was the first such summit.',
        { 'donald-trump': 'Donald Trump', 'kim-jong-un': 'Kim Jong Un' },
        { kind: 'brief' },
      ),
      article(
        'hanoi-2019',
        '2019-02-27',
        'The Hanoi summit ended early. Donald Trump and Kim Jong Un left without a deal.',
        { 'donald-trump': 'Donald Trump', 'kim-jong-un': 'Kim Jong Un' },
        { kind: 'brief' },
      ),
    ],
    { contentHash },
  );
}

/** A synced newsroom feed. */
export function newsroomFeed(count = 2): Feed {
  const articles = Array.from({ length: count }, (_, i) =>
    article(
      `story-${i}`,
      `2021-08-${String(10 + i).padStart(2, '0')}`,
      `Kim Yo Jong issued a statement. Sung Kim said he was ready to meet. Story ${i}.`,
      { 'kim-yo-jong': 'Kim Yo Jong', 'sung-kim': 'Sung Kim' },
      { url: `https://news.example/story-${i}` },
    ),
  );
  return feed('newsroom', articles);
}

/** A fresh seeded store per test, closed after it: call at the top of a test file, then `await prepared()` in a test. */
export function freshStorePerTest(): () => Promise<StoreDB> {
  return freshStores().prepared;
}

/**
 * Fresh stores per test, closed after each: `prepared()` seeds the bundle, `withNewsroom()` also
 * syncs three newsroom articles; `current()` is the test's manager (for restores).
 */
export function freshStores(): {
  prepared: () => Promise<StoreDB>;
  withNewsroom: () => Promise<StoreDB>;
  current: () => StoreManager;
} {
  let store: StoreManager | undefined;
  afterEach(() => store?.close());
  return {
    prepared: () => (store = manager()).prepare(),
    withNewsroom: () => preparedWithNewsroom((store = manager())),
    current: () => store!,
  };
}

/** A manager over a fresh database whose bundle is `content` (a value, or a thunk for changing it). */
export function manager(content: unknown | (() => unknown) = bundle()): StoreManager {
  const load = typeof content === 'function' ? (content as () => unknown) : () => content;
  return createStoreManager(async () => structuredClone(load()), freshName());
}

/** Prepare `store` (the bundled briefs) and sync three newsroom stories into it. */
export async function preparedWithNewsroom(store: StoreManager): Promise<StoreDB> {
  const db = await store.prepare();
  expect(await putSyncedFeed(db, 'newsroom', newsroomFeed(3))).toEqual({
    ok: true,
    added: 3,
    removed: 0,
  });
  return db;
}

/** Every figure's view equals the index's newest articles, and no view outlives its figure's articles. */
export async function expectViewsMatchIndex(db: StoreDB): Promise<void> {
  const figures = await db.getAllKeys('figureStats');
  expect((await db.getAllKeys('figureNewest')).sort()).toEqual([...figures].sort());
  for (const id of figures) {
    const fromIndex = await articlesForFigureFromIndex(db, id, { limit: NEWEST_PER_FIGURE });
    expect((await db.get('figureNewest', id))?.articles, id).toEqual(fromIndex);
  }
}

/** Two cite lines and the sources they stand for. */
export const CITE1 =
  'Yonhap | Leaders sign Panmunjom Declaration | 2018-04-27 | https://news.example/a';
export const CITE2 =
  'The Associated Press | Koreas vow peace | 2018-04 | http://apnews.example/b?x=1';
export const SOURCES = [
  {
    outlet: 'Yonhap',
    title: 'Leaders sign Panmunjom Declaration',
    date: '2018-04-27',
    url: 'https://news.example/a',
  },
  {
    outlet: 'The Associated Press',
    title: 'Koreas vow peace',
    date: '2018-04',
    url: 'http://apnews.example/b?x=1',
  },
];

/** A brief naming two figures, without any source (the build refuses it). */
export const UNCITED_FRONT_MATTER =
  'id: brief-1\ntitle: A summit\ndate: 2018-04-27\nfigures: [kim-jong-un, moon-jae-in]\nkind: brief\nlang: en';
/** Front matter every source-file field accepts: a brief naming two figures, with a source. */
export const GOOD_FRONT_MATTER = `${UNCITED_FRONT_MATTER}\ncite1: "${CITE1}"`;

/** A Markdown source file: `front` between --- lines, then `body`. */
export function withFrontMatter(
  front: string,
  body = 'Kim Jong Un met Moon Jae-in at Panmunjom. They signed a declaration.',
): string {
  return `---\n${front}\n---\n${body}\n`;
}
