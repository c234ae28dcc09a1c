import { describe, expect, test } from 'vitest';
import { FIGURES } from '@/utils/detect/catalogue';
import { FIGURE_NAMES } from '@/utils/detect/figure-names';
import { namesView, namesViewModule, unpackNames } from '@/utils/detect/names-view';
import { figureNamesOf, nameOf } from '@/components/figure-name';
import { figureNamesSource } from '../../../../scripts/lib/content-catalogue-plugin';

/** The packed rows a generated module parses. */
const packedIn = (source: string) => {
  const literal = /JSON\.parse\((".*")\)\);\n$/s.exec(source)![1]!;
  return JSON.parse(JSON.parse(literal) as string) as Parameters<typeof unpackNames>[0];
};

describe('the names view of the catalogue', () => {
  test('keeps each figure’s id, display name, side, native names and aliases, and nothing else', () => {
    for (const figure of FIGURES) {
      const view = namesView(figure);
      expect(view).toEqual({
        id: figure.id,
        name: figure.name,
        side: figure.side,
        nativeNames: figure.nativeNames,
        ...(figure.aliases ? { aliases: figure.aliases } : {}),
      });
      expect(JSON.stringify(view)).not.toContain(figure.bio.slice(0, 40));
    }
  });

  test('lists every built-in figure, in the catalogue’s order', () => {
    expect(FIGURE_NAMES.map((figure) => figure.id)).toEqual(FIGURES.map((figure) => figure.id));
  });

  test('the build’s packed module unpacks to the same names as the catalogue gives', () => {
    const source = namesViewModule('FIGURE_NAMES', FIGURES);
    expect(source).toMatch(/^import \{ unpackNames \} from '@\/utils\/detect\/names-view';\n/);
    expect(unpackNames(packedIn(source))).toEqual(FIGURES.map(namesView));
    expect(figureNamesSource('/x/utils/detect/figure-names.ts')).toBe(source);
    expect(figureNamesSource('/x/utils/detect/catalogue.ts')).toBeUndefined();
  });

  test('pages find a figure’s names by id, and fall back for a figure only a feed knows', () => {
    const figure = FIGURES[0]!;
    expect(figureNamesOf(figure.id)?.name).toBe(figure.name);
    expect(nameOf(figure.id, 'fallback')).toBe(figure.name);
    expect(figureNamesOf('feed-only-figure')).toBeUndefined();
    expect(nameOf('feed-only-figure', 'Someone New')).toBe('Someone New');
  });
});
