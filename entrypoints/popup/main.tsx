import { render } from 'preact';
import '@/components/theme.css';
import './popup.css';
import { App } from './App';
import { startPreparingStore } from '@/components/data/store-client';
import { localisePage, t } from '@/utils/i18n';

startPreparingStore();
localisePage(t('extName'));

render(<App />, document.getElementById('app')!);
