import { browser } from 'wxt/browser';
import { prepareStore } from '@/utils/store';
import { handlers } from './handlers';
import { createRouter } from './router';
import { forgetTab } from './tab-reports';

export default defineBackground(() => {
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

  // Seed the bundled articles on install and on every update; synced articles are left alone.
  browser.runtime.onInstalled.addListener(() => void prepareStore().catch(reportStoreError));
  browser.runtime.onStartup.addListener(() => void prepareStore().catch(reportStoreError));
});

function reportStoreError(error: unknown): void {
  console.error('Backchannel: the article store could not be prepared.', error);
}
