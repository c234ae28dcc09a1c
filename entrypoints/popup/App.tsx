/** The toolbar popup: who is on this tab, the newest stored articles, search, and the site switch. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { ErrorNote } from '@/components/ErrorNote';
import { openPanel, targetTabId } from '@/components/tabs';
import { useAsync } from '@/components/use-async';
import type { PageSummary } from '@/utils/messages';
import { sendFromPage } from '@/utils/messaging';
import { OnThisTab } from './OnThisTab';
import { SiteSwitch } from './SiteSwitch';
import { StoreSearch } from './StoreSearch';

export function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [version, setVersion] = useState(0);
  const tab = useAsync(async () => {
    const id = await targetTabId();
    setTabId(id);
    return id === null ? null : sendFromPage('tab.summary', { tabId: id });
  }, [version]);

  useEffect(() => setSummary(tab.value ?? null), [tab.value]);

  return (
    <main>
      <Brand subtitle="Who's who in North Korea diplomacy" />
      <SiteSwitch
        summary={summary}
        onChanged={() => setTimeout(() => setVersion((n) => n + 1), 300)}
      />
      <OnThisTab summary={summary} loading={tab.loading} tabId={tabId ?? null} />
      <ErrorNote error={tab.error} />
      <StoreSearch />
      <footer>
        <button
          class="link"
          type="button"
          onClick={() => void openPanel('sidepanel.html#/', tabId ?? null)}
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
