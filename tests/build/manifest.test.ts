/**
 * Least privilege, pinned: any change to what the built manifests ask for fails here
 * and must be made on purpose, in this file, in review.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const read = (dir: string) =>
  JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Record<string, unknown>;

const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];
const FEED_ORIGINS = ['http://*/*', 'https://*/*'];
/**
 * The content script, whole. Frames without a URL of their own (about:blank, srcdoc; data: and
 * blob: in Chrome) run it too, as part of the page that made them: match_about_blank and
 * match_origin_as_fallback (Chrome 99+, Firefox 128+). They add no host access.
 */
const CONTENT_SCRIPT = {
  matches: CONTENT_MATCHES,
  all_frames: true,
  match_about_blank: true,
  match_origin_as_fallback: true,
  run_at: 'document_idle',
  js: ['content-scripts/content.js'],
};

describe('Chrome (MV3) manifest', () => {
  const manifest = read('chrome-mv3');
  test('asks only for storage, unlimited storage, the side panel, a selection menu and alarms (feed schedule)', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual([
      'alarms',
      'contextMenus',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
  });
  test('has no host permissions; feed origins are optional', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(FEED_ORIGINS);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });
  test('reaches pages only through the content script, in every frame, at document idle', () => {
    expect(manifest.content_scripts).toEqual([CONTENT_SCRIPT]);
  });
  test('exposes no resources to web pages', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

test.each(['chrome-mv3', 'firefox-mv2'])(
  '%s: one keyboard command, Alt+Shift+B by default, that readers can change',
  (dir) => {
    expect(read(dir).commands).toEqual({
      'open-card': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_background_openCard_command__',
      },
    });
    // The description readers see on the browser's shortcuts page, in each UI language.
    const message = (lang: string) =>
      (
        JSON.parse(readFileSync(`.output/${dir}/_locales/${lang}/messages.json`, 'utf8')) as Record<
          string,
          { message: string }
        >
      ).background_openCard_command?.message;
    expect(message('en')).toBe('Show the card of the name nearest the caret');
    expect(message('ko')).toBe('커서에서 가장 가까운 이름의 카드 보기');
  },
);

describe('Firefox manifest', () => {
  const manifest = read('firefox-mv2');
  test('asks only for storage, unlimited storage, a selection menu and alarms; feed origins are optional', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual([
      'alarms',
      'contextMenus',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.optional_permissions).toEqual(FEED_ORIGINS);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });
  test('reaches pages only through the content script, in every frame, at document idle', () => {
    expect(manifest.content_scripts).toEqual([CONTENT_SCRIPT]);
  });
  test('has a stable add-on id and a sidebar', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'backchannel@backchannel.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest.sidebar_action).toEqual(
      expect.objectContaining({ default_panel: 'sidepanel.html' }),
    );
  });
});
