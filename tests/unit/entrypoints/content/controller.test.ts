// @vitest-environment happy-dom
/** The content script in one frame: marks names, drops them when switched off, answers the background. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '@/entrypoints/content/controller';
import { setSitePaused, updateSettings } from '@/utils/settings';

/** happy-dom has no CSS Custom Highlight API: a registry we can read stands in for the page's. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
const registry = new Map<string, FakeHighlight>();
let ctx: ContentScriptContext;

function marked(): string[] {
  return [...registry.values()].flatMap((h) => h.ranges.map((r) => r.toString()));
}

function scanState(): { state: string; marks: number; scans: number } {
  return JSON.parse(document.documentElement.dataset.backchannelScan ?? '{}');
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

beforeEach(async () => {
  registry.clear();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.assign(window, { Highlight: FakeHighlight });
  document.body.innerText = '';
  const p = document.createElement('p');
  p.textContent = 'US envoy Sung Kim met Noh Kyu-duk in Seoul.';
  document.body.append(p);
  delete document.documentElement.dataset.backchannelScan;
  ctx = new ContentScriptContext('test');
  await runContentScript(ctx);
  await until(() => scanState().state === 'active');
});

afterEach(() => ctx.abort());

test('a page is scanned and its figures marked', () => {
  expect(marked()).toEqual(['Sung Kim', 'Noh Kyu-duk']);
});

test('switching Backchannel off clears the marks at once', async () => {
  await updateSettings({ enabled: false });
  await until(() => scanState().state === 'paused');
  expect(marked()).toEqual([]);
});

test("pausing this page's site clears its marks; resuming marks them again", async () => {
  await setSitePaused(location.hostname, true);
  await until(() => scanState().state === 'paused');
  expect(marked()).toEqual([]);
  await setSitePaused(location.hostname, false);
  await until(() => scanState().state === 'active');
  expect(marked()).toEqual(['Sung Kim', 'Noh Kyu-duk']);
});

const fromBackground = { id: fakeBrowser.runtime.id };

test('background.pageSummary answers with the figures of this frame', async () => {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'background.pageSummary', payload: {} },
    fromBackground,
    () => {},
  );
  expect(reply).toMatchObject({
    ok: true,
    result: {
      active: true,
      figures: [
        { id: 'noh-kyu-duk', count: 1 },
        { id: 'sung-kim', count: 1 },
      ],
    },
  });
});

test.each([
  [
    'a tab (another content script)',
    { type: 'background.pageSummary', payload: {} },
    { id: fakeBrowser.runtime.id, tab: { id: 3 } },
    'bad-sender',
  ],
  [
    'another extension',
    { type: 'background.pageSummary', payload: {} },
    { id: 'someone-else' },
    'bad-sender',
  ],
  ['an unknown type', { type: 'background.nothing', payload: {} }, fromBackground, 'unknown-type'],
  [
    'an extra payload key',
    { type: 'background.pageSummary', payload: { x: 1 } },
    fromBackground,
    'bad-payload',
  ],
  [
    'a content message sent to content',
    { type: 'content.hello', payload: { url: 'x' } },
    fromBackground,
    'unknown-type',
  ],
])('refuses %s', async (_name, message, sender, code) => {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender as Browser.runtime.MessageSender,
    () => {},
  );
  expect(reply).toMatchObject({ ok: false, error: { code } });
});
