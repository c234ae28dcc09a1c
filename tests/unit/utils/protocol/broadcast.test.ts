/** A page hears the background's broadcasts, checked like any message, and never answers anything. */
import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenToBackground } from '@/utils/protocol';

const fromBackground = { id: fakeBrowser.runtime.id };

test('a valid broadcast from the background reaches the handler, with no answer', async () => {
  const tabChanged = vi.fn();
  listenToBackground({ 'background.tabChanged': tabChanged });
  const replies = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'background.tabChanged', payload: { tabId: 4 } },
    fromBackground,
    () => {},
  );
  expect(tabChanged).toHaveBeenCalledWith({ tabId: 4 });
  expect(replies).toEqual([undefined]);
});

test.each([
  [
    'another page’s request (which the background must answer)',
    { type: 'page.tabSummary', payload: { tabId: 4 } },
    fromBackground,
  ],
  [
    'a malformed payload',
    { type: 'background.tabChanged', payload: { tabId: -1 } },
    fromBackground,
  ],
  ['an extra key', { type: 'background.tabChanged', payload: { tabId: 4, x: 1 } }, fromBackground],
  ['another extension', { type: 'background.tabChanged', payload: { tabId: 4 } }, { id: 'evil' }],
  [
    'a tab',
    { type: 'background.tabChanged', payload: { tabId: 4 } },
    { ...fromBackground, tab: { id: 1 } },
  ],
])('ignores %s without answering', async (_, message, sender) => {
  const tabChanged = vi.fn();
  const stop = listenToBackground({ 'background.tabChanged': tabChanged });
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  expect(tabChanged).not.toHaveBeenCalled();
  expect(replies).toEqual([undefined]);
  stop();
});

test('after unsubscribing, broadcasts are no longer heard', async () => {
  const tabChanged = vi.fn();
  listenToBackground({ 'background.tabChanged': tabChanged })();
  await fakeBrowser.runtime.onMessage.trigger(
    { type: 'background.tabChanged', payload: { tabId: 4 } },
    fromBackground,
    () => {},
  );
  expect(tabChanged).not.toHaveBeenCalled();
});
