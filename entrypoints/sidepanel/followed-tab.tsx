/**
 * The tab the panel speaks of: the active tab of the panel's window, followed as the reader
 * switches tabs, navigates, or the page's scan finds other figures. `?tabId=N` pins one tab and
 * `?windowId=N` follows another window's active tab (the panel opened as a tab, in tests).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listenToBackground, sendFromPage, type PageSummary } from '@/utils/protocol';

export interface FollowedTab {
  /** undefined while it is looked up, null when there is none. */
  tabId: number | null | undefined;
  summary: PageSummary | null;
  loading: boolean;
  error: unknown;
}

const INITIAL: FollowedTab = { tabId: undefined, summary: null, loading: true, error: null };
/** Exported for tests, which provide a tab of their own. */
export const FollowedTabContext = createContext<FollowedTab>(INITIAL);

/**
 * What the panel follows: a pinned tab, the active tab of a window (null: the panel's own), or, in
 * the card's in-page drawer (`?drawer`), the tab whose page frames it.
 */
type Target = { tabId: number } | { windowId: number | null } | { hosting: true };

function targetOf(search: string): Target {
  const params = new URLSearchParams(search);
  for (const key of ['tabId', 'windowId'] as const) {
    const raw = params.get(key);
    const id = Number(raw);
    if (raw && Number.isInteger(id) && id >= 0)
      return key === 'tabId' ? { tabId: id } : { windowId: id };
  }
  return params.has('drawer') ? { hosting: true } : { windowId: null };
}

async function activeTabOf(windowId: number | null): Promise<number | null> {
  const [tab] = await browser.tabs.query(
    windowId === null ? { active: true, currentWindow: true } : { active: true, windowId },
  );
  return tab?.id ?? null;
}

/** Provides the followed tab and its summary to the whole panel. */
export function FollowedTabProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<FollowedTab>(INITIAL);
  useEffect(() => {
    const target = targetOf(location.search);
    let live = true;
    let current: number | null = null;
    let windowId = 'windowId' in target ? target.windowId : null;
    let ticket = 0;

    /** Asks the background who is on `tabId`; only the latest answer counts. */
    const load = async (tabId: number | null) => {
      const mine = ++ticket;
      const switched = tabId !== current;
      current = tabId;
      setState((previous) => ({
        tabId,
        summary: switched ? null : previous.summary,
        loading: true,
        error: null,
      }));
      if (tabId === null) {
        setState({ tabId, summary: null, loading: false, error: null });
        return;
      }
      try {
        const summary = await sendFromPage('page.tabSummary', { tabId });
        if (live && mine === ticket) setState({ tabId, summary, loading: false, error: null });
      } catch (error) {
        if (live && mine === ticket) setState({ tabId, summary: null, loading: false, error });
      }
    };

    const onActivated = ({ tabId, windowId: where }: { tabId: number; windowId: number }) => {
      if ('windowId' in target && where === windowId) void load(tabId);
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (tabId === current && (change.url !== undefined || change.status === 'complete'))
        void load(tabId);
    };
    const unlisten = listenToBackground({
      'background.tabChanged': ({ tabId }) => {
        if (tabId === current) void load(tabId);
      },
    });
    // A frame of ours in a page (the drawer) has no tabs API in Firefox: it follows its one tab by messages.
    const tabs = browser.tabs as typeof browser.tabs | undefined;
    tabs?.onActivated.addListener(onActivated);
    tabs?.onUpdated.addListener(onUpdated);
    void (async () => {
      if ('tabId' in target) return load(target.tabId);
      // Chrome gives a framed extension page the tabs API; Firefox does not (the URL names the tab).
      const hosting = 'hosting' in target ? (await tabs?.getCurrent())?.id : undefined;
      if (hosting !== undefined) return load(hosting);
      windowId ??= (await browser.windows.getCurrent()).id ?? null;
      if (live) await load(await activeTabOf(windowId));
    })().catch((error: unknown) => live && setState({ ...INITIAL, loading: false, error }));
    return () => {
      live = false;
      unlisten();
      tabs?.onActivated.removeListener(onActivated);
      tabs?.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return <FollowedTabContext.Provider value={state}>{children}</FollowedTabContext.Provider>;
}

/** The followed tab and who is on it. */
export function useFollowedTab(): FollowedTab {
  return useContext(FollowedTabContext);
}
