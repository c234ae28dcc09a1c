/** The toolbar popup: the store's status, who is on this tab, who was met recently, the newest stored articles, search, and the site switch. */
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { ErrorNote } from '@/components/ErrorNote';
import { useTabSummary } from '@/components/hooks/use-tab-summary';
import { openPanel } from '@/components/tabs';
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
      <Brand subtitle="Who's who in North Korea diplomacy" />
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
          Open side panel
        </button>
        <button class="link" type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Article store &amp; settings
        </button>
      </footer>
    </main>
  );
}
