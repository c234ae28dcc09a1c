import { describe, expect, it } from 'vitest';
import { nothingChanged } from '@/components/nothing-changed';

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
