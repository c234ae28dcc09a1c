/** Large texts are read in segments (utils/detect/index.ts): names and cues across a segment edge survive. */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';

const SEGMENT = 1 << 16;

/** Filler words so that `name` starts at `at` (after a space). */
function placed(at: number, name: string, tail = ' said.'): string {
  return `${'ab '.repeat(Math.ceil(at / 3)).slice(0, at - 1)} ${name}${tail}`;
}

describe('segmented detection', () => {
  it.each([-5, -1, 0, 1, 5])('finds a full name starting %i from a segment edge', (shift) => {
    const text = placed(SEGMENT + shift, 'Kim Jong Un');
    const mentions = detect(text);
    expect(mentions).toEqual([
      expect.objectContaining({
        start: SEGMENT + shift,
        end: SEGMENT + shift + 11,
        figureId: 'kim-jong-un',
      }),
    ]);
  });

  it.each([-12, -8, -3])('reads a title that ends %i from the segment edge', (shift) => {
    const text = placed(SEGMENT + shift, 'President Moon');
    const m = detect(text).find((x) => x.text === 'Moon');
    expect(m?.figureId).toBe('moon-jae-in');
  });

  it('resolves a surname against a full name many segments earlier', () => {
    const text = `Sung Kim arrived. ${'ab '.repeat(100_000)}Kim said.`;
    const last = detect(text).pop()!;
    expect([last.text, last.figureId]).toEqual(['Kim', 'sung-kim']);
  });

  it('keeps hits in the tail of the last segment', () => {
    const text = placed(3 * SEGMENT + 200, 'Noh Kyu-duk');
    expect(detect(text).map((m) => m.figureId)).toEqual(['noh-kyu-duk']);
  });
});
