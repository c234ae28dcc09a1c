import { describe, expect, it } from 'vitest';
import {
  articlesForFigure,
  coMentioned,
  coverageOverTime,
  figureBackground,
  MAX_COVERAGE_BUCKETS,
} from '@/utils/store/queries/figures';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { article, feed, freshStorePerTest } from '../helpers';

const prepared = freshStorePerTest();

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

  it('ignores implausible months, compares periods as numbers and caps the buckets (a 9999-12-31 draws no 100,000 bars)', async () => {
    const db = await prepared();
    const stats = await db.get('figureStats', 'kim-jong-un');
    // A record written before dates were checked for plausibility.
    await db.put('figureStats', {
      ...stats!,
      months: { ...stats!.months, '9999-12': 1, '0001-01': 1, 'x-13': 2 },
    });
    expect(await coverageOverTime(db, 'kim-jong-un', 'year')).toHaveLength(2);
    expect(await coverageOverTime(db, 'kim-jong-un', 'month')).toHaveLength(11);
    await db.put('figureStats', { ...stats!, months: { '1900-01': 1, '2200-12': 1 } });
    const years = await coverageOverTime(db, 'kim-jong-un', 'year');
    expect(years).toHaveLength(301);
    const months = await coverageOverTime(db, 'kim-jong-un', 'month');
    expect(months).toHaveLength(MAX_COVERAGE_BUCKETS);
    expect(months.at(-1)).toEqual({ period: '2200-12', count: 1 });
  });
});

describe('figure views', () => {
  it('keep only what the panels show: two sentences and a count', async () => {
    const db = await prepared();
    const text = 'Sung Kim spoke. Sung Kim left. Sung Kim came back. Sung Kim wrote.';
    const result = await putSyncedFeed(
      db,
      'newsroom',
      feed('newsroom', [article('s1', '2023-01-01', text, { 'sung-kim': 'Sung Kim' })]),
    );
    expect(result.ok).toBe(true);
    const [first] = await articlesForFigure(db, 'sung-kim', { limit: 5 });
    expect(first?.sentences).toEqual(['Sung Kim spoke.', 'Sung Kim left.']);
    expect(first?.sentenceCount).toBe(4);
    const view = await db.get('figureNewest', 'sung-kim');
    expect(view?.articles[0]?.sentences).toHaveLength(2);
    // A view stored before the cap is trimmed when read.
    await db.put('figureNewest', {
      figureId: 'sung-kim',
      articles: [{ ...view!.articles[0]!, sentences: ['a', 'b', 'c'], sentenceCount: undefined }],
    });
    const [old] = await articlesForFigure(db, 'sung-kim', { limit: 5 });
    expect(old).toMatchObject({ sentences: ['a', 'b'], sentenceCount: 3 });
  });
});
