import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDate, formatNumber, sideLabel, t, tAround, tCount, uiLanguage } from '@/utils/i18n';

const fakeI18n = fakeBrowser.i18n;

/** The fake browser has no i18n; these give it one, as a Korean or English browser would. */
function browserLanguage(language: string, messages: Record<string, string> = {}): void {
  Object.assign(fakeBrowser, {
    i18n: {
      getUILanguage: () => language,
      getMessage: (key: string, subs: string[] = []) =>
        (messages[key] ?? '').replace(
          /\$(\d)/g,
          (_: string, n: string) => subs[Number(n) - 1] ?? '',
        ),
    },
  });
}

afterEach(() => {
  Object.assign(fakeBrowser, { i18n: fakeI18n });
  vi.restoreAllMocks();
});

describe('t', () => {
  test("the browser's message first, with its substitutions", () => {
    browserLanguage('ko', { common_noMatch: '“$1”에 맞는 저장된 기사가 없습니다.' });
    expect(t('common_noMatch', '김여정')).toBe('“김여정”에 맞는 저장된 기사가 없습니다.');
  });

  test('the English catalogue where the browser has none, placeholders filled', () => {
    expect(t('options_imported', 3, 1)).toBe('Imported 3 new and 1 updated articles.');
  });
});

describe('tAround', () => {
  test('the words before and after the substitution, in the order of each language', () => {
    expect(tAround('popup_pauseOnSite_label')).toEqual(['Pause on ', '']);
    browserLanguage('ko', { popup_pauseOnSite_label: '$1에서 일시 중지' });
    expect(tAround('popup_pauseOnSite_label')).toEqual(['', '에서 일시 중지']);
  });
});

describe('in a Korean UI', () => {
  test('the language is ko (ko-KR included)', () => {
    browserLanguage('ko-KR');
    expect(uiLanguage()).toBe('ko');
  });

  test('the catalogue in use decides, even where the browser reports another UI language', () => {
    browserLanguage('en-US', { common_catalogueLanguage: 'ko' });
    expect(uiLanguage()).toBe('ko');
  });

  test('dates at the precision given, numbers and sides in Korean', () => {
    browserLanguage('ko', { common_side_dprk: '북한' });
    expect(formatDate('2021-08-23')).toBe('2021년 8월 23일');
    expect(formatDate('2026-12', 'long')).toBe('2026년 12월');
    expect(formatDate('2019')).toBe('2019');
    expect(formatNumber(12345)).toBe('12,345');
    expect(sideLabel('DPRK')).toBe('북한');
  });
});

describe('in an English UI', () => {
  test('dates, plurals and numbers in English', () => {
    browserLanguage('en-US');
    expect(formatDate('2021-08-23')).toBe('Aug 23, 2021');
    expect(formatDate('2026-12', 'long')).toBe('December 2026');
    expect(tCount('card_articleCount_one', 'card_articleCount_other', 1)).toBe('1 stored article');
    expect(tCount('card_articleCount_one', 'card_articleCount_other', 1200)).toBe(
      '1,200 stored articles',
    );
    expect(sideLabel('A side a feed made up')).toBe('A side a feed made up');
  });
});
