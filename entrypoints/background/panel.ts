/**
 * Opening the side panel (Chrome) or sidebar (Firefox) from something the reader did in a page:
 * a click on the card's "Open background", the context menu. Both browsers allow it only while the
 * user gesture lasts, so `open()` is called first and synchronously; the figure travels through
 * storage.session (utils/panel-requests.ts), which the panel reads when it loads and follows after.
 * Where the browser refuses, the card shows the same view in an in-page drawer
 * (entrypoints/content/card/drawer.ts).
 */
import { browser } from 'wxt/browser';
import { requestPanel } from '@/utils/panel-requests';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/** How long the browser may take to open its panel before the card's drawer is used instead. */
const OPEN_TIMEOUT_MS = 1500;

/** Opens the panel of `tabId` on a figure or a search; resolves false when the browser refused. */
export function openPanelFor(
  tabId: number,
  request: { figureId: string } | { query: string },
): Promise<boolean> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  let opened: Promise<void>;
  try {
    // Nothing may be awaited before this call: the user gesture ends at the first await.
    opened = sidePanel ? sidePanel.open({ tabId }) : sidebar ? sidebar.open() : Promise.reject();
  } catch (error) {
    opened = Promise.reject(error);
  }
  const handedOver = requestPanel(tabId, request);
  // A panel that neither opens nor refuses (seen in headless Firefox) counts as refused, so the
  // card's drawer still shows the background.
  const settled = Promise.race([
    opened,
    new Promise<never>((_, reject) => setTimeout(reject, OPEN_TIMEOUT_MS)),
  ]);
  return Promise.all([settled, handedOver]).then(
    () => true,
    () => false,
  );
}
