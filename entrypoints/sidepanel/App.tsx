/** The side panel: a figure's full background (deep link `#/figure/<id>`) or the tab overview. */
import { useEffect, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { parseRoute } from '@/components/panel-route';
import { FigureView } from './figure/FigureView';
import { HomeView } from './HomeView';

export function App() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main>
      <Brand subtitle="Background" />
      {route.name === 'figure' ? <FigureView figureId={route.figureId} /> : <HomeView />}
    </main>
  );
}
