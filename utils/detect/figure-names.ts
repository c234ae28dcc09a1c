/**
 * Every built-in figure's names (names-view.ts) for the pages that only name figures (the popup):
 * ~7 kB, where the whole catalogue with bios and roles is ~66 kB. Here computed from the catalogue
 * (tests, Node); the build replaces this module with the same view written as packed data
 * (scripts/lib/content-catalogue-plugin.ts, `figureNamesSource`), so the pages importing it never
 * load the catalogue.
 */
import { FIGURES } from './catalogue';
import { namesView, type FigureNames } from './names-view';

/** The names of every built-in figure, in the catalogue's order. */
export const FIGURE_NAMES: readonly FigureNames[] = FIGURES.map(namesView);
