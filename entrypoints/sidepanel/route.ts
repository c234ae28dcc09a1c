/** The side panel's deep links: `#/figure/<figure-id>`, or `#/` for the tab overview. */
export type Route = { name: 'home' } | { name: 'figure'; figureId: string };

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
