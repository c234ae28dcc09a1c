import { describe, expect, it } from 'vitest';
import {
  articlesForFigure,
  coMentioned,
  coverageOverTime,
  figureBackground,
} from '@/utils/store/queries/figures';
import { freshStorePerTest } from '../helpers';

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
});
