import { describe, expect, test } from 'vitest';
import { getFigure } from '@/utils/detect/catalogue';
import { localName, otherNames } from '@/utils/detect/local-name';

const figure = (id: string) => getFigure(id)!;

describe('localName', () => {
  test.each([
    ['kim-jong-un', '김정은'],
    ['sung-kim', '성 김'],
    // The fullest Hangul form: the alias "블라디미르 푸틴" over the native "푸틴".
    ['vladimir-putin', '블라디미르 푸틴'],
    // No Hangul native name: the Hangul alias.
    ['donald-trump', '도널드 트럼프'],
    // On a tie the native (North Korean) spelling wins over the South's.
    ['ri-son-gwon', '리선권'],
  ])('Korean UI: %s is %s', (id, name) => {
    expect(localName(figure(id), 'ko')).toBe(name);
  });

  test('English UI: the display name', () => {
    expect(localName(figure('kim-jong-un'), 'en')).toBe('Kim Jong Un');
  });

  test('a figure without any Hangul form keeps its display name in Korean', () => {
    expect(localName({ name: 'Jane Doe', nativeNames: ['简·多'], aliases: ['J. Doe'] }, 'ko')).toBe(
      'Jane Doe',
    );
  });
});

describe('otherNames', () => {
  test('Korean UI: the English name, then the other scripts, no Hangul repeated', () => {
    expect(otherNames(figure('kim-jong-un'), 'ko')).toEqual([
      'Kim Jong Un',
      '金正恩',
      'Ким Чен Ын',
    ]);
    expect(otherNames(figure('vladimir-putin'), 'ko')).toEqual([
      'Vladimir Putin',
      'Владимир Путин',
    ]);
  });

  test('English UI: the native names', () => {
    expect(otherNames(figure('kim-jong-un'), 'en')).toEqual(['김정은', '金正恩', 'Ким Чен Ын']);
  });
});
