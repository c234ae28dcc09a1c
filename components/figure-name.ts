/** Figures' names in the UI language's usual form (Korean UI: Hangul first). */
import { getFigure } from '@/utils/detect/catalogue';
import { localName, otherNames } from '@/utils/detect/local-name';
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

/** The name to show for a figure known by id; `fallback` for one the catalogue lacks (added by a feed). */
export function nameOf(id: string, fallback: string): string {
  const figure = getFigure(id);
  return figure ? figureName(figure) : fallback;
}
