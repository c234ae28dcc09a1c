/** A page's corrections are kept per URL, and a watcher hears that page's corrections as they change. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addPageOverride,
  getPageOverrides,
  NO_OVERRIDES,
  watchPageOverrides,
} from '@/utils/page-overrides';

const PAGE = 'https://news.example/story';

describe('page overrides', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a watcher hears its own page’s corrections, from the change itself', async () => {
    const heard: unknown[] = [];
    const unwatch = watchPageOverrides(`${PAGE}#top`, (overrides) => heard.push(overrides));
    await addPageOverride(PAGE, 'notThis', { text: 'Kim', figureId: 'kim-jong-un' });
    await addPageOverride('https://other.example/', 'chosen', {
      text: 'Kim',
      figureId: 'sung-kim',
    });
    unwatch();
    await addPageOverride(PAGE, 'chosen', { text: 'Kim', figureId: 'sung-kim' });
    expect(heard).toEqual([
      { notThis: [{ text: 'Kim', figureId: 'kim-jong-un' }], chosen: [] },
      { notThis: [{ text: 'Kim', figureId: 'kim-jong-un' }], chosen: [] },
    ]);
  });

  test('malformed stored data reads as no corrections', async () => {
    for (const bad of ['x', 42, { pages: null }, { pages: { [PAGE]: { notThis: 'Kim' } } }]) {
      await fakeBrowser.storage.local.set({ pageOverrides: bad });
      const overrides = await getPageOverrides(PAGE);
      expect(overrides.notThis).toEqual(NO_OVERRIDES.notThis);
    }
  });
});
