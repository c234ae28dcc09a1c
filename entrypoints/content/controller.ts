/**
 * The content script's life in one frame: scan when active, go quiet when paused, rescan when
 * the page grows. Everything it starts is tied to WXT's context so a reloaded extension's old
 * script falls silent instead of throwing.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  backgroundToContent,
  createReceiver,
  inbound,
  sendFromContent,
  type PageSummary,
} from '@/utils/protocol';
import { MAX_PAGE_FIGURES, MAX_PAGE_TITLE_CHARS, MAX_URL_CHARS } from '@/utils/validate/limits';
import {
  addPageOverride,
  getPageOverrides,
  NO_OVERRIDES,
  watchPageOverrides,
  type PageOverrides,
} from '@/utils/page-overrides';
import { getSettings, isActiveOn, watchSettings, type Settings } from '@/utils/settings';
import { startCard } from './card';
import { isOwnNode } from './card/mount';
import { createHighlighter } from './highlights';
import { pageDate } from './page-date';
import { EMPTY_SCAN, scanFrame, type ScanResult } from './scanner';
import { publishTestSignal } from './test-signal';

/** Mutations are batched: the observer only queues, the rescan runs after the page settles. */
const RESCAN_DELAY_MS = 400;

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const highlighter = createHighlighter(doc);
  const date = pageDate(doc);
  let active = false;
  let last: ScanResult = EMPTY_SCAN;
  let scans = 0;
  let pending: number | undefined;
  let tabId = -1;
  let overrides: PageOverrides = NO_OVERRIDES;

  const summary = (): PageSummary => ({
    url: location.href.slice(0, MAX_URL_CHARS),
    title: doc.title.slice(0, MAX_PAGE_TITLE_CHARS),
    date,
    active,
    figures: active ? last.figures.slice(0, MAX_PAGE_FIGURES) : [],
  });

  const report = () => {
    const { figures, marks, ms } = last;
    publishTestSignal(doc, {
      state: active ? 'active' : 'paused',
      tabId,
      scans,
      figures,
      marks,
      ms,
    });
    void sendFromContent('content.report', summary()).catch(() => {});
  };

  const scan = () => {
    pending = undefined;
    if (!active || !ctx.isValid || !doc.body) return;
    last = scanFrame(doc.body, date, highlighter, overrides);
    scans += 1;
    report();
  };

  const apply = (settings: Settings) => {
    const next = isActiveOn(settings, location.hostname);
    if (next === active) return;
    active = next;
    if (active) scan();
    else {
      card.close();
      highlighter.clear();
      last = EMPTY_SCAN;
      report();
    }
  };

  const card = startCard(ctx, {
    mentions: () => last.mentions,
    pageDate: date,
    isActive: () => active,
    correct: async (kind, choice) => {
      overrides = await addPageOverride(location.href, kind, choice);
      scan();
    },
  });

  const observer = new MutationObserver((records) => {
    // Opening and closing the card adds and removes our own host: not a change of the page.
    const ours = records.every(
      (r) =>
        r.type === 'childList' &&
        [...r.addedNodes, ...r.removedNodes].every((node) => isOwnNode(node)),
    );
    if (!ours && active && pending === undefined) pending = ctx.setTimeout(scan, RESCAN_DELAY_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  // Only the background and our own pages may ask (never another extension, never a tab).
  const onMessage = createReceiver<Browser.runtime.MessageSender>(
    (sender) => sender.id === browser.runtime.id,
    [
      inbound(
        backgroundToContent,
        {
          'background.pageSummary': async () => summary(),
          'background.openCard': async () => ({ opened: card.openFromKeyboard() }),
        },
        (sender) => !sender.tab,
        (type) => `“${type}” is accepted only from Backchannel's background.`,
      ),
    ],
  );
  browser.runtime.onMessage.addListener(onMessage);

  const unwatch = watchSettings(apply);
  // A correction made elsewhere (the side panel, another tab of the same page) applies here too.
  const unwatchOverrides = watchPageOverrides(location.href, (next) => {
    overrides = next;
    scan();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    unwatch();
    unwatchOverrides();
    card.close();
    browser.runtime.onMessage.removeListener(onMessage);
    highlighter.destroy();
  });

  try {
    tabId = (await sendFromContent('content.hello', { url: location.href.slice(0, MAX_URL_CHARS) }))
      .tabId;
  } catch {
    // The background is reloading; the scan still works and reports once it is back.
  }
  const [settings, saved] = await Promise.all([getSettings(), getPageOverrides(location.href)]);
  if (!ctx.isValid) return;
  overrides = saved;
  apply(settings);
  if (!active) report();
}
