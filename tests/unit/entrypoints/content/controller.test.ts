// @vitest-environment happy-dom
/** The content script in one frame: marks names, drops them when switched off, answers the background. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardHost } from '@/entrypoints/content/card';
import { runContentScript } from '@/entrypoints/content/controller';
import { setSitePaused, updateSettings } from '@/utils/settings';
import './static-range';

/** The card (built elsewhere) is stood in for: the test holds what the controller hands it. */
let cardHost: CardHost;
vi.mock('@/entrypoints/content/card', () => ({
  startCard: (_ctx: unknown, host: CardHost) => {
    cardHost = host;
    return { close() {} };
  },
}));

/** happy-dom has no CSS Custom Highlight API: a registry we can read stands in for the page's. */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
let ctx: ContentScriptContext;

function textOf(range: AbstractRange): string {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** The marked texts in document order. */
function marked(): string[] {
  const ranges = [...registry.values()].flatMap((h) => [...h]);
  ranges.sort((a, b) =>
    a.startContainer === b.startContainer
      ? a.startOffset - b.startOffset
      : a.startContainer.compareDocumentPosition(b.startContainer) & 4
        ? -1
        : 1,
  );
  return ranges.map(textOf);
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
  // The scan runs in slices after the settings are read: wait for its first pass.
  await until(() => scanState().state === 'active' && scanState().scans > 0);
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
  await until(() => scanState().state === 'active' && marked().length > 0);
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

test("the card's index lists the marked mentions in order, and a correction shows once awaited", async () => {
  const texts = () => cardHost.mentions().all.map((m) => [m.text, m.figureId]);
  expect(texts()).toEqual([
    ['Sung Kim', 'sung-kim'],
    ['Noh Kyu-duk', 'noh-kyu-duk'],
  ]);
  const sungKim = cardHost.mentions().all[0]!;
  expect(sungKim.range.toString()).toBe('Sung Kim');
  const text = document.querySelector('p')!.firstChild!;
  expect(cardHost.mentions().at(text, 12)).toBe(sungKim); // inside "Sung Kim"
  expect(cardHost.mentions().at(text, 2)).toBeUndefined();
  await cardHost.correct('notThis', { text: 'Sung Kim', figureId: 'sung-kim' });
  expect(texts()).toEqual([['Noh Kyu-duk', 'noh-kyu-duk']]);
  expect(marked()).toEqual(['Noh Kyu-duk']);
});

test('a sentence added later is read, and its bare "Kim" resolves to the Sung Kim above', async () => {
  const before = scanState().scans;
  const p = document.createElement('p');
  p.textContent = 'Kim said talks could resume.';
  document.body.append(p);
  await until(() => scanState().scans > before);
  expect(cardHost.mentions().all.map((m) => [m.text, m.figureId])).toEqual([
    ['Sung Kim', 'sung-kim'],
    ['Noh Kyu-duk', 'noh-kyu-duk'],
    ['Kim', 'sung-kim'],
  ]);
});

test('the background hears of a new figure within about a second, of new counts alone within five', async () => {
  const reports: { figures: { id: string; count: number }[] }[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = message as { type: string; payload: (typeof reports)[number] };
    if (type === 'content.report') reports.push(payload);
  });
  const append = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  };
  const reported = async (id: string) => {
    const started = Date.now();
    while (!reports.some((r) => r.figures.some((f) => f.id === id)) && Date.now() - started < 3000)
      await new Promise((r) => setTimeout(r, 10));
    expect(reports.at(-1)?.figures.map((f) => f.id)).toContain(id);
    return Date.now() - started;
  };
  // Another figure: within a second of the report before (the one the first scan sent).
  append('Moon Jae-in arrived.');
  expect(await reported('moon-jae-in')).toBeLessThan(1500);
  // Counts alone (a feed growing): not within a second and a half.
  const before = reports.length;
  append('Kim said talks could resume.');
  await new Promise((r) => setTimeout(r, 1500));
  expect(reports.length).toBe(before);
  // Another figure again: at once (the last report is over a second old), with the new counts.
  append('Xi Jinping spoke.');
  expect(await reported('xi-jinping')).toBeLessThan(500);
  expect(reports.at(-1)!.figures).toEqual(
    expect.arrayContaining([
      { id: 'sung-kim', count: 2 },
      { id: 'xi-jinping', count: 1 },
    ]),
  );
});
