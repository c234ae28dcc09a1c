/** What the background does with frames' reports besides keeping them: the tab's page, and the reading history. */
import type { Browser } from 'wxt/browser';
import { sendToContent, type PageSummary } from '@/utils/protocol';
import { recordSeen } from '@/utils/reading-history';
import { getSettings, isActiveOn, siteOfUrl } from '@/utils/settings';
import { askTab, knownReport } from './tab-reports';

/** Asks one frame of a tab for its summary. */
export function askFrame(tabId: number, frameId: number): Promise<PageSummary> {
  return sendToContent(tabId, 'background.pageSummary', {}, frameId);
}

/**
 * The URL of the sender's tab's page: the browser's when it says (it does only with the `tabs`
 * permission), a top frame's own, else what the tab's top frame reported or answers now. Never a
 * subframe's own URL, so an embedded frame cannot stand for the page's site; null when unknown.
 */
export async function tabPageUrl(sender: Browser.runtime.MessageSender): Promise<string | null> {
  if (sender.tab?.url) return sender.tab.url;
  if ((sender.frameId ?? 0) === 0) return sender.url ?? null;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  const known = (await knownReport(tabId))?.url || (await askTab(tabId, askFrame))?.url;
  return known || null;
}

/**
 * Adds the figures of a tab to the reading history, under its top page, unless the page's site is
 * paused or Backchannel is off (private windows are left out by the caller, which knows the tab).
 */
export async function noteSeen(merged: PageSummary): Promise<void> {
  const site = siteOfUrl(merged.url);
  if (!site || !merged.active || merged.figures.length === 0) return;
  if (!isActiveOn(await getSettings(), site)) return;
  await recordSeen({
    url: merged.url,
    title: merged.title,
    figureIds: merged.figures.map((figure) => figure.id),
  });
}
