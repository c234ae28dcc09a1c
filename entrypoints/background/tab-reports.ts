/**
 * What each tab's frames last reported, so the popup and the badge can say who is on a tab across
 * frames. Kept in `storage.session` (a restarted service worker still has its tab's subframes) and
 * mirrored in memory; every change of a tab runs in that tab's queue, so a report arriving while
 * the tab is re-asked is never lost to a stale write.
 *
 * A tab that starts loading (its page, or one of its frames, navigates: the browser says which
 * only with the `tabs` permission, which we do not ask for) puts its reports aside as unconfirmed;
 * the next ask (when loading completes, or a page asks) keeps the frames that answer, drops those
 * the browser says are gone, and keeps the busy ones from their last report.
 */
import { storage } from 'wxt/utils/storage';
import type { PageFigure, PageSummary } from '@/utils/protocol';

/** Most frames kept per tab: the top frame and the subframes that reported last. */
export const MAX_FRAMES_PER_TAB = 32;
/** How long a frame has to answer before its last report stands in for it. */
export const ANSWER_TIMEOUT_MS = 1000;

interface FrameReport {
  summary: PageSummary;
  /** When it was reported or confirmed (ms since the epoch), to drop the oldest beyond the cap. */
  at: number;
}

/** One tab's reports as stored: frame id → report. */
interface TabReports {
  frames: Record<string, FrameReport>;
  /** Reports from before the tab last started loading, until their frames answer again. */
  unconfirmed: Record<string, FrameReport>;
}

/** Asks one frame of a tab for its summary (the content script's `background.pageSummary`). */
export type AskFrame = (tabId: number, frameId: number) => Promise<PageSummary>;

const keyOf = (tabId: number) => `session:tab-reports:${tabId}` as const;
const memory = new Map<number, TabReports>();
const queues = new Map<number, Promise<unknown>>();

/** Runs `change` on a tab's reports after every earlier change of that tab, and stores the result. */
function changeTab<T>(tabId: number, change: (reports: TabReports) => T | Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
    const reports = await load(tabId);
    const before = JSON.stringify(reports);
    const result = await change(reports);
    cap(reports);
    const empty =
      Object.keys(reports.frames).length + Object.keys(reports.unconfirmed).length === 0;
    // Most tabs never report (browser pages, paused sites): nothing is kept for them.
    if (empty) memory.delete(tabId);
    else memory.set(tabId, reports);
    if (JSON.stringify(reports) === before) return result;
    if (empty) await storage.removeItem(keyOf(tabId));
    else await storage.setItem<TabReports>(keyOf(tabId), reports);
    return result;
  });
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

async function load(tabId: number): Promise<TabReports> {
  const known = memory.get(tabId);
  if (known) return known;
  const stored = await storage.getItem<TabReports>(keyOf(tabId)).catch(() => null);
  return {
    frames: { ...(stored?.frames ?? {}) },
    unconfirmed: { ...(stored?.unconfirmed ?? {}) },
  };
}

/** Keeps the top frame and the MAX_FRAMES_PER_TAB - 1 subframes heard from last. */
function cap(reports: TabReports): void {
  const all = [
    ...Object.entries(reports.frames).map(([id, r]) => ({ id, at: r.at, kind: 'frames' as const })),
    ...Object.entries(reports.unconfirmed).map(([id, r]) => ({
      id,
      at: r.at,
      kind: 'unconfirmed' as const,
    })),
  ];
  if (all.length <= MAX_FRAMES_PER_TAB) return;
  const dropped = all
    .sort((a, b) => Number(b.id === '0') - Number(a.id === '0') || b.at - a.at)
    .slice(MAX_FRAMES_PER_TAB);
  for (const { id, kind } of dropped) delete reports[kind][id];
}

/** Records the latest report of one frame; resolves to the tab's merged report. */
export function recordReport(
  tabId: number,
  frameId: number,
  summary: PageSummary,
): Promise<PageSummary | null> {
  return changeTab(tabId, (reports) => {
    delete reports.unconfirmed[frameId];
    reports.frames[frameId] = { summary, at: Date.now() };
    return merge(reports);
  });
}

