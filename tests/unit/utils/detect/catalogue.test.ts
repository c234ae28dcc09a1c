/** The catalogue matches figures.tsv and its data is well-formed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES, getFigure, roleAt } from '@/utils/detect/catalogue';
import { firstSentence } from '@/utils/first-sentence';

/**
 * The repository's copy of the shared figures.tsv. When the shared file changes, refresh the copy
 * from the repository root with `cp ../shared/figures.tsv data/figures.tsv` and run these tests.
 */
const TSV = join(__dirname, '../../../../data/figures.tsv');
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The data lines of figures.tsv (the header dropped). */
const tsvLines = (): string[] => readFileSync(TSV, 'utf8').trim().split('\n').slice(1);

describe('catalogue', () => {
  it('has exactly the ids of figures.tsv, in order', () => {
    const ids = tsvLines().map((line) => line.split('\t')[0]);
    expect(FIGURES.map((f) => f.id)).toEqual(ids);
  });

  it('keeps every native-script name given in figures.tsv', () => {
    for (const line of tsvLines()) {
      const [id, , , facts] = line.split('\t');
      const natives = (facts!.split('|')[1] ?? '')
        .split(/[·(]/)
        .map((s) => s.replace(/South Korean spelling|\)/g, '').trim());
      const figure = getFigure(id!)!;
      const written = [...figure.nativeNames, ...(figure.aliases ?? [])];
      for (const native of natives.filter(Boolean))
        expect(written, `${id}: ${native}`).toContain(native);
    }
  });

  it.each(FIGURES.map((f) => [f.id, f] as const))(
    '%s has a 1–3 sentence bio and dated roles',
    (_id, figure) => {
      const sentences = figure.bio.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
      for (const role of figure.roles) {
        expect(role.start).toMatch(ISO);
        if (role.end !== undefined) {
          expect(role.end).toMatch(ISO);
          expect(role.end >= role.start).toBe(true);
        }
      }
    },
  );

  // The card shows a bio's first sentence alone ("President of South Korea from May 2022." read
  // as if Yoon Suk Yeol still held the office): for someone whose roles have all ended, it says so.
  it.each(
    FIGURES.filter((f) => f.roles.length > 0 && f.roles.every((r) => r.end !== undefined)).map(
      (f) => [f.id, f] as const,
    ),
  )("%s's first sentence does not read as if still in office", (_id, figure) => {
    const first = firstSentence(figure.bio);
    expect(first).not.toMatch(/\bsince\b/);
    expect(first).not.toMatch(/\bfrom (?:[A-Z][a-z]+ )?\d{4}\.$/);
  });

  it.each([
    ['lee-jae-myung', '2025-08-01', 'President of South Korea'],
    ['lee-myung-bak', '2009-05-01', 'President of South Korea'],
    ['lee-myung-bak', '2014-01-01', undefined],
    ['donald-trump', '2019-02-28', 'President of the United States'],
    ['donald-trump', '2023-01-01', undefined],
    ['chung-eui-yong', '2021-06-01', 'Foreign Minister of South Korea'],
    ['sergei-shoigu', '2024-12-01', 'Secretary of the Security Council of Russia'],
    // The demo's story (23 August 2021) names her.
    ['choe-son-hui', '2021-08-23', 'First Vice Foreign Minister of North Korea'],
    ['choe-son-hui', '2019-03-01', undefined],
    ['choe-son-hui', '2023-01-01', 'Foreign Minister of North Korea'],
  ])('roleAt(%s, %s) is %s', (id, date, title) => {
    expect(roleAt(getFigure(id)!, date)?.title).toBe(title);
  });

  it('roleAt without a date gives the role held today', () => {
    expect(roleAt(getFigure('kim-jong-un')!)?.title).toBe('Leader of North Korea');
  });

  it('getFigure returns undefined for an unknown id', () => {
    expect(getFigure('kim-kardashian')).toBeUndefined();
  });
});
