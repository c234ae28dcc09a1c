/** Which browser tab an extension page is about, and how to open the side panel on a figure. */
import { browser } from 'wxt/browser';
import { figurePanelPath } from './panel-route';

/** The tab the page speaks of: `?tabId=N` when given (tests, links), else the active tab. */
export async function targetTabId(search = location.search): Promise<number | null> {
  const given = new URLSearchParams(search).get('tabId');
  const fromQuery = Number(given);
  if (given !== null && given !== '' && Number.isInteger(fromQuery) && fromQuery >= 0)
    return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

interface ChromeSidePanel {
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(details: { panel: string }): Promise<void>;
}

/** Opens the side panel on a figure (see openPanel). */
export function openFigurePanel(figureId: string, tabId: number | null): Promise<unknown> {
  return openPanel(figurePanelPath(figureId), tabId);
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) at `path`, else a tab. Must run inside the
 * click handler: both browsers require a user gesture, so nothing is awaited before `open`.
 */
export function openPanel(path: string, tabId: number | null): Promise<unknown> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel && tabId !== null) {
    const set = sidePanel.setOptions({ tabId, path, enabled: true });
    return Promise.all([set, sidePanel.open({ tabId })]);
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) {
    const opened = sidebar.open();
    return Promise.all([opened, sidebar.setPanel({ panel: `/${path}` })]);
  }
  return browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/sidepanel.html') });
}
