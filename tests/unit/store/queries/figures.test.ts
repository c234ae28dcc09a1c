import { afterEach, describe, expect, it } from 'vitest';
import {
  articlesForFigure,
  articlesForFigureFromIndex,
  coMentioned,
  coverageOverTime,
  figureBackground,
} from '../../../../utils/store/queries/figures';
import { recentArticles } from '../../../../utils/store/queries/recent';
import { search } from '../../../../utils/store/queries/search';
import { storeStats } from '../../../../utils/store/queries/counts';
import { putSyncedFeed } from '../../../../utils/store/feeds/synced';
import type { StoreManager } from '../../../../utils/store/db/manager';
import { SCHEMA_VERSION } from '../../../../utils/store/db/schema';
import { article, feed, manager, newsroomFeed } from '../helpers';

let store: StoreManager;
afterEach(() => store.close());

async function prepared() {
  store = manager();
  return store.prepare();
}

describe('figureBackground', () => {
  it('gives the catalogue bio and roles with the stored mention count and first/last dates', async () => {
    const db = await prepared();
    const bg = await figureBackground(db, 'kim-jong-un');
    expect(bg).toMatchObject({ id: 'kim-jong-un', name: 'Kim Jong Un', mentionCount: 3 });
    expect(bg?.firstSeen).toBe('2018-04-27');
    expect(bg?.lastSeen).toBe('2019-02-27');
    expect(bg?.bio.length).toBeGreaterThan(20);
    expect(bg?.roles.length).toBeGreaterThan(0);
  });

  it('says honestly that a known figure has no stored article yet', async () => {
    const db = await prepared();
    const bg = await figureBackground(db, 'antonio-guterres');
    expect(bg).toMatchObject({ mentionCount: 0, firstSeen: null, lastSeen: null });
    expect(bg?.bio).not.toBe('');
  });

  it('returns null for an unknown id', async () => {
    const db = await prepared();
    expect(await figureBackground(db, 'nobody-at-all')).toBeNull();
  });
});

describe('articlesForFigure', () => {
  it('lists newest first with the sentences that name the figure', async () => {
    const db = await prepared();
    const list = await articlesForFigure(db, 'donald-trump', { limit: 10 });
    expect(list.map((a) => a.id)).toEqual(['hanoi-2019', 'singapore-2018']);
    expect(list[0]?.sentences).toEqual(['Donald Trump and Kim Jong Un left without a deal.']);
    expect(list[1]?.sentences).toEqual(['Donald Trump met Kim Jong Un in Singapore.']);
  });

  it('pages with before (exclusive) and respects the limit', async () => {
    const db = await prepared();
    const page = await articlesForFigure(db, 'kim-jong-un', { before: '2019-02-27', limit: 1 });
    expect(page.map((a) => a.id)).toEqual(['singapore-2018']);
  });

  it('carries the credit line and document, and no full text', async () => {
    const db = await prepared();
    const [first] = await articlesForFigure(db, 'moon-jae-in', { limit: 5 });
    expect(first).toMatchObject({
      source: 'Backchannel brief, compiled from public reporting',
      document: 'Panmunjom Declaration',
    });
    expect(first).not.toHaveProperty('text');
    expect(() => structuredClone(first)).not.toThrow();
  });
});

describe('coMentioned and coverageOverTime', () => {
  it('counts the figures sharing articles, most first', async () => {
    const db = await prepared();
    expect(await coMentioned(db, 'kim-jong-un', 5)).toEqual([
      { figureId: 'donald-trump', name: 'Donald Trump', count: 2 },
      { figureId: 'moon-jae-in', name: 'Moon Jae-in', count: 1 },
    ]);
  });

  it('buckets by year with gaps filled, and by month', async () => {
    const db = await prepared();
    expect(await coverageOverTime(db, 'kim-jong-un', 'year')).toEqual([
      { period: '2018', count: 2 },
      { period: '2019', count: 1 },
    ]);
    const months = await coverageOverTime(db, 'kim-jong-un', 'month');
    expect(months[0]).toEqual({ period: '2018-04', count: 1 });
    expect(months.at(-1)).toEqual({ period: '2019-02', count: 1 });
    expect(months).toHaveLength(11);
    expect(await coverageOverTime(db, 'antonio-guterres', 'year')).toEqual([]);
  });
});

describe('recentArticles', () => {
  it('gives the newest overall, or the newest about any of the given figures', async () => {
    const db = await prepared();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(2));
    expect((await recentArticles(db, { limit: 2 })).map((a) => a.id)).toEqual([
      'story-1',
      'story-0',
    ]);
    const about = await recentArticles(db, { figures: ['moon-jae-in', 'donald-trump'], limit: 10 });
    expect(about.map((a) => a.id)).toEqual(['hanoi-2019', 'singapore-2018', 'summit-2018']);
  });
});

describe('search', () => {
  it('ranks title and text matches and finds figures through their names', async () => {
    const db = await prepared();
    expect((await search(db, 'Singapore'))[0]?.id).toBe('singapore-2018');
    const byName = await search(db, 'Moon Jae-in');
    expect(byName[0]?.id).toBe('summit-2018');
    // Native-script alias: the catalogue's Hangul name finds the same article.
    const native = await search(db, '문재인');
    expect(native.map((h) => h.id)).toContain('summit-2018');
  });

  it('sees articles written after the index was built', async () => {
    const db = await prepared();
    expect(await search(db, 'statement')).toEqual([]);
    await putSyncedFeed(db, 'newsroom', newsroomFeed(1));
    expect((await search(db, 'statement')).map((h) => h.id)).toEqual(['story-0']);
  });

  it('returns nothing for blank or unmatched queries', async () => {
    const db = await prepared();
    expect(await search(db, '   ')).toEqual([]);
    expect(await search(db, 'zzzzqqq')).toEqual([]);
  });
});

