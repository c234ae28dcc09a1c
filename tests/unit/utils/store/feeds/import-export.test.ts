import { describe, expect, it } from 'vitest';
import { exportAll, importAll } from '@/utils/store/feeds/import-export';
import { readFeed } from '@/utils/store/feeds/validate';
import { storeStats } from '@/utils/store/queries/counts';
import { articlesForFigure } from '@/utils/store/queries/figures';
import { FIGURES } from '@/utils/detect/catalogue';
import { article, feed, freshStores, manager, newsroomFeed } from '../helpers';

const stores = freshStores();
const withNewsroom = stores.withNewsroom;

const catalogue = { catalogue: new Set(FIGURES.map((f) => f.id)) };
const valid = () =>
  JSON.parse(JSON.stringify(newsroomFeed(1))) as Record<string, unknown> & {
    articles: Record<string, unknown>[];
  };

describe('importAll rejects hostile input and keeps what is stored', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['bad JSON', () => '{"format": "backchannel-feed", ', /not valid JSON/],
    ['5 MB of junk', () => 'x'.repeat(5 * 1024 * 1024), /not valid JSON/],
    ['a JSON array', () => '[]', /expected a JSON object/],
    ['another format', () => ({ format: 'rss', version: 1 }), /not a Backchannel feed/],
    [
      'a newer version',
      () => ({ ...valid(), version: 2 }),
      /version 2; this Backchannel reads version 1/,
    ],
    [
      'a duplicate article id',
      () => ({ ...valid(), articles: [valid().articles[0], valid().articles[0]] }),
      /duplicate article id/,
    ],
    [
      'an unknown figure id',
      () => {
        const f = valid();
        f.articles[0] = {
          ...f.articles[0],
          mentions: [{ figure: 'kim-jong-nam', spans: [], sentences: [] }],
        };
        return f;
      },
      /unknown figure id "kim-jong-nam"/,
    ],
    [
      'an offset outside the text',
      () => {
        const f = valid();
        f.articles[0] = {
          ...f.articles[0],
          mentions: [{ figure: 'kim-yo-jong', spans: [[0, 99999]], sentences: [] }],
        };
        return f;
      },
      /outside the text/,
    ],
    [
      'a missing date',
      () => {
        const f = valid();
        const { date: _date, ...rest } = f.articles[0] ?? {};
        f.articles[0] = rest;
        return f;
      },
      /articles\.0\.date/,
    ],
    [
      'an invalid date',
      () => {
        const f = valid();
        f.articles[0] = { ...f.articles[0], date: '2021-02-30' };
        return f;
      },
      /date/,
    ],
    [
      'a javascript: URL',
      () => {
        const f = valid();
        f.articles[0] = { ...f.articles[0], url: 'javascript:alert(1)' };
        return f;
      },
      /url/,
    ],
    [
      'a javascript: source URL',
      () => {
        const f = valid();
        const source = { outlet: 'X', title: 'Y', date: '2021-08-10', url: 'javascript:alert(1)' };
        f.articles[0] = { ...f.articles[0], sources: [source] };
        return f;
      },
      /articles\.0\.sources\.0\.url/,
    ],
    [
      'eleven sources',
      () => {
        const f = valid();
        const source = { outlet: 'X', title: 'Y', date: '2021-08', url: 'https://x.example/' };
        f.articles[0] = { ...f.articles[0], sources: Array.from({ length: 11 }, () => source) };
        return f;
      },
      /articles\.0\.sources/,
    ],
    [
      'a source with an impossible date',
      () => {
        const f = valid();
        const source = { outlet: 'X', title: 'Y', date: '2021-02-30', url: 'https://x.example/' };
        f.articles[0] = { ...f.articles[0], sources: [source] };
        return f;
      },
      /sources\.0\.date/,
    ],
  ];

  it.each(cases)('%s', async (_name, input, message) => {
    const db = await withNewsroom();
    const before = await exportAll(db);
    const result = await importAll(db, input());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect((await exportAll(db)).articles).toEqual(before.articles);
  });

  it('ignores __proto__ keys without polluting prototypes', async () => {
    const db = await withNewsroom();
    const text = JSON.stringify(
      feed('imported-1', [
        article('a', '2020-01-01', 'Kim Yo Jong spoke.', { 'kim-yo-jong': 'Kim Yo Jong' }),
      ]),
    ).replace('"id":"a"', '"__proto__":{"polluted":true},"id":"a"');
    const result = await importAll(db, text);
    expect(result).toMatchObject({ ok: true, added: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await db.get('articles', 'imported-1:a')).not.toHaveProperty('polluted');
  });
});

