/** Figure search finds people by any alias in any script, and ranks whole and leading matches first. */
import { expect, test } from 'vitest';
import { figureMatches } from '@/entrypoints/sidepanel/search/figure-matches';

test.each([
  ['Latin, hyphenated', 'Kim Yo-jong'],
  ['Latin, other case and spacing', 'kim yojong'],
  ['Hangul', '김여정'],
  ['Chinese (simplified)', '金与正'],
  ['Chinese (traditional)', '金與正'],
  ['Cyrillic with ё', 'Ким Ё Чжон'],
  ['a prefix while typing', 'Kim Yo-j'],
])('%s: “%s” finds Kim Yo Jong first', (_, query) => {
  expect(figureMatches(query)[0]).toBe('kim-yo-jong');
});

test('a full name ranks above a name that only contains it', () => {
  const ids = figureMatches('Sung Kim');
  expect(ids[0]).toBe('sung-kim');
});

test('blank or unknown queries find nobody', () => {
  expect(figureMatches('   ')).toEqual([]);
  expect(figureMatches('zzzxqv')).toEqual([]);
});

test('the limit caps the list', () => {
  expect(figureMatches('kim', 3)).toHaveLength(3);
});
