/** Which tab a page is about and who is on it, refreshed on demand. */
import { useCallback, useState } from 'preact/hooks';
import { targetTabId } from '@/components/tabs';
import { sendFromPage, type PageSummary } from '@/utils/protocol';
import { useAsync } from './use-async';

export interface TabSummaryState {
  /** The tab in view: undefined while it is looked up, null when there is none. */
  tabId: number | null | undefined;
  summary: PageSummary | null;
  loading: boolean;
  error: unknown;
  /** Asks the tab again (after a setting changed, say). */
  refresh(): void;
}

/** The target tab's merged summary (`?tabId=N` when given, else the active tab). */
export function useTabSummary(): TabSummaryState {
  const [version, setVersion] = useState(0);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const tab = useAsync(async () => {
    const id = await targetTabId();
    setTabId(id);
    return id === null ? null : sendFromPage('page.tabSummary', { tabId: id });
  }, [version]);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  return {
    tabId,
    summary: tab.value ?? null,
    loading: tab.loading,
    error: tab.error,
    refresh,
  };
}
