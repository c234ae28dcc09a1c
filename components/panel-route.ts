/** The side panel's deep links: `#/figure/<figure-id>`, or `#/` for the tab overview. Built and read only here. */
export type Route =
  { name: 'home' } | { name: 'figure'; figureId: string } | { name: 'search'; query: string };

/** The hash that opens a figure's view inside the panel. */
export function figureHref(figureId: string): string {
  return `#/figure/${encodeURIComponent(figureId)}`;
}

/** The panel page with a figure's view open (for `sidePanel.setOptions`, tabs, links from other pages). */
export function figurePanelPath(figureId: string): string {
  return `sidepanel.html${figureHref(figureId)}`;
}

/** The hash of the panel's search for `query` (at most 200 characters). */
export function searchHref(query: string): string {
  return `#/search/${encodeURIComponent(query.slice(0, 200))}`;
}

/** Parses a location hash; anything unrecognised is the home view. */
export function parseRoute(hash: string): Route {
  try {
    const figure = /^#\/figure\/([^/?#]{1,64})$/.exec(hash);
    if (figure) return { name: 'figure', figureId: decodeURIComponent(figure[1]!) };
    const search = /^#\/search\/([^#]{1,800})$/.exec(hash);
    const query = search ? decodeURIComponent(search[1]!).trim() : '';
    if (query) return { name: 'search', query: query.slice(0, 200) };
  } catch {
    // A malformed escape: not a route we made.
  }
  return { name: 'home' };
}

/**
 * What the panel app, shown in a page's in-page drawer, posts to that page when the reader presses
 * Escape inside it (keys in the frame never reach the page). The content script closes the drawer
 * only for this exact value from its own drawer frame's window; the page sees nothing more than
 * the drawer it already shows.
 */
export const DRAWER_CLOSE = 'drawer:close';
