import { render } from 'preact';
import '@/components/theme.css';
import './options.css';
import { App } from './App';
import { localisePage, t } from '@/utils/i18n';

localisePage(`${t('extName')} — ${t('options_tagline')}`);

render(<App />, document.getElementById('app')!);
