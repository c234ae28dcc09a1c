/** The hover card answers with the role held on the article's date and the newest stored items. */
import { beforeEach, expect, test } from 'vitest';
import { figureCard } from '@/entrypoints/background/handlers';
import { configureStore } from '@/utils/store';
import { article, feed, freshName } from '../../utils/store/helpers';

beforeEach(async () => {
  const items = [
    article('a', '2021-08-23', 'Sung Kim met Noh Kyu-duk in Seoul.', {
      'sung-kim': 'Sung Kim',
      'noh-kyu-duk': 'Noh Kyu-duk',
    }),
    article('b', '2022-04-18', 'Sung Kim arrived in Seoul.', { 'sung-kim': 'Sung Kim' }),
  ];
  await configureStore(
    async () => ({ ...feed('bundled', items), contentHash: 'card-test' }),
    freshName(),
  );
});

test('the role is the one held on the given date', async () => {
  expect((await figureCard('sung-kim', '2021-08-23')).role?.title).toMatch(
    /Special Representative/,
  );
  expect((await figureCard('sung-kim', '2012-05-01')).role?.title).toMatch(/Ambassador/);
});

test('the newest stored items come first', async () => {
  const card = await figureCard('sung-kim');
  expect(card.name).toBe('Sung Kim');
  expect(card.latest.map((item) => item.date)).toEqual(['2022-04-18', '2021-08-23']);
});

test('a figure with nothing stored gets an empty list, not an error', async () => {
  expect((await figureCard('antonio-guterres')).latest).toEqual([]);
});

test('an unknown figure is refused as not found', async () => {
  await expect(figureCard('no-such-person')).rejects.toMatchObject({ code: 'not-found' });
});
