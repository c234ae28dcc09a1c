/**
 * Hostile text: random mixes of names, titles, prototype words, marks, surrogates and controls
 * never make detect throw, and every mention it returns is a true slice of the text.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '@/bench/random';
import { detect } from '@/utils/detect';

const TOKENS = [
  'Kim',
  'Kim Jong Un',
  'Kim Jong-nam',
  'Moon',
  'moon',
  'President',
  'Mr.',
  'Ms',
  'former',
  'North Korean',
  'U.S.',
  'the',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'Kim Il Sung Square',
  'Sung Y. Kim',
  '김',
  '김정은이',
  '김 위원장',
  '위원장',
  '金',
  '委员长',
  '金正恩氏',
  'トランプ',
  'の',
  'プーチン大統領',
  'Путина',
  'Ким Чен Ыном',
  'ого',
  "'s",
  '’',
  '-',
  '—',
  '.',
  ',',
  '\n',
  '\u2029',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u0301',
  '\ufb01',
  '\u3300',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
  '\u0000',
  '\uffff',
  '\ufffe',
  '\u202e',
  'Ⅻ',
  'ǅ',
  'İ',
  '2021',
  ' ',
  ' ',
  ' ',
];

describe('fuzzed hostile text', () => {
  it('never throws and returns true slices, in order, without overlaps', () => {
    const next = rng(2026);
    for (let round = 0; round < 1000; round++) {
      let text = '';
      const words = 1 + Math.floor(next() * 40);
      for (let w = 0; w < words; w++) {
        text += TOKENS[Math.floor(next() * TOKENS.length)]! + (next() < 0.7 ? ' ' : '');
      }
      const date = next() < 0.5 ? null : `${2000 + Math.floor(next() * 26)}-06-01`;
      const mentions = detect(text, { date });
      let last = 0;
      for (const m of mentions) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.text).toBe(text.slice(m.start, m.end));
        expect(m.figureId !== undefined || (m.candidates?.length ?? 0) > 1).toBe(true);
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
        last = m.end;
      }
    }
  });
});
