import { render } from 'preact';
import '@/components/theme.css';
import './sidepanel.css';
import { App } from './App';
import { localisePage, t } from '@/utils/i18n';

localisePage(`${t('extName')} — ${t('panel_tagline')}`);

render(<App />, document.getElementById('app')!);
