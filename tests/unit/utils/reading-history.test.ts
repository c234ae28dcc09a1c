/** "Recently seen": who the reader met where, 14 days and 500 pages at most, repaired when malformed. */
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearReadingHistory,
  HISTORY_DAYS,
  MAX_ENTRIES,
  readingHistory,
  recentlySeenFigures,
  recordSeen,
} from '@/utils/reading-history';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 5, 12);

test('pages are kept newest first, a page met again moves to the front with all its figures', async () => {
  await recordSeen(
    { url: 'https://a.example/1', title: 'One', figureIds: ['kim-jong-un'] },
    NOW - 3000,
  );
  await recordSeen(
    { url: 'https://a.example/2', title: 'Two', figureIds: ['wang-yi'] },
    NOW - 2000,
  );
  await recordSeen(
    { url: 'https://a.example/1#later', title: 'One', figureIds: ['sung-kim'] },
    NOW - 1000,
  );
  const pages = await readingHistory(NOW);
  expect(pages.map((p) => [p.url, p.figureIds])).toEqual([
    ['https://a.example/1', ['sung-kim', 'kim-jong-un']],
    ['https://a.example/2', ['wang-yi']],
  ]);
  expect(recentlySeenFigures(pages).map((f) => [f.figureId, f.title])).toEqual([
    ['sung-kim', 'One'],
    ['kim-jong-un', 'One'],
    ['wang-yi', 'Two'],
  ]);
});

test(`pages older than ${HISTORY_DAYS} days are left out and dropped`, async () => {
  await recordSeen(
    { url: 'https://a.example/old', title: 'Old', figureIds: ['wang-yi'] },
    NOW - 15 * DAY,
  );
  await recordSeen({ url: 'https://a.example/new', title: 'New', figureIds: ['sung-kim'] }, NOW);
  expect((await readingHistory(NOW)).map((p) => p.url)).toEqual(['https://a.example/new']);
  const stored = (await fakeBrowser.storage.local.get('readingHistory')).readingHistory as {
    pages: unknown[];
  };
  expect(stored.pages).toHaveLength(1);
});

test(`at most ${MAX_ENTRIES} pages are kept, the oldest dropped`, async () => {
  const pages = Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => ({
    url: `https://a.example/${i}`,
    title: `Page ${i}`,
    figureIds: ['wang-yi'],
    at: NOW - (MAX_ENTRIES + 5 - i) * 1000,
  }));
  await fakeBrowser.storage.local.set({ readingHistory: { pages } });
  await recordSeen(
    { url: 'https://a.example/newest', title: 'Newest', figureIds: ['sung-kim'] },
    NOW,
  );
  const kept = await readingHistory(NOW);
  expect(kept).toHaveLength(MAX_ENTRIES);
  expect(kept[0]?.url).toBe('https://a.example/newest');
  expect(kept.some((p) => p.url === 'https://a.example/5')).toBe(false);
  expect(kept.at(-1)?.url).toBe('https://a.example/6');
});

test('writes at the same time from many tabs all land', async () => {
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      recordSeen({ url: `https://a.example/${i}`, title: '', figureIds: ['wang-yi'] }, NOW - i),
    ),
  );
  expect(await readingHistory(NOW)).toHaveLength(20);
});

test.each([
  ['nothing', undefined],
  ['a string', 'oops'],
  ['pages not a list', { pages: { a: 1 } }],
])('malformed stored history (%s) reads as empty and can be written again', async (_name, raw) => {
  await fakeBrowser.storage.local.set({ readingHistory: raw });
  expect(await readingHistory(NOW)).toEqual([]);
  await recordSeen({ url: 'https://a.example/1', title: 'One', figureIds: ['wang-yi'] }, NOW);
  expect(await readingHistory(NOW)).toHaveLength(1);
});

test('malformed entries are dropped and the valid ones kept', async () => {
  await fakeBrowser.storage.local.set({
    readingHistory: {
      pages: [
        null,
        { url: 'javascript:alert(1)', title: 'x', figureIds: ['wang-yi'], at: NOW },
        { url: 'https://a.example/ok', title: 42, figureIds: ['wang-yi', 'Not An Id', 7], at: NOW },
        { url: 'https://a.example/no-time', title: '', figureIds: ['wang-yi'], at: 'yesterday' },
        { url: 'https://a.example/no-one', title: '', figureIds: [], at: NOW },
      ],
    },
  });
  const repaired = [{ url: 'https://a.example/ok', title: '', figureIds: ['wang-yi'], at: NOW }];
  expect(await readingHistory(NOW)).toEqual(repaired);
  // and storage holds the repaired history
  expect(await fakeBrowser.storage.local.get('readingHistory')).toEqual({
    readingHistory: { pages: repaired },
  });
});

test('pages past the window leave storage when the history is read', async () => {
  await recordSeen({ url: 'https://a.example/1', title: 'One', figureIds: ['wang-yi'] }, NOW);
  expect(await readingHistory(NOW + 15 * DAY)).toEqual([]);
  expect(await fakeBrowser.storage.local.get('readingHistory')).toEqual({
    readingHistory: { pages: [] },
  });
});

test('only web pages are recorded', async () => {
  await recordSeen({ url: 'file:///home/me/a.html', title: 'Local', figureIds: ['wang-yi'] }, NOW);
  expect(await readingHistory(NOW)).toEqual([]);
});

test('clearing forgets every page', async () => {
  await recordSeen({ url: 'https://a.example/1', title: 'One', figureIds: ['wang-yi'] }, NOW);
  await clearReadingHistory();
  expect(await readingHistory(NOW)).toEqual([]);
});
