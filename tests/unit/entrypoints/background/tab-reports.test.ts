/** The popup's "On this tab" adds up the figures of all of a tab's frames, and only of the frames still there. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary } from '@/utils/protocol';

type TabReportsModule = typeof import('@/entrypoints/background/tab-reports');
let reports: TabReportsModule;

/** A fresh copy of the module: what a restarted background starts with (storage.session stays). */
async function restartBackground(): Promise<TabReportsModule> {
  vi.resetModules();
  reports = await import('@/entrypoints/background/tab-reports');
  return reports;
}

const summary = (
  url: string,
  figures: { id: string; count: number }[],
  active = true,
): PageSummary => ({ url, title: `Title of ${url}`, date: null, active, figures });

const TOP = summary('https://news.example/a', [{ id: 'kim-jong-un', count: 1 }]);
const FRAME = summary('https://ads.example/frame', [
  { id: 'kim-jong-un', count: 2 },
  { id: 'vladimir-putin', count: 1 },
]);

/** Frames that answer from `live` (frame id → summary); any other frame is gone. */
const answerFrom =
  (live: Record<number, PageSummary>) =>
  async (_tabId: number, frameId: number): Promise<PageSummary> => {
    const answer = live[frameId];
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer;
  };

beforeEach(async () => {
  await restartBackground();
});

afterEach(() => {
  vi.useRealTimers();
});

test('frames of one tab are added up, most mentioned first', async () => {
  await reports.recordReport(1, 0, TOP);
  const merged = await reports.recordReport(1, 5, FRAME);
  expect(merged?.figures).toEqual([
    { id: 'kim-jong-un', count: 3 },
    { id: 'vladimir-putin', count: 1 },
  ]);
});

test('a frame that reports before its top frame is not dropped', async () => {
  await reports.recordReport(1, 5, FRAME);
  const merged = await reports.recordReport(1, 0, summary('https://news.example/a', []));
  expect(merged?.figures).toEqual([
    { id: 'kim-jong-un', count: 2 },
    { id: 'vladimir-putin', count: 1 },
  ]);
  expect(merged?.url).toBe('https://news.example/a');
});

test("a subframe's page never stands for the tab's page", async () => {
  const merged = await reports.recordReport(1, 5, FRAME);
  expect(merged?.url).toBe('');
  expect(merged?.title).toBe('');
  expect(merged?.figures).toHaveLength(2);
});

test('asking the tab drops frames that are gone and refreshes those that answer', async () => {
  await reports.recordReport(1, 0, TOP);
  for (let frame = 1; frame <= 10; frame++) await reports.recordReport(1, frame, FRAME);
  // Ten rotations later only frame 10 is still in the page.
  const merged = await reports.askTab(1, answerFrom({ 0: TOP, 10: FRAME }));
  expect(merged?.figures).toEqual([
    { id: 'kim-jong-un', count: 3 },
    { id: 'vladimir-putin', count: 1 },
  ]);
  // and they stay dropped
  expect((await reports.knownReport(1))?.figures[0]).toEqual({ id: 'kim-jong-un', count: 3 });
});

test('a tab that starts loading counts nothing until its frames answer again', async () => {
  await reports.recordReport(1, 0, TOP);
  await reports.recordReport(1, 7, FRAME);
  await reports.tabStartedLoading(1);
  expect(await reports.knownReport(1)).toBeNull();
  // The new page's top frame is there; the old subframe went with the old page.
  const next = summary('https://news.example/b', [{ id: 'wang-yi', count: 1 }]);
  const merged = await reports.confirmTab(1, answerFrom({ 0: next }));
  expect(merged?.figures).toEqual([{ id: 'wang-yi', count: 1 }]);
});

