/**
 * The content script's life in one frame. It touches nothing on the page and sends nothing until
 * it knows it is active (settings read, the tab's site not paused); then it scans in slices, marks,
 * follows the page's changes and navigations, and reports to the background when the figures
 * change. Paused or off, it stops everything, removes its marks and falls silent. Everything it
 * starts is tied to WXT's context, so a reloaded extension's old script stops instead of throwing.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSummary } from '@/utils/protocol';
// Not through the protocol's index, which holds the schemas: see content-inbound.ts.
import { contentInbound } from '@/utils/protocol/content-inbound';
import { createReceiver } from '@/utils/protocol/receive';
import { sendFromContent } from '@/utils/protocol/send';
import { MAX_PAGE_FIGURES, MAX_PAGE_TITLE_CHARS, MAX_URL_CHARS } from '@/utils/validate/limits';
import {
  addPageOverride,
  getPageOverrides,
  NO_OVERRIDES,
  watchPageOverrides,
  type PageOverrides,
} from '@/utils/page-overrides';
import { getSettings, watchSettings, type Settings } from '@/utils/settings';
import { activeFor, needsSite, TabSite } from './activity';
import { startCard } from './card';
import { createHighlighter } from './highlights';
import { MutationLog } from './mutations';
import { pageDate } from './page-date';
import { PassScheduler, type PassKind } from './passes';
import { Scanner } from './scanner';
import { asOurTask, detach, later, ourTasks } from './slices';
import { createMentionPointer } from './show-mention';
import { publishTestSignal } from './test-signal';

/**
 * The background hears of another figure (or page) at most this often, and of new counts alone
 * at most every COUNTS_INTERVAL_MS: a growing feed changes them with every batch, and each
 * report costs the page's thread about a millisecond (runtime.sendMessage) and wakes the
 * background.
 */
