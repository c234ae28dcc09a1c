/**
 * Build-time swaps of the catalogue's views. For the content script, each figures/*.ts module
 * becomes its content view (utils/detect/content-catalogue.ts), so bios and role sources stay out
 * of the pages' script: wxt.config.ts for the content-script build only, bench/page.ts to size it.
 * For every build, utils/detect/figure-names.ts becomes its names view written as data, so the
 * pages that only name figures (the popup) never load the catalogue: wxt.config.ts, and
 * bench/store.ts for the popup it times.
 */
import { DPRK_FIGURES } from '../../utils/detect/figures/dprk';
import { OTHER_FIGURES } from '../../utils/detect/figures/others';
import { ROK_FIGURES } from '../../utils/detect/figures/rok';
import { US_FIGURES } from '../../utils/detect/figures/us';
import { FIGURES } from '../../utils/detect/catalogue';
import { contentFiguresModule } from '../../utils/detect/content-catalogue';
import { namesViewModule } from '../../utils/detect/names-view';

/** The figure modules, by file name, with the name each exports. */
const FIGURE_MODULES = {
  dprk: ['DPRK_FIGURES', DPRK_FIGURES],
  rok: ['ROK_FIGURES', ROK_FIGURES],
  us: ['US_FIGURES', US_FIGURES],
  others: ['OTHER_FIGURES', OTHER_FIGURES],
} as const;

/** Matches the path of a figures module; group 1 is its file name. */
export const FIGURE_MODULE_PATH = /utils[\\/]detect[\\/]figures[\\/](dprk|rok|us|others)\.ts$/;

/** The content view's source for the figures module at `path`, or undefined for any other file. */
export function contentCatalogueSource(path: string): string | undefined {
  const file = FIGURE_MODULE_PATH.exec(path)?.[1] as keyof typeof FIGURE_MODULES | undefined;
  if (!file) return undefined;
  const [name, figures] = FIGURE_MODULES[file];
  return contentFiguresModule(name, figures);
}

/** A Vite plugin that loads `sourceFor(path)` in place of the module at `path`, where it gives one. */
function loadInPlace(name: string, sourceFor: (path: string) => string | undefined) {
  return {
    name,
    enforce: 'pre' as const,
    load(id: string): string | undefined {
      return sourceFor(id.split('?')[0]!);
    },
  };
}

/** A Vite plugin loading the content view in place of each figures module. */
export function contentCatalogue() {
  return loadInPlace('backchannel-content-catalogue', contentCatalogueSource);
}

/** Matches the path of the names view module (utils/detect/figure-names.ts). */
export const FIGURE_NAMES_PATH = /utils[\\/]detect[\\/]figure-names\.ts$/;

/** The packed names view's source for utils/detect/figure-names.ts, or undefined for any other file. */
export function figureNamesSource(path: string): string | undefined {
  return FIGURE_NAMES_PATH.test(path) ? namesViewModule('FIGURE_NAMES', FIGURES) : undefined;
}

/** A Vite plugin loading the packed names view in place of utils/detect/figure-names.ts. */
export function figureNamesCatalogue() {
  return loadInPlace('backchannel-figure-names', figureNamesSource);
}
