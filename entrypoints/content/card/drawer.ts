/**
 * The in-page drawer: where the browser will not open its own panel from a page (Firefox's
 * `sidebarAction.open()` from a content-script message; a Chrome whose `sidePanel.open()`
 * throws), "Open background" shows the side panel's figure view here instead. The view is the
 * real panel page in an extension-origin frame — the page can neither read the reader's store
 * through it nor style it — inside a closed shadow root, like the card. Escape (on our controls,
 * or inside the frame, which posts `DRAWER_CLOSE` to us) and the close button close it; focus stays inside while it is open and goes back where it was after.
 */
import { createRef, h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { DRAWER_CLOSE, figureHref } from '@/components/panel-route';
import DRAWER_CSS from './drawer.css?inline';
import { DrawerView } from './DrawerView';
import { createOwnHost, pageIsDark, showInTopLayer } from './mount';

export interface Drawer {
  /**
   * Shows the figure's background for the page of `tabId`; focus moves to the drawer and comes
   * back to `returnFocus`.
   */
  open(figureId: string, name: string, returnFocus: HTMLElement | null, tabId: number | null): void;
  close(): void;
  isOpen(): boolean;
}

export function createDrawer(ctx: ContentScriptContext, doc: Document): Drawer {
  let open: { host: HTMLElement; root: HTMLElement; returnFocus: HTMLElement | null } | null = null;
  const closeRef = createRef<HTMLButtonElement>();
  const frameRef = createRef<HTMLIFrameElement>();

  const close = () => {
    if (!open) return;
    const { host, root, returnFocus } = open;
    open = null;
    render(null, root);
    host.remove();
    if (returnFocus?.isConnected) returnFocus.focus();
  };

  // Keys reach us while focus is on the drawer's own controls (the frame's keys stay in the frame);
  // Tab moves between Close and the frame, wrapped by the view's focus guards.
  ctx.addEventListener(
    doc,
    'keydown',
    (event: KeyboardEvent) => {
      if (!open || event.target !== open.host) return;
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      }
    },
    { capture: true },
  );
  // Focus that leaves the drawer for the page (Tab out of the frame) comes back to it.
  ctx.addEventListener(
    doc,
    'focusin',
    (event: FocusEvent) => {
      if (open && event.target !== open.host) closeRef.current?.focus();
    },
    { capture: true },
  );
  // Escape pressed inside the frame: only our frame's window, from our origin, with our one value.
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (!open || event.data !== DRAWER_CLOSE || event.origin !== ownOrigin) return;
    if (event.source !== null && event.source === frameRef.current?.contentWindow) close();
  });
  ctx.onInvalidated(close);

  return {
    open(figureId, name, returnFocus, tabId) {
      close();
      const { host, root } = createOwnHost(doc, DRAWER_CSS);
      root.classList.toggle('dark', pageIsDark(doc));
      // `?drawer`: the framed page reads the store through the background (no storage of its own
      // here); `tabId`: the page it shows the figure for (a frame in a page has no tabs API to ask).
      const params = tabId === null ? 'drawer' : `drawer&tabId=${tabId}`;
      const src = `${browser.runtime.getURL('/sidepanel.html')}?${params}${figureHref(figureId)}`;
      render(h(DrawerView, { name, src, close, closeRef, frameRef }), root);
      doc.documentElement.append(host);
      showInTopLayer(root);
      open = { host, root, returnFocus };
      closeRef.current?.focus();
    },
    close,
    isOpen: () => open !== null,
  };
}
