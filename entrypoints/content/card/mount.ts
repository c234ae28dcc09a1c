/**
 * Where the card lives: a plain element of ours with a CLOSED shadow root. Page scripts can see
 * the host while a card is open, never what is inside it (the reader's stored headlines stay
 * private), and the page's CSS cannot reach in. The root goes to the top layer (popover) where
 * the browser has it, so no page z-index or overflow can hide it.
 */
import { render, type VNode } from 'preact';
import CARD_CSS from './card.css?inline';

export interface CardSurface {
  /** Renders `view` and places it next to `anchor` (a viewport rectangle), flipping at the edges. */
  show(view: VNode, anchor: DOMRect): void;
  /** Moves the open card to a new anchor (after a scroll). */
  place(anchor: DOMRect): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether a node (e.g. from a pointer event's composed path) belongs to the card. */
  contains(target: EventTarget | null): boolean;
  /** Focuses the card's first action ("Open background", or the first choice). */
  focusFirst(): void;
  /** The card's buttons and where they are (for test builds' signal: the root is closed); none in other builds. */
  buttons(): { name: string; x: number; y: number }[];
  destroy(): void;
}

/** Elements Backchannel put into the page (the card's host), so the page's observers can ignore them. */
const ownNodes = new WeakSet<Node>();

/** Whether `node` is an element Backchannel inserted. */
export function isOwnNode(node: Node): boolean {
  return ownNodes.has(node);
}

/** Parsed style sheets per document and text: each card or drawer host adopts the same one. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

function sheetFor(doc: Document, css: string): CSSStyleSheet {
  let byText = sheets.get(doc);
  if (!byText) sheets.set(doc, (byText = new Map()));
  let sheet = byText.get(css);
  if (!sheet) {
    sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(css);
    byText.set(css, sheet);
  }
  return sheet;
}

/**
 * A host of ours: a plain element with a closed shadow root holding `css`, and a root element
 * inside it in the top layer (`popover`) where the browser has one. Not yet in the page.
 */
export function createOwnHost(
  doc: Document,
  css: string,
): { host: HTMLElement; root: HTMLElement } {
  const host = doc.createElement('div');
  ownNodes.add(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.adoptedStyleSheets = [sheetFor(doc, css)];
  const root = doc.createElement('div');
  root.className = 'root';
  if ('popover' in root) root.setAttribute('popover', 'manual');
  shadow.append(root);
  return { host, root };
}

/** Puts `root` in the top layer if it is not there yet; where the browser cannot, fixed position still works. */
export function showInTopLayer(root: HTMLElement): void {
  if (!root.hasAttribute('popover') || root.matches(':popover-open')) return;
  try {
    root.showPopover();
  } catch {
    // Not in the top layer (an old browser, or the page removed our host).
  }
}

const GAP = 6;
const EDGE = 8;

/** Whether the page looks dark: its background colour, else the reader's system preference. */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element || !view) continue;
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(
      view.getComputedStyle(element).backgroundColor,
    );
    if (!match || (match[4] !== undefined && Number(match[4]) < 0.5)) continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export function createCardSurface(doc: Document): CardSurface {
  let host: HTMLElement | null = null;
  let root: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (root && host?.isConnected) return root;
    ({ host, root } = createOwnHost(doc, CARD_CSS));
    doc.documentElement.append(host);
    return root;
  };

  const place = (anchor: DOMRect) => {
    if (!root) return;
    const view = doc.defaultView!;
    const width = root.offsetWidth || 340;
    const height = root.offsetHeight || 200;
    const below = anchor.bottom + GAP;
    const fitsBelow = below + height <= view.innerHeight - EDGE;
    const top = fitsBelow ? below : Math.max(EDGE, anchor.top - GAP - height);
    const left = Math.min(Math.max(EDGE, anchor.left), view.innerWidth - width - EDGE);
    root.style.setProperty('top', `${Math.round(top)}px`, 'important');
    root.style.setProperty('left', `${Math.round(Math.max(EDGE, left))}px`, 'important');
    root.dataset.side = fitsBelow ? 'below' : 'above';
  };

  return {
    show(view, anchor) {
      // Read before our host goes in: the page's style is usually clean then, so nothing is recomputed.
      const dark = pageIsDark(doc);
      const element = ensure();
      element.classList.toggle('dark', dark);
      render(view, element);
      showInTopLayer(element);
      place(anchor);
    },
    place,
    hide() {
      if (!root || !host) return;
      render(null, root);
      host.remove();
      host = root = null;
    },
    isOpen: () => root !== null && host?.isConnected === true,
    contains(target) {
      return target !== null && (target === host || (root?.contains(target as Node) ?? false));
    },
    focusFirst() {
      root?.querySelector<HTMLElement>('button')?.focus();
    },
    buttons() {
      if (import.meta.env.MODE !== 'test') return [];
      return [...(root?.querySelectorAll('button') ?? [])].map((button) => {
        const box = button.getBoundingClientRect();
        return {
          name: button.textContent ?? '',
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
        };
      });
    },
    destroy() {
      this.hide();
    },
  };
}
