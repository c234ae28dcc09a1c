/** Content reports feed "On this tab" and the reading history, never from a paused site or a private window. */
import { beforeEach, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { handlers } from '@/entrypoints/background/handlers';
import { forgetTab, recordReport } from '@/entrypoints/background/tab-reports';
import type { PageSummary } from '@/utils/protocol';
import { readingHistory } from '@/utils/reading-history';
import { getSettings, setSitePaused } from '@/utils/settings';

const report = handlers.content['content.report'];
const pauseSite = handlers.content['content.pauseSite'];

const page = (url: string, figures: string[], active = true): PageSummary => ({
  url,
  title: `Title of ${url}`,
  date: null,
  active,
  figures: figures.map((id) => ({ id, count: 1 })),
});

const sender = (frameId: number, url: string, tab: Partial<Browser.tabs.Tab> = {}) =>
  ({
    frameId,
    url,
    tab: { id: 1, index: 0, incognito: false, ...tab },
  }) as Browser.runtime.MessageSender;

beforeEach(async () => {
  await forgetTab(1);
});

describe('the reading history', () => {
  test('records who was met on a page, under the page', async () => {
    await report(
      page('https://news.example/a#top', ['kim-jong-un']),
      sender(0, 'https://news.example/a'),
    );
    expect(await readingHistory()).toEqual([
      expect.objectContaining({
        url: 'https://news.example/a',
        title: 'Title of https://news.example/a#top',
        figureIds: ['kim-jong-un'],
      }),
    ]);
  });

  test("records a subframe's figures under its tab's page, not the frame's", async () => {
    await report(page('https://news.example/a', []), sender(0, 'https://news.example/a'));
    await report(
      page('https://ads.example/slot', ['vladimir-putin']),
      sender(3, 'https://ads.example/slot'),
    );
    const [entry] = await readingHistory();
    expect(entry?.url).toBe('https://news.example/a');
    expect(entry?.figureIds).toEqual(['vladimir-putin']);
  });

  test('records nothing on a paused site', async () => {
    await setSitePaused('news.example', true);
    await report(
      page('https://news.example/a', ['kim-jong-un']),
      sender(0, 'https://news.example/a'),
    );
    expect(await readingHistory()).toEqual([]);
  });

  test('records nothing from a third-party frame of a paused site', async () => {
    await setSitePaused('news.example', true);
    await report(page('https://news.example/a', [], false), sender(0, 'https://news.example/a'));
    await report(
      page('https://ads.example/slot', ['kim-jong-un']),
      sender(2, 'https://ads.example/slot'),
    );
    expect(await readingHistory()).toEqual([]);
  });

  test('records nothing in a private window', async () => {
    await report(
      page('https://news.example/a', ['kim-jong-un']),
      sender(0, 'https://news.example/a', { incognito: true }),
    );
    expect(await readingHistory()).toEqual([]);
  });
});

describe('content.pauseSite', () => {
  test("an embedded frame pauses its tab's site, never its own", async () => {
    await recordReport(1, 0, page('https://www.news.example/a', []));
    expect(await pauseSite({}, sender(4, 'https://ads.example/slot'))).toEqual({
      site: 'news.example',
    });
    expect((await getSettings()).disabledSites).toEqual(['news.example']);
  });

  test("pauses nothing when the tab's page is unknown", async () => {
    expect(await pauseSite({}, sender(4, 'https://ads.example/slot'))).toEqual({ site: null });
    expect((await getSettings()).disabledSites).toEqual([]);
  });
});
