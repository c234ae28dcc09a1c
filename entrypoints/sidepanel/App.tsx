/** The side panel: the followed tab's figures, a figure's full background (`#/figure/<id>`), or a search. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { figureHref, parseRoute, searchHref } from '@/components/panel-route';
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

function useRoute() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

function Panel() {
  const route = useRoute();
  const { tabId } = useFollowedTab();
  const shownFor = useRef<number | null | undefined>(undefined);

  // A new tab in view: its pending request, else the figure last shown for it, else its overview.
  useEffect(() => {
    if (tabId === undefined) return;
    const first = shownFor.current === undefined;
    shownFor.current = tabId;
    if (tabId === null) return;
    let live = true;
    void (async () => {
      const request =
        first && !location.hash.startsWith('#/figure/') ? await latestPanelRequest(tabId) : null;
      if (!live) return;
      if (request) return follow(request);
      if (!first || !location.hash || location.hash === '#/') {
        const figureId = await lastFigure(tabId);
        if (live && parseRoute(location.hash).name !== 'search')
          go(figureId ? figureHref(figureId) : '#/');
      }
    })();
    const unwatch = watchPanelRequests(tabId, follow);
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId]);

  // What the panel shows for this tab is what it will show when the reader comes back to it.
  useEffect(() => {
    if (typeof tabId !== 'number' || shownFor.current !== tabId || route.name === 'search') return;
    void rememberFigure(tabId, route.name === 'figure' ? route.figureId : null).catch(() => {});
  }, [tabId, route]);

  return (
    <main>
      <Brand subtitle={t('panel_subtitle')} />
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
