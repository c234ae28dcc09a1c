/** The toolbar popup: the store's status, who is on this tab, who was met recently, the newest stored articles, search, and the site switch. */
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { ErrorNote } from '@/components/ErrorNote';
import { useTabSummary } from '@/components/hooks/use-tab-summary';
import { openPanel } from '@/components/tabs';
import { t } from '@/utils/i18n';
import { OnThisTab } from './OnThisTab';
import { RecentlySeen } from './RecentlySeen';
import { SiteSwitch } from './SiteSwitch';
import { StatusLine } from './StatusLine';
import { StoreSearch } from './StoreSearch';

export function App() {
  const tab = useTabSummary();
  const tabId = tab.tabId ?? null;
  return (
    <main>
      <Brand heading subtitle={t('popup_tagline')} />
      <StatusLine />
      <SiteSwitch summary={tab.summary} onChanged={() => setTimeout(tab.refresh, 300)} />
      <OnThisTab summary={tab.summary} loading={tab.loading} tabId={tabId} />
      <ErrorNote error={tab.error} />
      <RecentlySeen tabId={tabId} />
      <StoreSearch />
      <footer>
        <button
          class="link"
          type="button"
          onClick={() => void openPanel('sidepanel.html#/', tabId)}
        >
          {t('popup_openSidePanel_button')}
        </button>
        <button class="link" type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_storeAndSettings_button')}
        </button>
      </footer>
    </main>
  );
}
