import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nothingChanged, withoutNothingChanged } from '@/components/nothing-changed';

describe('nothingChanged', () => {
  it('ends a message with a full stop and the promise', () => {
    expect(
      nothingChanged('The feed is invalid: articles.0.date: must be a real date YYYY-MM-DD'),
    ).toBe(
      'The feed is invalid: articles.0.date: must be a real date YYYY-MM-DD. Nothing was changed.',
    );
    expect(nothingChanged('“big.json” is larger than 50 MB')).toBe(
      '“big.json” is larger than 50 MB. Nothing was changed.',
    );
  });
  it('says it once when the message already does (the quota message)', () => {
    const quota =
      'Could not import the file: the browser has no storage space left for Backchannel. Nothing already stored was changed; free some disk space and try again.';
    expect(nothingChanged(quota)).toBe(quota);
    expect(nothingChanged(quota).match(/changed/g)).toHaveLength(1);
  });
});

describe('withoutNothingChanged', () => {
  it('drops the promise and keeps the rest as sentences', () => {
    expect(
      withoutNothingChanged('Could not reach the feed (Failed to fetch). Nothing was changed.'),
    ).toBe('Could not reach the feed (Failed to fetch).');
    expect(withoutNothingChanged('The sync stopped. Nothing was changed; try again.')).toBe(
      'The sync stopped. Try again.',
    );
    expect(
      withoutNothingChanged(
        'Could not store: quota. Nothing already stored was changed; free some disk space and try again.',
      ),
    ).toBe('Could not store: quota. Free some disk space and try again.');
    expect(withoutNothingChanged('The feed cannot be read: bad date')).toBe(
      'The feed cannot be read: bad date.',
    );
    expect(withoutNothingChanged('Nothing was changed.')).toBe('');
  });
  it("drops it in the UI's language too", () => {
    const i18n = fakeBrowser.i18n;
    Object.assign(fakeBrowser, {
      i18n: {
        getUILanguage: () => 'ko',
        getMessage: (key: string) =>
          key === 'common_nothingChanged' ? '아무것도 바뀌지 않았습니다.' : '',
      },
    });
    try {
      expect(withoutNothingChanged('피드를 읽을 수 없습니다. 아무것도 바뀌지 않았습니다.')).toBe(
        '피드를 읽을 수 없습니다.',
      );
    } finally {
      Object.assign(fakeBrowser, { i18n });
    }
  });
});