describe('storeStats', () => {
  it('counts bundled and synced articles separately', async () => {
    const db = await prepared();
    await putSyncedFeed(db, 'newsroom', newsroomFeed(2));
    expect(await storeStats(db)).toEqual({
      articles: 5,
      bundled: 3,
      synced: 2,
      mentions: 10,
      sources: 2,
      schemaVersion: SCHEMA_VERSION,
    });
  });
});

describe('search through the detection engine', () => {
  it('finds a figure by surname alone', async () => {
    const db = await prepared();
    const hits = await search(db, 'Trump');
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['singapore-2018', 'hanoi-2019']));
  });
});

describe('search query handling', () => {
  it('narrows word matches to articles naming the figures in the query', async () => {
    const db = await prepared();
    expect((await search(db, 'Donald Trump deal')).map((h) => h.id)).toEqual(['hanoi-2019']);
    expect((await search(db, 'Moon Jae-in Kim Jong Un')).map((h) => h.id)).toEqual(['summit-2018']);
  });

  it('finds the newest articles naming every figure of a name-only query beyond the first read', async () => {
    // Sung Kim is the rarer figure; the only article also naming Kim Yo Jong is older than 4 × limit of his.
    const stories = Array.from({ length: 9 }, (_, i) =>
      i === 0
        ? article('joint', '2020-01-01', 'Sung Kim and Kim Yo Jong spoke.', {
            'sung-kim': 'Sung Kim',
            'kim-yo-jong': 'Kim Yo Jong',
          })
        : article(`solo-${i}`, `2021-01-${String(10 + i)}`, `Sung Kim spoke again, time ${i}.`, {
            'sung-kim': 'Sung Kim',
          }),
    );
    const extra = Array.from({ length: 12 }, (_, i) =>
      article(`kyj-${i}`, `2022-02-${String(10 + i)}`, `Kim Yo Jong issued statement ${i}.`, {
        'kim-yo-jong': 'Kim Yo Jong',
      }),
    );
    const db = await prepared();
    await putSyncedFeed(db, 'newsroom', feed('newsroom', [...stories, ...extra]));
    expect((await search(db, 'Sung Kim Kim Yo Jong', { limit: 1 })).map((h) => h.id)).toEqual([
      'joint',
    ]);
    expect((await search(db, 'Sung Kim', { limit: 2 })).map((h) => h.id)).toEqual([
      'solo-8',
      'solo-7',
    ]);
  });

  it('looks past the rarest figure’s materialised newest articles when they hold too few joint ones', async () => {
    // Sung Kim has more articles than his view holds, and the one with Kim Yo Jong is older than all of them.
    const solo = Array.from({ length: 40 }, (_, i) =>
      article(
        `solo-${i}`,
        `2021-02-${String(1 + (i % 28)).padStart(2, '0')}`,
        `Sung Kim spoke, ${i}.`,
        {
          'sung-kim': 'Sung Kim',
        },
      ),
    );
    const joint = article('joint', '2020-01-01', 'Sung Kim and Kim Yo Jong spoke.', {
      'sung-kim': 'Sung Kim',
      'kim-yo-jong': 'Kim Yo Jong',
    });
    const kyj = Array.from({ length: 50 }, (_, i) =>
      article(`kyj-${i}`, '2022-03-01', `Kim Yo Jong issued statement ${i}.`, {
        'kim-yo-jong': 'Kim Yo Jong',
      }),
    );
    const db = await prepared();
    await putSyncedFeed(db, 'newsroom', feed('newsroom', [...solo, joint, ...kyj]));
    expect((await search(db, 'Sung Kim Kim Yo Jong', { limit: 3 })).map((h) => h.id)).toEqual([
      'joint',
    ]);
    // A single name is the figure's newest articles, in the index's order (date, then key).
    const newest = await search(db, 'Sung Kim', { limit: 30 });
    expect(newest.map((h) => h.id)).toEqual(
      (await articlesForFigureFromIndex(db, 'sung-kim', { limit: 30 })).map((a) => a.id),
    );
    expect(newest[0]).not.toHaveProperty('sentences');
    expect(newest[0]).toMatchObject({ score: 1, excerpt: expect.any(String) });
  });

  it('ignores stop words and finds words by prefix while typing', async () => {
    const db = await prepared();
    expect(await search(db, 'the of and')).toEqual([]);
    expect((await search(db, 'Singap')).map((h) => h.id)).toEqual(['singapore-2018']);
  });

  it('persists the index so a new connection loads it instead of rebuilding', async () => {
    const db = await prepared();
    await search(db, 'Singapore');
    await expect.poll(async () => (await db.get('meta', 'search:index')) !== undefined).toBe(true);
    const saved = (await db.get('meta', 'search:index')) as { generation: unknown; json: string };
    expect(saved.generation).toBe(await db.get('meta', 'generation'));
    expect(JSON.parse(saved.json)).toHaveProperty('documentCount', 3);
  });
});
