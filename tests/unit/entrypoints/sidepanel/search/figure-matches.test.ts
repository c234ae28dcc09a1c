/** Figure search finds people by any alias in any script, and ranks whole and leading matches first. */
import { expect, test } from 'vitest';
import { articleQuery, figureMatches } from '@/entrypoints/sidepanel/search/figure-matches';

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

test.each([
  ['Kim Yo-jong', 'Kim Yo Jong'],
  ['Ким Ё Чжон', 'Kim Yo Jong'],
  ['金与正', 'Kim Yo Jong'],
  ['Kim Yo-j', 'Kim Yo-j'],
  ['summit talks', 'summit talks'],
  ['Kim', 'Kim'],
])('the store is asked for “%s” as “%s”', (query, asked) => {
  expect(articleQuery(query)).toBe(asked);
});
