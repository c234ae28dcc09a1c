/**
 * The catalogue's facts are traceable and consistent: every role rests on public reporting, dates
 * are in order, the dead hold no office, open-ended roles say when they were last checked, and the
 * facts corrected after a fact-check stay corrected.
 *
 * The checks are table-driven over every figure and named `<id> (<side>): …`, so one side or one
 * figure can be run alone with a name pattern, e.g.
 * `npx vitest run tests/unit/detect/catalogue-facts -t "DPRK|Russia|China|Japan|UN|corrections"`.
 */
import { describe, expect, it } from 'vitest';
import { FIGURES, getFigure, roleAt } from '@/utils/detect/catalogue';
import { roleHeldOn } from '@/utils/detect/role-dates';
import type { Figure, Role } from '@/utils/detect/types';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MONTH = /^\d{4}-\d{2}$/;
const HTTP = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** Compares two ISO prefix dates at the precision they share ("2025-12" vs "2025-12-06" → 0). */
function compareAtSharedPrecision(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, n), b.slice(0, n)];
  return x < y ? -1 : x > y ? 1 : 0;
}

const label = (figure: Figure): string => `${figure.id} (${figure.side})`;
const rows = FIGURES.map((figure) => [label(figure), figure] as const);
const describeRole = (role: Role): string => `${role.title} ${role.start}–${role.end ?? ''}`;

describe('catalogue facts: every figure', () => {
  it.each(rows)('%s: every role is sourced', (_label, figure) => {
    for (const role of figure.roles) {
      const where = describeRole(role);
      expect(role.sources?.length ?? 0, `${where} has no source`).toBeGreaterThanOrEqual(1);
      for (const source of role.sources ?? []) {
        expect(source.url, where).toMatch(HTTP);
        expect(source.date, where).toMatch(ISO);
        expect(source.outlet.trim(), where).not.toBe('');
        expect(source.title.trim(), where).not.toBe('');
      }
    }
  });

  it.each(rows)('%s: no role ends before it starts', (_label, figure) => {
    for (const role of figure.roles) {
      expect(role.start, describeRole(role)).toMatch(ISO);
      if (role.end === undefined) continue;
      expect(role.end, describeRole(role)).toMatch(ISO);
      expect(
        compareAtSharedPrecision(role.end, role.start),
        describeRole(role),
      ).toBeGreaterThanOrEqual(0);
    }
  });

  it.each(rows)('%s: holds no office after death', (_label, figure) => {
    if (figure.died === undefined) return;
    expect(figure.died).toMatch(ISO);
    for (const role of figure.roles) {
      expect(role.end, `${describeRole(role)} is open-ended`).toBeDefined();
      expect(
        compareAtSharedPrecision(role.end!, figure.died),
        `${describeRole(role)} ends after ${figure.died}`,
      ).toBeLessThanOrEqual(0);
    }
  });

  it.each(rows)('%s: open-ended roles say when they were checked', (_label, figure) => {
    const open = figure.roles.filter((role) => role.end === undefined);
    if (open.length === 0) return;
    expect(figure.checked, `open: ${open.map(describeRole).join('; ')}`).toMatch(MONTH);
  });
});

describe('catalogue facts: corrections from the fact-check', () => {
  const figure = (id: string): Figure => {
    const found = getFigure(id);
    expect(found, id).toBeDefined();
    return found!;
  };

  it('Kim Song has been UN ambassador since September 2018', () => {
    const ambassador = figure('kim-song').roles.find((role) => role.kind === 'ambassador');
    expect(ambassador?.start).toBe('2018-09');
    expect(roleAt(figure('kim-song'), '2016-06-01')).toBeUndefined();
  });

  it("Funakoshi's Director-General role covers 2023-04 and not 2024", () => {
    const dg = figure('takehiro-funakoshi').roles.find((role) =>
      role.title.startsWith('Director-General'),
    );
    expect(dg).toBeDefined();
    expect(roleHeldOn(dg!, '2023-04')).toBe(true);
    expect(roleHeldOn(dg!, '2021-06-01')).toBe(true);
    expect(roleHeldOn(dg!, '2024')).toBe(false);
  });

  it('Funakoshi is Vice-Minister for Foreign Affairs on 2025-06-01', () => {
    expect(roleAt(figure('takehiro-funakoshi'), '2025-06-01')?.title).toBe(
      'Vice-Minister for Foreign Affairs',
    );
  });

  it('Matsegora has died and holds no open-ended role', () => {
    const matsegora = figure('alexander-matsegora');
    expect(matsegora.died).toMatch(/^2025-12/);
    expect(matsegora.roles.every((role) => role.end !== undefined)).toBe(true);
    expect(roleAt(matsegora, '2026-06-01')).toBeUndefined();
  });

  it.each([
    ['kim-il-sung', '1994-07'],
    ['kim-jong-il', '2011-12'],
    ['kim-yong-nam', '2025-11'],
    ['shinzo-abe', '2022-07'],
    ['alexander-matsegora', '2025-12'],
  ])('%s died in %s', (id, month) => {
    expect(figure(id).died?.slice(0, 7)).toBe(month);
  });

  it.each([
    ['kim-yo-jong', '2016-01-01', 'Vice department director'],
    ['kim-yo-jong', '2020-06-01', 'First vice department director'],
    ['kim-yo-jong', '2023-06-01', 'Vice department director'],
    ['kim-yo-jong', '2026-06-01', 'Department director'],
    ['vladimir-putin', '2010-01-01', 'Prime Minister of Russia'],
    ['vladimir-putin', '2019-04-25', 'President of Russia'],
  ])('roleAt(%s, %s) starts with %s', (id, date, title) => {
    expect(roleAt(figure(id), date)?.title.startsWith(title)).toBe(true);
  });
});
