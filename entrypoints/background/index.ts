import { browser } from 'wxt/browser';
import { forgetPanelRequest } from '@/utils/panel-requests';
import { sendToContent } from '@/utils/protocol';
import { prepareStore } from '@/utils/store';
import {
  applyFeedSchedule,
  feedScheduleItem,
  FEED_SYNC_ALARM,
  getFeedSchedule,
} from '@/utils/feed-schedule';
import { syncAllFeeds } from './feed-sync';
import { handlers } from './handlers';
import { createLookupMenu, listenToLookupMenu } from './menus';
import { createRouter } from './router';
import { showFigureCount } from './badge';
import { askFrame } from './report-handlers';
import { confirmTab, forgetTab, tabStartedLoading } from './tab-reports';

/** The manifest's keyboard command that opens the card of the name nearest the caret. */
export const OPEN_CARD_COMMAND = 'open-card';

export default defineBackground(() => {
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId).catch(() => {});
    void forgetPanelRequest(tabId).catch(() => {});
  });
  // A tab's page or one of its frames navigates: its frames' reports wait until they answer again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabStartedLoading(tabId).catch(() => {});
    if (change.status === 'complete')
      void confirmTab(tabId, askFrame)
        .then((merged) => showFigureCount(tabId, merged?.figures.length ?? 0))
        .catch(() => {});
  });

  // Seed the bundled articles on install and on every update; synced articles are left alone.
  browser.runtime.onInstalled.addListener(() => {
    void prepareStore().catch(reportStoreError);
    createLookupMenu();
  });
  browser.runtime.onStartup.addListener(() => {
    void prepareStore().catch(reportStoreError);
    createLookupMenu();
  });
  listenToLookupMenu();

  // Scheduled feed syncs: the alarm follows the stored schedule, checked at every start of this context.
  void getFeedSchedule().then(applyFeedSchedule).catch(reportScheduleError);
  feedScheduleItem.watch(
    (schedule) => void applyFeedSchedule(schedule ?? 'off').catch(reportScheduleError),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_SYNC_ALARM) void syncAllFeeds().catch(reportStoreError);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_CARD_COMMAND) return;
    void (async () => {
      const tabId =
        tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await sendToContent(tabId, 'background.openCard', {});
    })().catch(() => {
      // No content script on this tab (a browser page): nothing to open.
    });
  });
});

function reportStoreError(error: unknown): void {
  console.error('Backchannel: the article store could not be prepared.', error);
}

function reportScheduleError(error: unknown): void {
  console.error('Backchannel: the feed schedule could not be set.', error);
}
