/** What the background does for each message; validation already happened in router.ts. */
import { getFigure, roleAt } from '@/utils/detect/catalogue';
import { siteOfUrl } from '@/utils/settings';
import { HandlerError, sendToContent, type FigureCard, type PageSummary } from '@/utils/protocol';
import { articlesForFigure, prepareStore, storeStats } from '@/utils/store';
import type { Handlers } from './router';
import { mergedReport, recordReport } from './tab-reports';

/** How many stored items a hover card lists. */
const CARD_ITEMS = 3;

export const handlers: Handlers = {
  content: {
    async 'content.tabSite'(_payload, sender) {
      return { site: siteOfUrl(sender.tab?.url) ?? siteOfUrl(sender.url) };
    },
    async 'content.hello'(_payload, sender) {
      return { tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 };
    },
    async 'content.report'(summary, sender) {
      if (sender.tab?.id !== undefined) recordReport(sender.tab.id, sender.frameId ?? 0, summary);
      return null;
    },
    async 'content.figureCard'({ figureId, date }) {
      return figureCard(figureId, date ?? undefined);
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
  },
};

/** The hover card: who this is, their role as of the date, and the newest stored items. */
export async function figureCard(figureId: string, date?: string): Promise<FigureCard> {
  const figure = getFigure(figureId);
  if (!figure) throw new HandlerError('not-found', `No figure “${figureId}”.`);
  const db = await prepareStore();
  const articles = await articlesForFigure(db, figureId, { limit: CARD_ITEMS });
  return {
    id: figure.id,
    name: figure.name,
    side: figure.side,
    role: roleAt(figure, date)?.title ?? null,
    bio: figure.bio,
    latest: articles.map((article) => ({
      id: article.id,
      title: article.title,
      date: article.date,
    })),
  };
}
