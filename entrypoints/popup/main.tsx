import { render } from 'preact';
import '@/components/theme.css';
import './popup.css';
import { App } from './App';
import { localisePage, t } from '@/utils/i18n';

localisePage(t('extName'));

render(<App />, document.getElementById('app')!);
