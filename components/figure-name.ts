/** Figures' names in the UI language's usual form (Korean UI: Hangul first). */
import { FIGURE_NAMES } from '@/utils/detect/figure-names';
import { localName, otherNames } from '@/utils/detect/local-name';
import type { FigureNames } from '@/utils/detect/names-view';
import type { Figure } from '@/utils/detect/types';
import { uiLanguage } from '@/utils/i18n';

type Named = Pick<Figure, 'name' | 'nativeNames'> & { aliases?: readonly string[] };

/** The name to show for `figure`. */
export function figureName(figure: Named): string {
  return localName(figure, uiLanguage());
}

/** The names to show beside it (the English one in a Korean UI, the native scripts). */
export function figureOtherNames(figure: Named): string[] {
  return otherNames(figure, uiLanguage());
}

let namesById: Map<string, FigureNames> | undefined;

/**
 * A built-in figure's names (the catalogue's names view: no bios or roles, so a page that only
 * names figures does not load the catalogue); undefined for one the catalogue lacks.
 */
export function figureNamesOf(id: string): FigureNames | undefined {
  namesById ??= new Map(FIGURE_NAMES.map((figure) => [figure.id, figure]));
  return namesById.get(id);
}

/** The name to show for a figure known by id; `fallback` for one the catalogue lacks (added by a feed). */
export function nameOf(id: string, fallback: string): string {
  const figure = figureNamesOf(id);
  return figure ? figureName(figure) : fallback;
}
