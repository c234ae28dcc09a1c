/** Settings survive bad stored data and the per-site pause is keyed the way users think of sites. */
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOn,
  sanitizeSettings,
  setSitePaused,
  settingsItem,
  updateSettings,
  watchSettings,
} from '@/utils/settings';

describe('defaults and repair', () => {
  test('a fresh install is on everywhere', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
  test.each([
    ['null', null],
    ['a string', 'on'],
    ['wrong types', { enabled: 'yes', disabledSites: 'example.com', hoverDelayMs: 'fast' }],
  ])('malformed stored settings (%s) fall back to defaults', (_name, raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
  test('the hover delay is clamped to its range', () => {
    expect(sanitizeSettings({ hoverDelayMs: 99_999 }).hoverDelayMs).toBe(2000);
    expect(sanitizeSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
  });
  test('non-string sites are dropped and duplicates merged', () => {
    expect(
      sanitizeSettings({ disabledSites: ['WWW.Example.com', 'example.com', 3, null] })
        .disabledSites,
    ).toEqual(['example.com']);
  });
});

describe('pausing a site', () => {
  test('pausing www.example.com pauses example.com and nothing else', async () => {
    const settings = await setSitePaused('www.example.com', true);
    expect(isActiveOn(settings, 'example.com')).toBe(false);
    expect(isActiveOn(settings, 'www.example.com')).toBe(false);
    expect(isActiveOn(settings, 'news.example.org')).toBe(true);
  });
  test('resuming removes the site', async () => {
    await setSitePaused('example.com', true);
    expect((await setSitePaused('example.com', false)).disabledSites).toEqual([]);
  });
  test('turning Backchannel off pauses every site', async () => {
    expect(isActiveOn(await updateSettings({ enabled: false }), 'example.com')).toBe(false);
  });
  test('watchers hear about a pause', async () => {
    const seen: string[][] = [];
    const stop = watchSettings((s) => seen.push(s.disabledSites));
    await setSitePaused('example.com', true);
    stop();
    expect(seen).toEqual([['example.com']]);
    expect(await settingsItem.getValue()).toMatchObject({ disabledSites: ['example.com'] });
  });
});