const REPORT_INTERVAL_MS = 1000;
const COUNTS_INTERVAL_MS = 5000;
/** After the reader stops scrolling, marks move to the mentions near them (capped pages only). */
const SCROLL_SETTLE_MS = 250;

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const view = window;
  let settings: Settings | undefined;
  let active = false;
  let date = pageDate(doc);
  let overrides: PageOverrides = NO_OVERRIDES;
  let unwatchOverrides: (() => void) | undefined;
  let pageKey = '';
  let tabId = -1;
  /** The hello's answer (the tab id) is awaited before the first signal of an active frame. */
  let hello: 'unsent' | 'waiting' | 'done' = 'unsent';
  let reported = '';
  let scans = 0;
  let fullScans = 0;
  let sent = 0;

  const scanner = new Scanner({
    doc,
    highlighter: createHighlighter(doc),
    date: () => date,
    overrides: () => overrides,
    enteredShadowRoot: (root) => log.observe(root),
    viewportMarked: () => signal('viewport'),
  });
  const log = new MutationLog(doc, () => passes.noteChange());
  const passes = new PassScheduler(
    ctx,
    (kind) => {
      if (kind === 'mark') return scanner.remarkSteps();
      if (kind === 'viewport') return scanner.followViewportSteps();
      const moved = urlKey() !== pageKey;
      if (moved) navigated();
      if (kind === 'full' || moved) {
        log.take(); // the full read covers every change so far
        return scanner.fullPass();
      }
      return scanner.changePass(log.take());
    },
    () => log.overflowed,
    (kind) => passEnded(kind),
  );

  const summary = (): PageSummary => ({
    url: location.href.slice(0, MAX_URL_CHARS),
    title: doc.title.slice(0, MAX_PAGE_TITLE_CHARS),
    date,
    active,
    figures: active ? scanner.result.figures.slice(0, MAX_PAGE_FIGURES) : [],
  });

  const signal = (phase?: 'viewport') => {
    if (import.meta.env.MODE !== 'test') return;
    // A pass's signal waits for the hello's answer (tests read the tab id from the first one).
    if (active && hello === 'waiting' && !phase) return;
    const { figures, marks, ms } = scanner.result;
    publishTestSignal(doc, {
      state: active ? 'active' : 'paused',
      tabId,
      scans,
      fullScans,
      figures,
      marks,
      ms,
      records: log.total,
      sent,
      phase,
      at: performance.now(),
      tasks: ourTasks.count,
      busyMs: ourTasks.totalMs,
      busyByKind: ourTasks.byKind,
      longestTaskMs: ourTasks.longestMs,
      longestStep: ourTasks.longestStep,
      errors: ourTasks.errors,
      firstError: ourTasks.firstError,
      lastFull: scanner.lastFull,
      lastChange: scanner.lastChange,
      capped: scanner.capped,
    });
  };

  const send: typeof sendFromContent = (type, payload) => {
    sent += 1;
    return sendFromContent(type, payload);
  };
  const tabSite = new TabSite(view, send);

  /**
   * Tells the background who is on this frame, only when that changed (never while inactive):
   * another figure within REPORT_INTERVAL_MS of the last report, new counts alone within
   * COUNTS_INTERVAL_MS.
   */
  let reportTimer: number | undefined;
  let reportDue = Infinity;
  let reportedAt = -Infinity;
  let reportedIds = '';
  const report = () => {
    if (!active) return;
    const next = summary();
    const key = JSON.stringify([next.url, next.figures]);
    if (key === reported) return;
    // Which figures, whatever their order (figures come in count order).
    const figureIds: string[] = [];
    for (const figure of next.figures) figureIds.push(figure.id);
    const ids = JSON.stringify([next.url, figureIds.sort()]);
    const now = performance.now();
    const due = reportedAt + (ids === reportedIds ? COUNTS_INTERVAL_MS : REPORT_INTERVAL_MS);
    if (reportTimer !== undefined) {
      if (reportDue <= due) return; // already asked for in time
      clearTimeout(reportTimer);
      reportTimer = undefined;
    }
    if (due > now) {
      reportDue = due;
      reportTimer = later(
        ctx,
        asOurTask('report', () => {
          reportTimer = undefined;
          report();
        }),
        due - now,
      );
      return;
    }
    reported = key;
    reportedIds = ids;
    reportedAt = now;
    void send('content.report', next).catch(() => {});
  };

  const passEnded = (kind: PassKind) => {
    if (kind === 'full' || kind === 'changes') scans += 1;
    if (kind === 'full') fullScans += 1;
    report();
    // Test builds: signalled once this task of ours is timed (the signal itself is not ours to count).
    if (import.meta.env.MODE === 'test') queueMicrotask(() => signal());
  };

  /** The page's address without its fragment: a new one means a new page (an SPA navigation). */
  const urlKey = () => location.href.replace(/#.*$/, '');

  const loadOverrides = async () => {
    unwatchOverrides?.();
    const url = location.href;
    // A correction made elsewhere (the side panel, another tab of the same page) applies here too.
    unwatchOverrides = watchPageOverrides(
      url,
      asOurTask('overrides', (next: PageOverrides) => {
        overrides = next;
        if (active) void passes.requestMark('mark');
        else signal();
      }),
    );
    const saved = await getPageOverrides(url);
    const none = (o: PageOverrides) => o.chosen.length === 0 && o.notThis.length === 0;
    if (url === location.href && active && !(none(saved) && none(overrides))) {
      overrides = saved;
      void passes.requestMark('mark');
    }
  };

  /** A new page in the same document: forget the old one, read the new one. */
  const navigated = () => {
    pageKey = urlKey();
    date = pageDate(doc);
    overrides = NO_OVERRIDES;
    detach(loadOverrides());
    card.close();
  };

  const sayHello = () => {
    hello = 'waiting';
    const settle = () => {
      hello = 'done';
      signal();
    };
    void send('content.hello', { url: location.href.slice(0, MAX_URL_CHARS) }).then((answer) => {
      tabId = answer.tabId;
      settle();
    }, settle); // the background is reloading: the scan works without it
  };

  const activate = () => {
    active = true;
    pageKey = urlKey();
    date = pageDate(doc);
    if (hello === 'unsent') sayHello();
    log.start();
    detach(loadOverrides());
    passes.requestFull(true);
  };

  const deactivate = () => {
    active = false;
    passes.stop();
    log.stop();
    unwatchOverrides?.();
    unwatchOverrides = undefined;
    overrides = NO_OVERRIDES;
    card.close();
    scanner.clear();
    reported = '';
    reportedIds = '';
    if (reportTimer !== undefined) clearTimeout(reportTimer);
    reportTimer = undefined;
    signal();
  };

  let deciding = 0;
  const apply = async (next: Settings) => {
    settings = next;
    const ticket = ++deciding;
    const site = needsSite(next) ? await tabSite.get() : null;
    if (ticket !== deciding || !ctx.isValid) return; // newer settings arrived meanwhile
    const shouldBe = activeFor(next, site);
    if (shouldBe === active) return;
    if (shouldBe) activate();
    else deactivate();
  };

  const card = startCard(ctx, {
    mentions: () => scanner.result.mentions,
    get pageDate() {
      return date;
    },
    isActive: () => active,
    tabId: () => (tabId >= 0 ? tabId : null),
    correct: async (kind, choice) => {
      overrides = await addPageOverride(location.href, kind, choice);
      // Resolves once the marks and the index show the correction, as the card expects.
      if (active) await passes.requestMark('mark');
    },
  });

  // SPA navigations: the Navigation API where there is one, history traversal everywhere; a
  // pushState without the former is caught by the next change pass (it compares the URL).
  const onNavigation = asOurTask('navigation', () => {
    if (active && urlKey() !== pageKey) passes.requestFull(false);
  });
  const navigation = (view as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'currententrychange', onNavigation);
  ctx.addEventListener(view, 'popstate', onNavigation);

  let scrollTimer: number | undefined;
  ctx.addEventListener(
    view,
    'scroll',
    () => {
      if (!active || !scanner.capped) return;
      if (scrollTimer !== undefined) clearTimeout(scrollTimer);
      scrollTimer = later(
        ctx,
        asOurTask('scroll', () => {
          scrollTimer = undefined;
          void passes.requestMark('viewport');
        }),
        SCROLL_SETTLE_MS,
      );
    },
    { passive: true },
  );

  const pointer = createMentionPointer(ctx, doc, () => scanner.result.mentions);

  // Only the background and our own pages may ask (never another extension, never a tab).
  const onMessage = createReceiver<Browser.runtime.MessageSender>(
    (sender) => sender.id === browser.runtime.id,
    [
      contentInbound(
        {
          'background.pageSummary': async () => summary(),
          'background.openCard': async () => ({ opened: card.openFromKeyboard() }),
          'background.showMention': async ({ figureId }) =>
            active ? pointer.show(figureId) : null,
          'background.mentionTexts': async ({ figureId }) => pointer.texts(figureId),
        },
        (sender) => !sender.tab,
        (type) => `“${type}” is accepted only from Backchannel's background.`,
      ),
    ],
  );
  browser.runtime.onMessage.addListener(onMessage);

  const unwatch = watchSettings(asOurTask('settings', (next: Settings) => detach(apply(next))));
  ctx.onInvalidated(() => {
    passes.stop();
    log.stop();
    unwatch();
    unwatchOverrides?.();
    card.close();
    browser.runtime.onMessage.removeListener(onMessage);
    scanner.clear();
  });

  const first = await getSettings();
  if (!ctx.isValid) return;
  await apply(settings ?? first);
  if (!active) signal();
}
