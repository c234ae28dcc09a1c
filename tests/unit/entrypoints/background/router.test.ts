/** The background's boundary refuses anything that is not exactly what the protocol promises. */
import { describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRouter, type Handlers } from '@/entrypoints/background/router';

const identity = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const fromTab: Browser.runtime.MessageSender = {
  id: 'our-id',
  url: 'https://news.example/story',
  tab: { id: 7, index: 0 } as Browser.tabs.Tab,
  frameId: 0,
};
const fromPopup: Browser.runtime.MessageSender = {
  id: 'our-id',
  url: 'chrome-extension://our-id/popup.html',
};

function setup() {
  const handlers: Handlers = {
    content: {
      'content.tabSite': vi.fn(async () => ({ site: 'news.example' })),
      'content.hello': vi.fn(async () => ({ tabId: 7, frameId: 0 })),
      'content.report': vi.fn(async () => null),
      'content.figureCard': vi.fn(async (p) => ({
        id: p.figureId,
        name: 'N',
        nativeName: null,
        side: 'US',
        role: null,
        asOf: '2021-08-23',
        bio: '',
        articleCount: 0,
        latest: [],
      })),
      'content.openPanel': vi.fn(async () => ({ shown: 'panel' as const })),
      'content.pauseSite': vi.fn(async () => ({ site: 'news.example' })),
    },
    page: {
      'page.tabSummary': vi.fn(async () => null),
      'page.prepareStore': vi.fn(async () => ({
        articles: 0,
        bundled: 0,
        synced: 0,
        mentions: 0,
        sources: 0,
        schemaVersion: 1,
      })),
      'page.readStore': vi.fn(async () => null),
      'page.showMention': vi.fn(async () => ({ index: 0, total: 1 })),
      'page.mentionTexts': vi.fn(async () => ({ url: 'https://news.example/story', texts: [] })),
    },
  };
  return { handlers, route: createRouter(handlers, identity) };
}

const report = {
  url: 'https://news.example/story',
  title: 'T',
  date: null,
  active: true,
  figures: [{ id: 'kim-jong-un', count: 2 }],
};

describe('accepted messages', () => {
  test('a content script message from a tab reaches its handler', async () => {
    const { route, handlers } = setup();
    expect(await route({ type: 'content.report', payload: report }, fromTab)).toEqual({
      ok: true,
      result: null,
    });
    expect(handlers.content['content.report']).toHaveBeenCalledOnce();
  });
  test('a page message from an extension page reaches its handler', async () => {
    const { route } = setup();
    expect(await route({ type: 'page.tabSummary', payload: { tabId: 3 } }, fromPopup)).toEqual({
      ok: true,
      result: null,
    });
  });
  test.each([
    ['an about:blank frame of a web page', { url: 'about:blank', origin: 'https://news.example' }],
    [
      'a srcdoc frame of a web tab',
      { url: 'about:srcdoc', tab: { id: 7, index: 0, url: 'https://news.example/' } },
    ],
  ])('%s may send content messages', async (_name, frame) => {
    const { route } = setup();
    const sender = { ...fromTab, ...frame } as Browser.runtime.MessageSender;
    expect(await route({ type: 'content.tabSite', payload: {} }, sender)).toEqual({
      ok: true,
      result: { site: 'news.example' },
    });
  });
  test('an extension page opened as a tab may still send page messages', async () => {
    const { route } = setup();
    const popupInTab = { ...fromPopup, tab: fromTab.tab };
    expect((await route({ type: 'page.prepareStore', payload: {} }, popupInTab)).ok).toBe(true);
  });
});

