/** The options page: the article store (bundled, import/export/restore), feeds, and per-site switches. */
import type { FunctionComponent } from 'preact';
import { Brand } from '@/components/Brand';
import { t } from '@/utils/i18n';
import { FeedsSection } from './FeedsSection';
import { HistorySection } from './HistorySection';
import { SitesSection } from './SitesSection';
import { StoreSection } from './StoreSection';

/** The page's sections, in order. Add a section here. */
const OPTIONS_SECTIONS: { key: string; Section: FunctionComponent }[] = [
  { key: 'store', Section: StoreSection },
  { key: 'feeds', Section: FeedsSection },
  { key: 'sites', Section: SitesSection },
  { key: 'history', Section: HistorySection },
];

export function App() {
  return (
    <main>
      <Brand heading subtitle={t('options_tagline')} />
      {OPTIONS_SECTIONS.map(({ key, Section }) => (
        <Section key={key} />
      ))}
    </main>
  );
}
