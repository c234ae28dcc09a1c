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
import { catalogueProblems, roleClaimProblems } from '@/utils/detect/catalogue-check';
import { roleHeldOn } from '@/utils/detect/role-dates';
import type { Figure } from '@/utils/detect/types';

const label = (figure: Figure): string => `${figure.id} (${figure.side})`;
const rows = FIGURES.map((figure) => [label(figure), figure] as const);

describe('catalogue facts: every figure', () => {
  it.each(rows)(
    '%s: roles sourced, dated in order, none after death, open ones checked',
    (_label, figure) => {
      expect(catalogueProblems([figure])).toEqual([]);
    },
  );
});

const base: Figure = {
  id: 'test-person',
  name: 'Test Person',
  side: 'US',
  bio: 'A test.',
  nativeNames: [],
  checked: '2026-12',
  roles: [
    {
      title: 'Ambassador to Testland',
      start: '2020-01',
      end: '2022-01',
      sources: [
        { outlet: 'Wire', title: 'Named', date: '2020-01-05', url: 'https://news.example/a' },
      ],
    },
  ],
};

describe('catalogueProblems finds', () => {
  it.each([
    ['a role without a source', { roles: [{ ...base.roles[0]!, sources: [] }] }, /has no source/],
    [
      'a source that is not a web link',
      {
        roles: [
          {
            ...base.roles[0]!,
            sources: [{ ...base.roles[0]!.sources![0]!, url: 'javascript:alert(1)' }],
          },
        ],
      },
      /source URL/,
    ],
    [
      'a role ending before it starts',
      { roles: [{ ...base.roles[0]!, start: '2023' }] },
      /ends before it starts/,
    ],
    [
      'an open role of someone who died',
      { died: '2021-05', roles: [{ ...base.roles[0]!, end: undefined }] },
      /open-ended, but they died/,
    ],
    ['a role ending after death', { died: '2021-05' }, /ends after their death/],
    [
      'an open role without a checked date',
      { checked: undefined, roles: [{ ...base.roles[0]!, end: undefined }] },
      /checked/,
    ],
  ])('%s', (_name, change, message) => {
    expect(catalogueProblems([{ ...base, ...change } as Figure]).join('\n')).toMatch(message);
  });
  it('nothing in a sound figure', () => {
    expect(catalogueProblems([base])).toEqual([]);
  });
});

describe('roleClaimProblems', () => {
  const funakoshi = () => getFigure('takehiro-funakoshi')!;
  it.each([
    [
      'Takehiro Funakoshi, Director-General of the Asian and Oceanian Affairs Bureau, met them.',
      '2024-05-01',
    ],
    ['Director-General Takehiro Funakoshi met them.', '2025-03-01'],
  ])(
    'flags a brief that calls someone by a title they did not hold then: %s (%s)',
    (text, date) => {
      expect(roleClaimProblems(text, date, [funakoshi()])).toEqual([
        `calls Takehiro Funakoshi "Director-General" on ${date}, a role the catalogue says they did not hold then`,
      ]);
    },
  );
  it.each([
    [
      'Takehiro Funakoshi, Director-General of the Asian and Oceanian Affairs Bureau, met them.',
      '2022-06-01',
    ],
    ['The former Director-General Takehiro Funakoshi met them.', '2025-03-01'],
    ['Vice-Minister Takehiro Funakoshi met them.', '2025-03-01'],
  ])('accepts %s (%s)', (text, date) => {
    expect(roleClaimProblems(text, date, [funakoshi()])).toEqual([]);
  });
  it('accepts "former US President" and "Vice Foreign Minister"', () => {
    expect(
      roleClaimProblems('former US President Jimmy Carter flew in.', '1994-06-15', [
        getFigure('jimmy-carter')!,
      ]),
    ).toEqual([]);
    expect(
      roleClaimProblems('Vice Foreign Minister Choe Son Hui spoke.', '2019-02-28', [
        getFigure('choe-son-hui')!,
      ]),
    ).toEqual([]);
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
