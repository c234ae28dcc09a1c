import { render } from 'preact';
import '@/components/theme.css';
import './sidepanel.css';
import { App } from './App';
import { localisePage, t } from '@/utils/i18n';
import { DRAWER_CLOSE } from '@/components/panel-route';

localisePage(`${t('extName')} — ${t('panel_tagline')}`);

// In a page's drawer, Escape that nothing here used (an open search list closes first) closes it.
if (new URLSearchParams(location.search).has('drawer') && window.parent !== window) {
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented)
      window.parent.postMessage(DRAWER_CLOSE, '*');
  });
}

render(<App />, document.getElementById('app')!);
