/** The hover card answers with the role held on the article's date and the newest stored items; frames learn their tab's site. */
import { beforeEach, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { figureCard, handlers } from '@/entrypoints/background/handlers';
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

test('in a Korean browser the card names a figure as the popup does, from the Hangul among its aliases', async () => {
  const i18n = fakeBrowser.i18n;
  Object.assign(fakeBrowser, { i18n: { getUILanguage: () => 'ko', getMessage: () => '' } });
  try {
    // Joe Biden's Hangul name is an alias, not a native name (the stored background has none).
    expect(await figureCard('joe-biden')).toMatchObject({
      name: '조 바이든',
      nativeName: 'Joe Biden',
    });
    expect(await figureCard('sung-kim')).toMatchObject({ name: '성 김', nativeName: 'Sung Kim' });
  } finally {
    Object.assign(fakeBrowser, { i18n });
  }
});

test('a figure with nothing stored gets an empty list, not an error', async () => {
  expect((await figureCard('antonio-guterres')).latest).toEqual([]);
});

test('an unknown figure is refused as not found', async () => {
  await expect(figureCard('no-such-person')).rejects.toMatchObject({ code: 'not-found' });
});

describe('content.tabSite', () => {
  const tabSite = handlers.content['content.tabSite'];
  const frame = (url: string, tabUrl?: string) =>
    ({ url, tab: { id: 1, index: 0, url: tabUrl } }) as Browser.runtime.MessageSender;

  test("answers the site of the tab's top-level page, for any of its frames", async () => {
    expect(
      await tabSite({}, frame('https://ads.example/slot', 'https://www.news.example/a')),
    ).toEqual({ site: 'news.example' });
    expect(await tabSite({}, frame('about:blank', 'https://news.example/a'))).toEqual({
      site: 'news.example',
    });
  });

  test("falls back to the frame's own URL when the tab's is unknown", async () => {
    expect(await tabSite({}, frame('https://news.example/a'))).toEqual({ site: 'news.example' });
    expect(await tabSite({}, frame('about:blank'))).toEqual({ site: null });
  });
});

describe('page.readStore (the side panel page framed in the in-page drawer)', () => {
  const fromDrawer = {
    id: 'x',
    url: 'chrome-extension://x/sidepanel.html?drawer',
  } as Browser.runtime.MessageSender;
  test("answers the figure view's reads from the background's store", async () => {
    const read = handlers.page['page.readStore'];
    const info = (await read({ call: 'figureInfo', id: 'sung-kim' }, fromDrawer)) as {
      name: string;
    };
    expect(info.name).toBe('Sung Kim');
    const first = (await read(
      { call: 'figureFirstPage', id: 'sung-kim' },
      fromDrawer,
    )) as unknown[];
    expect(first).toHaveLength(2);
    const labels = await read({ call: 'figureLabels', ids: ['noh-kyu-duk'] }, fromDrawer);
    expect(labels).toEqual([{ id: 'noh-kyu-duk', name: 'Noh Kyu-duk', side: 'ROK' }]);
  });
});
