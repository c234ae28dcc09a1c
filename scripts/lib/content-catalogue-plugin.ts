/**
 * Build-time swap for the content script: each figures/*.ts module becomes its content view
 * (utils/detect/content-catalogue.ts), so bios and role sources stay out of the pages' script.
 * Used by wxt.config.ts for the content-script build only, and by bench/page.ts to size it.
 */
import { DPRK_FIGURES } from '../../utils/detect/figures/dprk';
import { OTHER_FIGURES } from '../../utils/detect/figures/others';
import { ROK_FIGURES } from '../../utils/detect/figures/rok';
import { US_FIGURES } from '../../utils/detect/figures/us';
import { contentFiguresModule } from '../../utils/detect/content-catalogue';

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

/** A Vite plugin loading the content view in place of each figures module. */
export function contentCatalogue() {
  return {
    name: 'backchannel-content-catalogue',
    enforce: 'pre' as const,
    load(id: string): string | undefined {
      return contentCatalogueSource(id.split('?')[0]!);
    },
  };
}
