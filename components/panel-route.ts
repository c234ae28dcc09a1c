/** The side panel's deep links: `#/figure/<figure-id>`, or `#/` for the tab overview. Built and read only here. */
export type Route = { name: 'home' } | { name: 'figure'; figureId: string };

/** The hash that opens a figure's view inside the panel. */
export function figureHref(figureId: string): string {
  return `#/figure/${encodeURIComponent(figureId)}`;
}

/** The panel page with a figure's view open (for `sidePanel.setOptions`, tabs, links from other pages). */
export function figurePanelPath(figureId: string): string {
  return `sidepanel.html${figureHref(figureId)}`;
}

/** Parses a location hash; anything unrecognised is the home view. */
export function parseRoute(hash: string): Route {
  const match = /^#\/figure\/([^/?#]{1,64})$/.exec(hash);
  if (!match) return { name: 'home' };
  try {
    return { name: 'figure', figureId: decodeURIComponent(match[1]!) };
  } catch {
    return { name: 'home' };
  }
}
