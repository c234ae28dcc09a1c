/**
 * The figure the panel last showed for each tab, so switching back to a tab brings its figure
 * back. Kept in `storage.session` (extension contexts only, gone with the browser session).
 */
import { storage } from 'wxt/utils/storage';

const keyOf = (tabId: number) => `session:panel-figure:${tabId}` as const;

/** Remembers `figureId` (null: the tab's overview) as what the panel of `tabId` showed last. */
export function rememberFigure(tabId: number, figureId: string | null): Promise<void> {
  return figureId === null
    ? storage.removeItem(keyOf(tabId))
    : storage.setItem<string>(keyOf(tabId), figureId);
}

/** The figure the panel of `tabId` showed last, if any. */
export function lastFigure(tabId: number): Promise<string | null> {
  return storage.getItem<string>(keyOf(tabId));
}
