/** What the background does for each message; validation already happened in router.ts. */
import { roleAt } from '@/utils/detect/catalogue';
import { localName } from '@/utils/detect/local-name';
import { t, uiLanguage } from '@/utils/i18n';
import {
  broadcastToPages,
  HandlerError,
  sendToContent,
  type FigureCard,
  type PageSummary,
} from '@/utils/protocol';
import { setSitePaused, siteOfUrl } from '@/utils/settings';
import {
  articlesForFigure,
  figureBackground,
  prepareStore,
  storeStats,
  type FigureBackground,
} from '@/utils/store';
import { showFigureCount } from './badge';
import { openFigureTab, openPanelFor } from './panel';
import type { Handlers } from './router';
import { mergedReport, recordReport } from './tab-reports';

/** How many stored items a hover card lists. */
const CARD_ITEMS = 2;

export const handlers: Handlers = {
  content: {
    async 'content.tabSite'(_payload, sender) {
      return { site: siteOfUrl(sender.tab?.url) ?? siteOfUrl(sender.url) };
    },
    async 'content.hello'(_payload, sender) {
      return { tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 };
    },
    async 'content.report'(summary, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      recordReport(tabId, sender.frameId ?? 0, summary);
      showFigureCount(tabId, mergedReport(tabId)?.figures.length ?? 0);
      void broadcastToPages('background.tabChanged', { tabId });
      return null;
    },
    async 'content.figureCard'({ figureId, date }) {
      return figureCard(figureId, date ?? undefined);
    },
    // Not async up to open(): the click's user gesture must still be alive when the panel opens.
    'content.openPanel'({ figureId }, sender) {
      const tab = sender.tab;
      if (tab?.id === undefined) throw new HandlerError('not-found', t('background_cardNotInTab'));
      return openPanelFor(tab.id, { figureId }).then(async (opened) => {
        if (opened) return { shown: 'panel' as const };
        await openFigureTab(tab, figureId);
        return { shown: 'tab' as const };
      });
    },
    async 'content.pauseSite'(_payload, sender) {
      // The tab's site, not the frame's: "Hide on this site" in an embedded frame hides the page's site.
      const site = siteOfUrl(sender.tab?.url) ?? siteOfUrl(sender.url);
      if (site) await setSitePaused(site, true);
      return { site };
    },
  },
  page: {
    async 'page.tabSummary'({ tabId }) {
      let top: PageSummary | undefined;
      try {
        top = await sendToContent(tabId, 'background.pageSummary', {});
      } catch {
        // No content script there (a browser page, a store page, or not loaded yet).
      }
      return mergedReport(tabId, top);
    },
    async 'page.prepareStore'() {
      return storeStats(await prepareStore());
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

/** The bio's first sentence. */
function firstSentence(bio: string): string {
  return /^.+?[.!?](?=\s+[A-Z"“]|$)/.exec(bio)?.[0] ?? bio;
}

/** The card's name in the UI language's usual form, and the one beside it (the English one in Korean). */
function cardNames(figure: FigureBackground): Pick<FigureCard, 'name' | 'nativeName'> {
  const name = localName(figure, uiLanguage());
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
