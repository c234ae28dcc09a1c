import { describe, expect, test } from 'vitest';
import { FIGURES } from '@/utils/detect/catalogue';
import { contentFigure, contentFiguresModule } from '@/utils/detect/content-catalogue';

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
        figure.roles.map(({ title, kind, start, end }) =>
          end === undefined ? { title, kind, start } : { title, kind, start, end },
        ),
      );
    }
  });

  test('drops the bio, the role sources and the check dates', () => {
    const view = contentFigure(FIGURES.find((figure) => figure.checked !== undefined)!);
    expect(view.bio).toBe('');
    expect(view.checked).toBeUndefined();
    expect(view.roles.some((role) => role.sources !== undefined)).toBe(false);
  });

  test('is written as a module exporting the same figures under the given name', () => {
    const source = contentFiguresModule('SOME_FIGURES', FIGURES.slice(0, 3));
    const literal = /^export const SOME_FIGURES = JSON\.parse\((".*")\);\n$/s.exec(source)![1]!;
    expect(JSON.parse(JSON.parse(literal) as string)).toEqual(
      FIGURES.slice(0, 3).map(contentFigure),
    );
  });
});