/** The tab started loading: its reports wait, unconfirmed, for their frames to answer again. */
export function tabStartedLoading(tabId: number): Promise<void> {
  return changeTab(tabId, (reports) => {
    Object.assign(reports.unconfirmed, reports.frames);
    reports.frames = {};
  });
}

/**
 * Asks the top frame and every known frame of a tab afresh, each for at most ANSWER_TIMEOUT_MS:
 * an answer replaces the frame's report, a frame the browser cannot reach (removed, navigated
 * away, no content script) is dropped, and a busy one keeps its last report. Resolves to the
 * tab's merged report.
 */
export async function askTab(tabId: number, ask: AskFrame): Promise<PageSummary | null> {
  const known = await changeTab(tabId, (reports) => [
    ...new Set(
      [0, ...Object.keys(reports.frames), ...Object.keys(reports.unconfirmed)].map(Number),
    ),
  ]);
  const answers = await Promise.all(known.map((frameId) => answerOf(tabId, frameId, ask)));
  return changeTab(tabId, (reports) => {
    known.forEach((frameId, i) => {
      const answer = answers[i]!;
      const before = reports.frames[frameId] ?? reports.unconfirmed[frameId];
      delete reports.unconfirmed[frameId];
      if (answer.kind === 'answered')
        reports.frames[frameId] = { summary: answer.summary, at: Date.now() };
      else if (answer.kind === 'gone') delete reports.frames[frameId];
      // Busy: its last report stands (a frame the browser could not reach would have failed fast).
      else if (before) reports.frames[frameId] = before;
    });
    return merge(reports);
  });
}

/** After the tab finished loading: asks its frames again if some reports wait unconfirmed. */
export async function confirmTab(tabId: number, ask: AskFrame): Promise<PageSummary | null> {
  const reports = await load(tabId);
  if (Object.keys(reports.unconfirmed).length === 0) return merge(reports);
  return askTab(tabId, ask);
}

type Answer = { kind: 'answered'; summary: PageSummary } | { kind: 'gone' } | { kind: 'busy' };

function answerOf(tabId: number, frameId: number, ask: AskFrame): Promise<Answer> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'busy' }), ANSWER_TIMEOUT_MS);
    ask(tabId, frameId)
      .then(
        (summary) => resolve({ kind: 'answered', summary }),
        () => resolve({ kind: 'gone' }),
      )
      .finally(() => clearTimeout(timer));
  });
}

/** Forgets a tab (closed). */
export function forgetTab(tabId: number): Promise<void> {
  return changeTab(tabId, (reports) => {
    reports.frames = {};
    reports.unconfirmed = {};
  });
}

/** The tab's merged report as last known, without asking its frames; null if none is known. */
export async function knownReport(tabId: number): Promise<PageSummary | null> {
  return merge(await load(tabId));
}

/**
 * The top frame's summary with the figures of every frame added up; null if no frame reported.
 * The page (URL, title, date) is only ever the top frame's: a subframe's own page never stands for
 * the tab's, so it cannot name the site the popup offers to pause.
 */
function merge(reports: TabReports): PageSummary | null {
  const frames = Object.entries(reports.frames);
  if (frames.length === 0) return null;
  const top = reports.frames[0]?.summary;
  // Pausing is per tab (the top frame's site): a paused top frame means no frame marks anything.
  if (top && !top.active) return { ...top, figures: [] };
  const counts = new Map<string, number>();
  for (const [, { summary }] of frames) {
    for (const figure of summary.figures)
      counts.set(figure.id, (counts.get(figure.id) ?? 0) + figure.count);
  }
  const figures: PageFigure[] = [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const page = top ?? {
    url: '',
    title: '',
    date: null,
    active: frames.some(([, { summary }]) => summary.active),
  };
  return { ...page, figures };
}
