/** The side panel: the followed tab's figures, a figure's full background (`#/figure/<id>`), or a search. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { figureHref, parseRoute, searchHref, type Route } from '@/components/panel-route';
import { t } from '@/utils/i18n';
import { latestPanelRequest, watchPanelRequests, type PanelRequest } from '@/utils/panel-requests';
import { FigureView } from './figure/FigureView';
import { FollowedTabProvider, useFollowedTab } from './followed-tab';
import { HomeView } from './home/HomeView';
import { lastFigure, rememberFigure } from './last-figure';
import { SearchBox } from './search/SearchBox';
import { SearchView } from './search/SearchView';

/** Shows what a page asked for: "Open background" on a card, "Look up in Backchannel". */
function follow(request: PanelRequest | null): void {
  if (!request) return;
  go('figureId' in request ? figureHref(request.figureId) : searchHref(request.query));
}

function go(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}

/** Remembers a figure (or the overview) as what the panel of `tabId` showed; a search is not kept. */
function remember(tabId: number, route: Route): void {
  if (route.name === 'search') return;
  void rememberFigure(tabId, route.name === 'figure' ? route.figureId : null).catch(() => {});
}

function useRoute() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

/** In the card's in-page drawer the app shows the one figure it was opened on: no per-tab memory. */
const IN_DRAWER = new URLSearchParams(location.search).has('drawer');

function Panel() {
  const route = useRoute();
  const { tabId } = useFollowedTab();
  const shownFor = useRef<number | null | undefined>(undefined);
  /** False while the panel decides what to show for a newly followed tab (nothing is remembered then). */
  const settled = useRef(false);

  // A new tab in view: its pending request, else the figure last shown for it, else its overview.
  useEffect(() => {
    if (tabId === undefined || IN_DRAWER) return;
    const first = shownFor.current === undefined;
    shownFor.current = tabId;
    settled.current = false;
    if (tabId === null) return;
    let live = true;
    void (async () => {
      // On opening, a deep link (a figure, a search) stands; a bare panel shows what a page asked for.
      const blank = !location.hash || location.hash === '#/';
      const request = first && blank ? await latestPanelRequest(tabId) : null;
      const keep = first && !blank;
      const figureId = request || keep ? null : await lastFigure(tabId);
      if (!live) return;
      settled.current = true;
      if (request) follow(request);
      else if (!keep && parseRoute(location.hash).name !== 'search')
        go(figureId ? figureHref(figureId) : '#/');
      remember(tabId, parseRoute(location.hash));
    })();
    const unwatch = watchPanelRequests(tabId, follow);
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId]);

  // What the panel shows for this tab is what it will show when the reader comes back to it.
  useEffect(() => {
    if (typeof tabId === 'number' && settled.current && !IN_DRAWER) remember(tabId, route);
  }, [route]);

  return (
    <main>
      <Brand heading={route.name === 'home'} subtitle={t('panel_tagline')} />
      <SearchBox
        key={route.name === 'search' ? route.query : ''}
        initial={route.name === 'search' ? route.query : ''}
      />
      {route.name === 'figure' ? (
        <FigureView figureId={route.figureId} />
      ) : route.name === 'search' ? (
        <SearchView query={route.query} />
      ) : (
        <HomeView />
      )}
    </main>
  );
}

export function App() {
  return (
    <FollowedTabProvider>
      <Panel />
    </FollowedTabProvider>
  );
}
