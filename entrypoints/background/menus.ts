/** "Look up in Backchannel" on a text selection: the side panel on the best match, or a search for the text. */
import { browser } from 'wxt/browser';
import { detect } from '@/utils/detect';
import { t } from '@/utils/i18n';
import { openPanelFor } from './panel';

const LOOKUP = 'backchannel-lookup';
/** Selections longer than this are cut: a name is short, and a search box is too. */
const MAX_SELECTION = 200;

type Menus = typeof browser.contextMenus;

function menus(): Menus | undefined {
  return (browser as unknown as { contextMenus?: Menus }).contextMenus;
}

/** The figure a selection names best: the first confident mention; null when none is. */
export function bestMatch(selection: string, date?: string | null): string | null {
  const mentions = detect(selection.slice(0, MAX_SELECTION), { date });
  return mentions.find((m) => m.figureId && m.confidence >= 0.8)?.figureId ?? null;
}

/** Creates the menu item (idempotent: install and start-up both call it). */
export function createLookupMenu(): void {
  const api = menus();
  if (!api) return;
  void Promise.resolve(api.removeAll())
    .then(() =>
      api.create({ id: LOOKUP, title: t('background_lookUp_menu'), contexts: ['selection'] }),
    )
    .catch(() => {});
}

/** Handles clicks on the menu item. */
export function listenToLookupMenu(): void {
  menus()?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP || tab?.id === undefined) return;
    const selection = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
    if (!selection) return;
    const figureId = bestMatch(selection);
    // Synchronous up to open(): the click is the user gesture the panel needs.
    void openPanelFor(tab.id, figureId ? { figureId } : { query: selection });
  });
}
