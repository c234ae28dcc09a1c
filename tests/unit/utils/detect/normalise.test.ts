/** One-pass normalisation with an offset map back to the source. */
import { describe, expect, it } from 'vitest';
import { normalise, normaliseString, sourceIndex } from '@/utils/detect/normalise';

describe('normaliseString', () => {
  it.each([
    ['case folding', 'KIM JONG UN', 'kim jong un'],
    ['hyphens become spaces', 'Kim Jong-un', 'kim jong un'],
    ['dashes become spaces', 'Choe Son\u2013hui', 'choe son hui'],
    ['non-breaking and wide spaces', 'Kim\u00a0Jong\u3000Un', 'kim jong un'],
    ['whitespace runs collapse', 'Kim \t\n Jong  Un', 'kim jong un'],
    ['curly apostrophes', 'Kim\u2019s', "kim's"],
    ['Latin accents dropped', 'António Guterres', 'antonio guterres'],
    ['combining accents dropped', 'Anto\u0301nio', 'antonio'],
    ['NFKC fullwidth', 'ＫＩＭ', 'kim'],
    ['Cyrillic case', 'ПУТИН', 'путин'],
    ['katakana middle dot', 'キム・ジョンウン', 'キム ジョンウン'],
    ['soft hyphen and zero-width space vanish', 'Pu\u00adtin\u200b', 'putin'],
    ['Hangul stays composed', '김정은', '김정은'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseString(input)).toBe(expected);
  });
});

describe('normalise offset map', () => {
  it.each([
    ['identity for plain ASCII', 'Kim', [0, 1, 2, 3]],
    ['collapsed whitespace maps to the first space', 'a  b', [0, 1, 3, 4]],
    ['dropped characters leave gaps', 'a\u00adb', [0, 2, 3]],
    ['expansions repeat the source offset', '\ufb01x', [0, 0, 1, 2]],
    ['astral characters keep both units', 'a😀b', [0, 1, 2, 3, 4]],
  ])('%s', (_name, input, map) => {
    const n = normalise(input);
    expect(Array.from({ length: n.length + 1 }, (_, i) => sourceIndex(n, i))).toEqual(map);
  });

  it('keeps a paragraph separator as a hard break that absorbs spaces', () => {
    expect(normaliseString('a \u2029 b')).toBe('a\nb');
  });

  it('reuses buffers that are large enough', () => {
    const first = normalise('x'.repeat(100));
    const second = normalise('Kim', first);
    expect(second.codes).toBe(first.codes);
    expect(normaliseString('Kim')).toBe('kim');
  });
});
