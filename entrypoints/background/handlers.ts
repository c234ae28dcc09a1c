/** What the background does for each message; validation already happened in router.ts. */
import { getFigure, roleAt } from '@/utils/detect/catalogue';
import { localName } from '@/utils/detect/local-name';
import { firstSentence } from '@/utils/first-sentence';
import { t, uiLanguage } from '@/utils/i18n';
import { broadcastToPages, HandlerError, sendToContent, type FigureCard } from '@/utils/protocol';
import { setSitePaused, siteOfUrl } from '@/utils/settings';
import {
  articlesForFigure,
  figureBackground,
  prepareStore,
  storeStats,
  type FigureBackground,
} from '@/utils/store';
import { showFigureCount } from './badge';
import { readStore } from './store-reads';
import { openPanelFor } from './panel';
import type { Handlers } from './router';
import { askFrame, noteSeen, tabPageUrl } from './report-handlers';
import { askTab, recordReport } from './tab-reports';

/** How many stored items a hover card lists. */
const CARD_ITEMS = 2;

export const handlers: Handlers = {
  content: {
    async 'content.tabSite'(_payload, sender) {
      return { site: siteOfUrl(await tabPageUrl(sender)) ?? siteOfUrl(sender.url) };
    },
    async 'content.hello'(_payload, sender) {
      return { tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 };
    },
    async 'content.report'(summary, sender) {
      const tab = sender.tab;
      if (tab?.id === undefined) return null;
      const merged = await recordReport(tab.id, sender.frameId ?? 0, summary);
      showFigureCount(tab.id, merged?.figures.length ?? 0);
      if (merged && !tab.incognito) await noteSeen(merged);
      void broadcastToPages('background.tabChanged', { tabId: tab.id });
      return null;
    },
    async 'content.figureCard'({ figureId, date }) {
      return figureCard(figureId, date ?? undefined);
    },
    // Not async up to open(): the click's user gesture must still be alive when the panel opens.
    'content.openPanel'({ figureId }, sender) {
      const tab = sender.tab;
      if (tab?.id === undefined) throw new HandlerError('not-found', t('background_cardNotInTab'));
      return openPanelFor(tab.id, { figureId }).then((opened) => ({
        shown: opened ? ('panel' as const) : ('drawer' as const),
      }));
    },
    async 'content.pauseSite'(_payload, sender) {
      // The tab's site, never the frame's: "Hide on this site" in an embedded frame hides the page's site.
      const site = siteOfUrl(await tabPageUrl(sender));
      if (site) await setSitePaused(site, true);
      return { site };
    },
  },
  page: {
    async 'page.tabSummary'({ tabId }) {
      return askTab(tabId, askFrame);
    },
    async 'page.prepareStore'() {
      return storeStats(await prepareStore());
    },
    'page.readStore'(read) {
      return readStore(read);
    },
    async 'page.showMention'({ tabId, figureId }) {
      return askTopFrame(() => sendToContent(tabId, 'background.showMention', { figureId }));
    },
    async 'page.mentionTexts'({ tabId, figureId }) {
      return askTopFrame(() => sendToContent(tabId, 'background.mentionTexts', { figureId }));
    },
  },
};

/** A question for a tab's page, refused in words a reader understands when no page can answer. */
async function askTopFrame<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    throw new HandlerError('unavailable', 'This tab has no page Backchannel can read. Reload it.');
  }
}

/** The card's name in the UI language's usual form, and the one beside it (the English one in Korean). */
function cardNames(figure: FigureBackground): Pick<FigureCard, 'name' | 'nativeName'> {
  // A built-in figure's Hangul name may be among its aliases (조 바이든), which the stored
  // background does not carry: the popup and the panel read them from the catalogue too.
  const name = localName(getFigure(figure.id) ?? figure, uiLanguage());
  if (name === figure.name) return { name, nativeName: figure.nativeNames[0] ?? null };
  return { name, nativeName: figure.name };
}

/** The hover card: who this is, their role as of the date, and the newest stored items. */
export async function figureCard(figureId: string, date?: string): Promise<FigureCard> {
  const db = await prepareStore();
  const figure = await figureBackground(db, figureId);
  if (!figure) throw new HandlerError('not-found', t('background_noFigure', figureId));
  const asOf = date ?? new Date().toISOString().slice(0, 10);
  const role = roleAt(figure, asOf);
  const articles = await articlesForFigure(db, figureId, { limit: CARD_ITEMS });
  return {
    id: figure.id,
    ...cardNames(figure),
    side: figure.side,
    role: role
      ? {
          title: role.title,
          start: role.start,
          ...(role.end ? { end: role.end } : {}),
          ...(role.sources?.[0] ? { source: role.sources[0] } : {}),
        }
      : null,
    asOf,
    bio: firstSentence(figure.bio),
    articleCount: figure.mentionCount,
    latest: articles.map((article) => ({
      id: article.id,
      title: article.title,
      date: article.date,
      ...(article.url ? { url: article.url } : {}),
    })),
  };
}
