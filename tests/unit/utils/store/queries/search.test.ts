import { describe, expect, it } from 'vitest';
import { needsIndex, search } from '@/utils/store/queries/search';
import { articlesForFigureFromIndex } from '@/utils/store/queries/figures';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { article, feed, freshStorePerTest } from '../helpers';

const prepared = freshStorePerTest();

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

  it('returns nothing for blank or unmatched queries', async () => {
    const db = await prepared();
    expect(await search(db, '   ')).toEqual([]);
    expect(await search(db, 'zzzzqqq')).toEqual([]);
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

  it.each([
    ['Kim Yo Jong', false],
    ['김여정', false],
    ['Putin', false],
    ['the', false],
    ['  ', false],
    ['summit', true],
    ['Kim Yo Jong summit', true],
  ])('knows whether %j needs the word index (names alone do not)', (query, expected) => {
    expect(needsIndex(query)).toBe(expected);
  });
});
