import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access comes only from the content script's matches (least privilege).
// Feed origins are asked for at sync time through optional host permissions.
const FEED_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // The UI speaks English and Korean (public/_locales), picked from the browser's language.
    default_locale: 'en',
    // contextMenus: "Look up in Backchannel" on a selection; alarms: the feeds' hourly or daily sync.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_background_openCard_command__',
      },
    },
    ...(manifestVersion === 3
      ? { optional_host_permissions: FEED_ORIGINS }
      : { optional_permissions: FEED_ORIGINS }),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backchannel@backchannel.invalid',
              strict_min_version: '140.0',
              // Backchannel collects nothing: pages are read locally and never sent.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
