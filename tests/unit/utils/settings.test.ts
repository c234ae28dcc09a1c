/** Settings survive bad stored data and the per-site pause is keyed the way users think of sites. */
import { describe, expect, test, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOn,
  sanitizeSettings,
  setSitePaused,
  settingsItem,
  siteFromInput,
  siteOfUrl,
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

describe('concurrent writers', () => {
  test('two pages pausing two sites at the same instant keep both pauses', async () => {
    await Promise.all([setSitePaused('a.example', true), setSitePaused('b.example', true)]);
    expect((await getSettings()).disabledSites).toEqual(['a.example', 'b.example']);
  });
  test('a pause and a hover-delay change at once both land', async () => {
    await Promise.all([setSitePaused('news.example', true), updateSettings({ hoverDelayMs: 900 })]);
    const settings = await getSettings();
    expect(settings.disabledSites).toEqual(['news.example']);
    expect(settings.hoverDelayMs).toBe(900);
  });
  test('ten concurrent pauses and resumes end as the last of each', async () => {
    const sites = Array.from({ length: 10 }, (_, i) => `s${i}.example`);
    await Promise.all(sites.map((site) => setSitePaused(site, true)));
    await Promise.all(sites.filter((_, i) => i % 2).map((site) => setSitePaused(site, false)));
    expect((await getSettings()).disabledSites).toEqual(sites.filter((_, i) => i % 2 === 0));
  });
  test('a failing write does not block the next one', async () => {
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(new Error('quota'));
    await expect(updateSettings({ hoverDelayMs: 500 })).rejects.toThrow('quota');
    await setSitePaused('after.example', true);
    expect((await getSettings()).disabledSites).toContain('after.example');
  });
});

describe('sites', () => {
  test.each([
    ['https://www.Example.com/story?a=1', 'example.com'],
    ['http://news.example:8080/x', 'news.example'],
    ['chrome://extensions', null],
    ['not a url', null],
    [undefined, null],
  ])('siteOfUrl(%s) is %s', (url, site) => {
    expect(siteOfUrl(url)).toBe(site);
  });
  test.each([
    ['example.com', 'example.com'],
    ['https://www.example.com/path', 'example.com'],
    ['  News.Example:443/  ', 'news.example'],
    ['   ', null],
    // Not a host name: nothing is paused for it.
    ['not a site', null],
    ['news example.com', null],
    // An international name as a page's URL gives it.
    ['bücher.example', 'xn--bcher-kva.example'],
    // Other kinds of address, and what the parser reads off a web address.
    ['chrome://extensions', null],
    ['about:blank', null],
    ['ftp://x.example', null],
    ['https://user:pw@news.example/x', 'news.example'],
    ['localhost:3000', 'localhost'],
    ['Example.COM.', 'example.com'],
    ['http://[::1]:8080/', '[::1]'],
  ])('siteFromInput(%s) is %s', (text, site) => {
    expect(siteFromInput(text)).toBe(site);
  });
});
