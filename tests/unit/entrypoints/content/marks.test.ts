/** How many mentions a frame marks: caps per person and in all, nearest the viewport first. */
import { describe, expect, test } from 'vitest';
import {
  fitsInNode,
  MAX_MARKS,
  MAX_MARKS_PER_FIGURE,
  NODE_MARK_BUDGET,
  selectMarks,
} from '@/entrypoints/content/marks';

describe('selectMarks', () => {
  test('within the caps, every candidate is marked', () => {
    const candidates = [0, 1, 2].map((run) => ({ run, who: 'kim-jong-un' }));
    expect(selectMarks(candidates, 2)).toEqual([0, 1, 2]);
  });

  test('past the cap of one person, those nearest the viewport are kept, in document order', () => {
    const candidates = Array.from({ length: MAX_MARKS_PER_FIGURE * 2 }, (_, run) => ({
      run,
      who: 'xi-jinping',
    }));
    const viewport = MAX_MARKS_PER_FIGURE;
    const chosen = selectMarks(candidates, viewport);
    expect(chosen).toHaveLength(MAX_MARKS_PER_FIGURE);
    expect(chosen).toEqual([...chosen].sort((a, b) => a - b));
    const runs = chosen.map((i) => candidates[i]!.run);
    expect(Math.max(...runs.map((r) => Math.abs(r - viewport)))).toBeLessThanOrEqual(
      MAX_MARKS_PER_FIGURE / 2,
    );
  });

  test('one person past the cap does not crowd out the others', () => {
    const many = Array.from({ length: 5000 }, (_, run) => ({ run, who: 'xi-jinping' }));
    const few = [{ run: 4999, who: 'wang-yi' }];
    const chosen = selectMarks([...many, ...few], 0);
    expect(chosen).toContain(5000);
  });

  test('never more than MAX_MARKS in all', () => {
    const candidates = Array.from({ length: 20_000 }, (_, i) => ({ run: i, who: `p${i % 50}` }));
    expect(selectMarks(candidates, 10_000)).toHaveLength(MAX_MARKS);
  });
});

describe('fitsInNode', () => {
  test.each([
    [2_000, 99, true],
    [2_000, 100, false],
    [100_000, 1, true],
    [100_000, 2, false],
    [1_000_000, 0, false],
    [10_000_000, 0, false],
  ])('a %i-character node with %i marks takes another: %s', (length, marked, fits) => {
    expect(fitsInNode(length, marked)).toBe(fits);
    expect((marked + 1) * length <= NODE_MARK_BUDGET).toBe(fits);
  });
});