describe('exportAll / importAll round trip', () => {
  it('restores synced articles into an empty store, skipping the bundled ones it already has', async () => {
    const db = await withNewsroom();
    const exported = await exportAll(db);
    expect(readFeed(JSON.parse(JSON.stringify(exported)), catalogue).ok).toBe(true);
    const other = manager();
    const fresh = await other.prepare();
    expect(await importAll(fresh, JSON.stringify(exported))).toEqual({
      ok: true,
      added: 3,
      updated: 0,
      skipped: 3,
    });
    expect(await storeStats(fresh)).toMatchObject({ articles: 6, bundled: 3, synced: 3 });
    const story = await articlesForFigure(fresh, 'sung-kim', { limit: 1 });
    expect(story[0]?.sentences).toEqual(['Sung Kim said he was ready to meet.']);
    expect(await importAll(fresh, exported)).toEqual({
      ok: true,
      added: 0,
      updated: 3,
      skipped: 3,
    });
    await other.close();
  });
});

describe('readFeed sentence ranges', () => {
  const text = 'Sung Kim spoke. Then Sung Kim left.';
  const withSentences = (sentences: [number, number][], spans: [number, number][] = [[0, 8]]) =>
    feed('newsroom', [
      {
        ...article('r1', '2021-01-01', text, {}),
        mentions: [{ figure: 'sung-kim', spans, sentences }],
      },
    ]);

  it('accepts sorted, disjoint sentences', () => {
    expect(
      readFeed(
        withSentences([
          [0, 15],
          [16, 35],
        ]),
        catalogue,
      ).ok,
    ).toBe(true);
  });
  it('refuses unsorted or overlapping sentences', () => {
    expect(
      readFeed(
        withSentences([
          [16, 35],
          [0, 15],
        ]),
        catalogue,
      ),
    ).toMatchObject({
      ok: false,
      error: /text order/,
    });
    expect(
      readFeed(
        withSentences([
          [0, 20],
          [16, 35],
        ]),
        catalogue,
      ),
    ).toMatchObject({
      ok: false,
      error: /must not overlap/,
    });
  });
  it('refuses ranges past the text and more ranges than an article may carry', () => {
    expect(readFeed(withSentences([[0, 99]]), catalogue)).toMatchObject({
      ok: false,
      error: /outside/,
    });
    const many = Array.from({ length: 1500 }, (_, i) => [i % 30, (i % 30) + 1] as [number, number]);
    const big = feed('newsroom', [
      {
        ...article('r2', '2021-01-01', text, {}),
        mentions: ['sung-kim', 'kim-yo-jong', 'kim-jong-un', 'moon-jae-in'].map((figure) => ({
          figure,
          spans: many,
          sentences: [],
        })),
      },
    ]);
    expect(readFeed(big, catalogue)).toMatchObject({ ok: false, error: /at most 5000/ });
  });
  it('refuses dates outside 1900-2200', () => {
    const far = feed('newsroom', [article('f1', '9999-12-31', text, { 'sung-kim': 'Sung Kim' })]);
    expect(readFeed(far, catalogue)).toMatchObject({ ok: false, error: /between 1900 and 2200/ });
  });
});

describe('readFeed errors', () => {
  it('are cut to a few hundred characters', () => {
    const bad = feed(
      'newsroom',
      Array.from({ length: 10 }, (_, i) => ({
        ...article(`a${i}`, '2021-01-01', 'x', {}),
        title: '',
        date: 'never',
        lang: 'x'.repeat(5000),
      })),
    );
    const version = { ...bad, version: 'v'.repeat(5000) };
    for (const input of [bad, version]) {
      const result = readFeed(input, catalogue);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeLessThanOrEqual(300);
    }
  });
});
