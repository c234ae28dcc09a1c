import { describe, expect, test } from 'vitest';
import { FIGURES } from '@/utils/detect/catalogue';
import {
  contentFigure,
  contentFiguresModule,
  unpackFigures,
} from '@/utils/detect/content-catalogue';

const DETECTION_KEYS = [
  'id',
  'name',
  'side',
  'nativeNames',
  'aliases',
  'surnames',
  'givenNames',
  'gender',
  'died',
] as const;

describe('the content view of the catalogue', () => {
  test('keeps what detection reads: names, written forms, side, gender, death and dated role kinds', () => {
    for (const figure of FIGURES) {
      const view = contentFigure(figure);
      for (const key of DETECTION_KEYS) expect(view[key]).toEqual(figure[key]);
      expect(view.roles).toEqual(
        figure.roles.map(({ kind, start, end }) => ({
          title: '',
          start,
          ...(end === undefined ? {} : { end }),
          ...(kind === undefined ? {} : { kind }),
        })),
      );
    }
  });

  test('drops the bio, the role titles and sources and the check dates', () => {
    const view = contentFigure(FIGURES.find((figure) => figure.checked !== undefined)!);
    expect(view.bio).toBe('');
    expect(view.roles.every((role) => role.title === '')).toBe(true);
    expect(view.checked).toBeUndefined();
    expect(view.roles.some((role) => role.sources !== undefined)).toBe(false);
  });

  /** The packed figures a generated module parses. */
  const packedIn = (source: string) => {
    const literal = /JSON\.parse\((".*")\)\);\n$/s.exec(source)![1]!;
    return JSON.parse(JSON.parse(literal) as string) as Parameters<typeof unpackFigures>[0];
  };

  test('is written as a module exporting the same figures under the given name, packed', () => {
    const source = contentFiguresModule('SOME_FIGURES', FIGURES.slice(0, 3));
    expect(source).toMatch(
      /^import \{ unpackFigures \} from '@\/utils\/detect\/content-catalogue';\n/,
    );
    expect(source).toMatch(/\nexport const SOME_FIGURES = unpackFigures\(JSON\.parse\(/);
    expect(unpackFigures(packedIn(source))).toEqual(FIGURES.slice(0, 3).map(contentFigure));
  });

  test('unpacks every figure of the catalogue to its content view', () => {
    expect(unpackFigures(packedIn(contentFiguresModule('ALL', FIGURES)))).toEqual(
      FIGURES.map(contentFigure),
    );
  });
});