describe('refused messages change nothing', () => {
  const cases: [string, unknown, Browser.runtime.MessageSender, string][] = [
    [
      'another extension',
      { type: 'content.report', payload: report },
      { ...fromTab, id: 'evil' },
      'bad-sender',
    ],
    [
      'no sender id',
      { type: 'content.report', payload: report },
      { ...fromTab, id: undefined },
      'bad-sender',
    ],
    [
      'content message from an extension page',
      { type: 'content.report', payload: report },
      fromPopup,
      'bad-sender',
    ],
    [
      'content message without a tab',
      { type: 'content.report', payload: report },
      { id: 'our-id', url: 'https://x.example/' },
      'bad-sender',
    ],
    [
      'content message from an about:blank frame of a non-web page',
      { type: 'content.tabSite', payload: {} },
      {
        ...fromTab,
        url: 'about:blank',
        origin: 'null',
        tab: { id: 7, index: 0 } as Browser.tabs.Tab,
      },
      'bad-sender',
    ],
    [
      'show mention from a web page',
      { type: 'page.showMention', payload: { tabId: 7, figureId: 'kim-jong-un' } },
      fromTab,
      'bad-sender',
    ],
    [
      'show mention with a bad figure id',
      { type: 'page.showMention', payload: { tabId: 7, figureId: '../x' } },
      fromPopup,
      'bad-payload',
    ],
    [
      'mention texts without a tab id',
      { type: 'page.mentionTexts', payload: { figureId: 'kim-jong-un' } },
      fromPopup,
      'bad-payload',
    ],
    [
      'a broadcast type sent to the background',
      { type: 'background.tabChanged', payload: { tabId: 7 } },
      fromPopup,
      'unknown-type',
    ],
    [
      'tab site with a payload',
      { type: 'content.tabSite', payload: { url: 'x' } },
      fromTab,
      'bad-payload',
    ],
    [
      'page message from a content script',
      { type: 'page.tabSummary', payload: { tabId: 1 } },
      fromTab,
      'bad-sender',
    ],
    ['unknown type', { type: 'store.wipe', payload: {} }, fromPopup, 'unknown-type'],
    ['prototype key as type', { type: '__proto__', payload: {} }, fromPopup, 'unknown-type'],
    ['inherited key as type', { type: 'toString', payload: {} }, fromTab, 'unknown-type'],
    ['no type', { payload: {} }, fromTab, 'bad-payload'],
    ['not an object', 'content.report', fromTab, 'bad-payload'],
    ['null', null, fromTab, 'bad-payload'],
    ['an array', [1, 2], fromTab, 'bad-payload'],
    [
      'wrong field type',
      { type: 'page.tabSummary', payload: { tabId: '3' } },
      fromPopup,
      'bad-payload',
    ],
    [
      'negative tab id',
      { type: 'page.tabSummary', payload: { tabId: -1 } },
      fromPopup,
      'bad-payload',
    ],
    [
      'extra field',
      { type: 'page.tabSummary', payload: { tabId: 3, extra: 1 } },
      fromPopup,
      'bad-payload',
    ],
    ['missing payload', { type: 'content.figureCard' }, fromTab, 'bad-payload'],
    [
      'a store read from a web page',
      { type: 'page.readStore', payload: { call: 'figureInfo', id: 'sung-kim' } },
      fromTab,
      'bad-sender',
    ],
    [
      'a store write dressed as a read',
      { type: 'page.readStore', payload: { call: 'restoreBundled' } },
      fromPopup,
      'bad-payload',
    ],
    [
      'a store read with a limit past its bound',
      { type: 'page.readStore', payload: { call: 'search', query: 'kim', limit: 10_000 } },
      fromPopup,
      'bad-payload',
    ],
    [
      'bad figure id',
      { type: 'content.figureCard', payload: { figureId: '../../etc' } },
      fromTab,
      'bad-payload',
    ],
    [
      'bad date',
      { type: 'content.figureCard', payload: { figureId: 'sung-kim', date: 'yesterday' } },
      fromTab,
      'bad-payload',
    ],
    [
      '5 MB payload',
      { type: 'content.report', payload: { ...report, title: 'x'.repeat(5 * 1024 * 1024) } },
      fromTab,
      'too-large',
    ],
    [
      'too many figures',
      {
        type: 'content.report',
        payload: { ...report, figures: Array.from({ length: 501 }, () => ({ id: 'a', count: 1 })) },
      },
      fromTab,
      'bad-payload',
    ],
  ];
  test.each(cases)('%s', async (_name, message, sender, code) => {
    const { route, handlers } = setup();
    const reply = await route(message, sender);
    expect(reply).toEqual({ ok: false, error: { code, message: expect.any(String) } });
    for (const handler of [...Object.values(handlers.content), ...Object.values(handlers.page)]) {
      expect(handler).not.toHaveBeenCalled();
    }
  });

  test('a __proto__ key in the payload is refused and pollutes nothing', async () => {
    const { route, handlers } = setup();
    const message = JSON.parse(
      '{"type":"figure.card","payload":{"figureId":"sung-kim","__proto__":{"polluted":true}}}',
    );
    const reply = await route(message, fromTab);
    expect(reply.ok).toBe(false);
    expect(handlers.content['content.figureCard']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a handler that throws answers a typed error instead of throwing', async () => {
    const { route, handlers } = setup();
    vi.mocked(handlers.page['page.tabSummary']).mockRejectedValueOnce(new Error('boom'));
    expect(await route({ type: 'page.tabSummary', payload: { tabId: 1 } }, fromPopup)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });
});
