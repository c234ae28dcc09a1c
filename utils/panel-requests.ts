/**
 * How a page hands a figure to the side panel: the background writes "show this figure" for a tab
 * into `storage.session` (extension contexts only, gone when the browser closes) as it opens the
 * panel; the panel reads it on load and follows later requests for its tab.
 */
import { storage } from 'wxt/utils/storage';

/** What the panel of one tab is asked to show. */
export type PanelRequest = { figureId: string; at: number } | { query: string; at: number };

const keyOf = (tabId: number) => `session:panel-request:${tabId}` as const;

/** Asks the panel of `tabId` to show a figure or a search. Not awaited by callers that must open the panel first. */
export function requestPanel(
  tabId: number,
  request: { figureId: string } | { query: string },
): Promise<void> {
  return storage.setItem<PanelRequest>(keyOf(tabId), { ...request, at: Date.now() });
}

/** The latest request for `tabId`, if any. */
export function latestPanelRequest(tabId: number): Promise<PanelRequest | null> {
  return storage.getItem<PanelRequest>(keyOf(tabId));
}

/** Calls back with every new request for `tabId`; returns the unsubscribe function. */
export function watchPanelRequests(
  tabId: number,
  callback: (request: PanelRequest) => void,
): () => void {
  return storage.watch<PanelRequest>(keyOf(tabId), (request) => {
    if (request) callback(request);
  });
}

/** Forgets a closed tab's request. */
export function forgetPanelRequest(tabId: number): Promise<void> {
  return storage.removeItem(keyOf(tabId));
}
