/** The side panel: a figure's full background (`#/figure/<id>`), a search, or the tab overview. */
import { useEffect, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { figureHref, parseRoute, searchHref } from '@/components/panel-route';
import { targetTabId } from '@/components/tabs';
import { t } from '@/utils/i18n';
import { latestPanelRequest, watchPanelRequests, type PanelRequest } from '@/utils/panel-requests';
import { FigureView } from './figure/FigureView';
import { HomeView } from './HomeView';
import { SearchView } from './SearchView';

/** Shows what a page asked for: "Open background" on a card, "Look up in Backchannel". */
function follow(request: PanelRequest | null): void {
  if (!request) return;
  const hash = 'figureId' in request ? figureHref(request.figureId) : searchHref(request.query);
  if (location.hash !== hash) location.hash = hash;
}

export function App() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    let unwatch = () => {};
    let live = true;
    void targetTabId().then(async (tabId) => {
      if (tabId === null || !live) return;
      unwatch = watchPanelRequests(tabId, follow);
      if (!location.hash || location.hash === '#/') follow(await latestPanelRequest(tabId));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return (
    <main>
      <Brand heading={route.name === 'home'} subtitle={t('panel_tagline')} />
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
