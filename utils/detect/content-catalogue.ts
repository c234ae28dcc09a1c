/**
 * The catalogue as the content script needs it: names, written forms, sides and dated roles for
 * detection and resolution, without bios, sources or check dates (the card asks the background
 * for those). The content build swaps each figures/*.ts module for this view at build time
 * (scripts/lib/content-catalogue-plugin.ts), so the reader's pages carry a smaller script.
 */
import type { Figure, Role } from './types';

/** The figure without what only the extension pages show: bio, role sources, check dates. */
export function contentFigure(figure: Figure): Figure {
  const { bio: _bio, checked: _checked, nativeChecked: _nativeChecked, roles, ...kept } = figure;
  return { ...kept, bio: '', roles: roles.map(contentRole) };
}

function contentRole(held: Role): Role {
  const { sources: _sources, ...kept } = held;
  return kept;
}

/** Source of a module exporting `name` as the content view of `figures`. */
export function contentFiguresModule(name: string, figures: readonly Figure[]): string {
  // JSON.parse of a string literal parses faster than the same object literal.
  const json = JSON.stringify(figures.map(contentFigure));
  return `export const ${name} = JSON.parse(${JSON.stringify(json)});\n`;
}
