import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentCatalogue, figureNamesCatalogue } from './scripts/lib/content-catalogue-plugin';
import { terserChunks } from './scripts/lib/terser-plugin';

// Host access comes only from the content script's matches (least privilege).
// Feed origins are asked for at sync time through optional host permissions.
const FEED_ORIGINS = ['http://*/*', 'https://*/*'];
/** The pages the content script runs in (entrypoints/content/index.ts). */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/**
 * The bundled feed's content hash and article count (written by `npm run store:build` just
 * before), baked into the build: pages and the background compare it with the store instead of
 * fetching and parsing the bundle at every opening. Null without a bundle (`wxt prepare`).
 */
function bundleStamp(): { contentHash: string; articles: number } | null {
  const path = 'public/store/bundle.json';
  if (!existsSync(path)) return null;
  const feed = JSON.parse(readFileSync(path, 'utf8')) as {
    contentHash?: unknown;
    articles?: unknown;
  };
  if (typeof feed.contentHash !== 'string' || !Array.isArray(feed.articles)) return null;
  return { contentHash: feed.contentHash, articles: feed.articles.length };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // The pages that only name figures (the popup) load the names view, not the catalogue.
    plugins: [figureNamesCatalogue(), preact()],
    build: { target: 'es2022' },
    define: { __BUNDLE_STAMP__: JSON.stringify(bundleStamp()) },
  }),
  hooks: {
    // The content script carries the catalogue without bios and sources (the card asks the
    // background for them): smaller on every page. Other entrypoints keep the whole catalogue.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) {
        config.plugins = [contentCatalogue(), ...(config.plugins ?? [])];
        if (config.mode !== 'development') config.plugins.push(terserChunks());
      }
    },
  },
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
    // The card's in-page drawer (where the browser will not open its panel from a page) frames the
    // side panel's own page; nothing else is exposed to pages. In Chrome only through a per-session
    // URL, so pages cannot probe for the extension; Firefox's moz-extension host is per install.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['sidepanel.html'], matches: WEB_PAGES, use_dynamic_url: true }]
        : ['sidepanel.html'],
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