test('a frame that reports while its tab loads is kept when the tab is asked', async () => {
  await reports.recordReport(1, 0, TOP);
  await reports.tabStartedLoading(1);
  await reports.recordReport(1, 9, FRAME);
  const merged = await reports.confirmTab(1, answerFrom({ 0: TOP, 9: FRAME }));
  expect(merged?.figures).toEqual([
    { id: 'kim-jong-un', count: 3 },
    { id: 'vladimir-putin', count: 1 },
  ]);
});

test('a busy frame is answered for from its last report after about a second', async () => {
  vi.useFakeTimers();
  await reports.recordReport(1, 0, TOP);
  await reports.recordReport(1, 5, FRAME);
  const never = () => new Promise<PageSummary>(() => {});
  const asked = reports.askTab(1, never);
  await vi.advanceTimersByTimeAsync(reports.ANSWER_TIMEOUT_MS);
  const merged = await asked;
  expect(merged?.url).toBe(TOP.url);
  expect(merged?.figures).toEqual([
    { id: 'kim-jong-un', count: 3 },
    { id: 'vladimir-putin', count: 1 },
  ]);
});

test('a restarted background still has the subframes reported before', async () => {
  await reports.recordReport(1, 0, TOP);
  await reports.recordReport(1, 5, FRAME);
  await restartBackground();
  expect((await reports.knownReport(1))?.figures).toEqual([
    { id: 'kim-jong-un', count: 3 },
    { id: 'vladimir-putin', count: 1 },
  ]);
  // The top frame answers afresh; the subframe is busy and keeps its stored report.
  vi.useFakeTimers();
  const asked = reports.askTab(1, (_tab, frame) =>
    frame === 0 ? Promise.resolve(TOP) : new Promise<PageSummary>(() => {}),
  );
  await vi.advanceTimersByTimeAsync(reports.ANSWER_TIMEOUT_MS);
  expect((await asked)?.figures[0]).toEqual({ id: 'kim-jong-un', count: 3 });
});

test('a tab keeps at most MAX_FRAMES_PER_TAB frames, its top frame always among them', async () => {
  const { MAX_FRAMES_PER_TAB } = reports;
  await reports.recordReport(
    1,
    0,
    summary('https://news.example/a', [{ id: 'wang-yi', count: 1 }]),
  );
  const one = summary('https://ads.example/f', [{ id: 'kim-jong-un', count: 1 }]);
  for (let frame = 1; frame <= MAX_FRAMES_PER_TAB + 20; frame++)
    await reports.recordReport(1, frame, one);
  const merged = await reports.knownReport(1);
  expect(merged?.url).toBe('https://news.example/a');
  expect(merged?.figures).toEqual([
    { id: 'kim-jong-un', count: MAX_FRAMES_PER_TAB - 1 },
    { id: 'wang-yi', count: 1 },
  ]);
});

test('reports that arrive together are all kept', async () => {
  await Promise.all(
    Array.from({ length: 8 }, (_, frame) =>
      reports.recordReport(
        1,
        frame,
        summary(`https://a.example/${frame}`, [{ id: 'wang-yi', count: 1 }]),
      ),
    ),
  );
  await restartBackground();
  expect((await reports.knownReport(1))?.figures).toEqual([{ id: 'wang-yi', count: 8 }]);
});

test('an unknown tab has no report', async () => {
  expect(await reports.knownReport(99)).toBeNull();
});

test('a closed tab is forgotten, also after a restart', async () => {
  await reports.recordReport(1, 0, TOP);
  await reports.forgetTab(1);
  await restartBackground();
  expect(await reports.knownReport(1)).toBeNull();
});

test('a paused top frame means nothing is marked in any of its frames', async () => {
  await reports.recordReport(1, 5, FRAME);
  const pausedTop = summary('https://a.example/', [], false);
  expect(await reports.recordReport(1, 0, pausedTop)).toEqual(pausedTop);
});

test('a tab that never reported keeps nothing in storage.session', async () => {
  await reports.tabStartedLoading(7);
  await reports.confirmTab(7, answerFrom({}));
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
});
