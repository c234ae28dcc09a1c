/**
 * Every message of Backchannel, one map per direction. A message is named after its sender
 * (`content.*`, `page.*`, `background.*`), so the direction shows at every call site. Each entry
 * is its payload schema (the receiver validates against it; the payload type is inferred from it)
 * and its result type. Add a message here and the compiler asks for its handler and sender types.
 */
import * as v from 'valibot';
import type { StoreStats } from '../store';
import {
  FigureId,
  IsoDay,
  PageSummarySchema,
  PageUrl,
  TabId,
  type FigureCard,
  type MentionShown,
  type MentionTexts,
  type PageSummary,
} from './shapes';

/** One message: the schema of its payload and (as a type only) its result. */
export interface MessageSpec<S extends v.GenericSchema, R> {
  schema: S;
  /** Never read at run time: carries the result type. */
  result?: R;
}

function message<R>() {
  return <S extends v.GenericSchema>(schema: S): MessageSpec<S, R> => ({ schema });
}

/** The StoreClient reads a framed figure view makes, with their arguments. */
const Limit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)));
const StoreRead = v.variant('call', [
  v.strictObject({ call: v.literal('figureInfo'), id: FigureId }),
  v.strictObject({
    call: v.literal('figureLabels'),
    ids: v.pipe(v.array(FigureId), v.maxLength(100)),
  }),
  v.strictObject({ call: v.literal('figureFirstPage'), id: FigureId }),
  v.strictObject({ call: v.literal('coMentioned'), id: FigureId, limit: Limit }),
  v.strictObject({
    call: v.literal('coverage'),
    id: FigureId,
    period: v.picklist(['year', 'month']),
  }),
  v.strictObject({
    call: v.literal('search'),
    query: v.pipe(v.string(), v.maxLength(200)),
    limit: Limit,
  }),
]);

/** One read of the store by a framed figure view. */
export type StoreRead = v.InferOutput<typeof StoreRead>;

/** content script → background */
export const contentToBackground = {
  /**
   * Asks which site the frame's tab shows (its top-level page; the frame's own when the tab's is
   * unknown), so that pausing a site pauses every frame in its tabs, third-party ones included.
   */
  'content.tabSite': message<{ site: string | null }>()(v.strictObject({})),
  /** Says hello when the frame starts marking; the answer tells it its tab id (for tests and logs). */
  'content.hello': message<{ tabId: number; frameId: number }>()(v.strictObject({ url: PageUrl })),
  /** Reports the figures found in this frame, so the popup can say who is on the tab. */
  'content.report': message<null>()(PageSummarySchema),
  /** Asks for the hover card of one figure, as of the page's date. */
  'content.figureCard': message<FigureCard>()(
    v.strictObject({ figureId: FigureId, date: v.optional(v.nullable(IsoDay)) }),
  ),
  /**
   * "Open background" on the card: opens the side panel (sidebar) of the sender's tab on the
   * figure. Sent from the click; where the browser refuses to open its panel from a page (Firefox),
   * the content script shows the same view in an in-page drawer instead (`shown: 'drawer'`).
   */
  'content.openPanel': message<{ shown: 'panel' | 'drawer' }>()(
    v.strictObject({ figureId: FigureId }),
  ),
  /** "Hide on this site" on the card: pauses Backchannel on the sender tab's site. */
  'content.pauseSite': message<{ site: string | null }>()(v.strictObject({})),
};

/** extension pages (popup, options, side panel) → background */
export const pageToBackground = {
  /** Who is on a tab: merges the reports of all its frames (asks the frames afresh). */
  'page.tabSummary': message<PageSummary | null>()(v.strictObject({ tabId: TabId })),
  /** Makes sure the article store is open and seeded; answers its counts. */
  'page.prepareStore': message<StoreStats>()(v.strictObject({})),
  /**
   * A read of the figure view, for the side panel page framed in the in-page drawer: a frame in a
   * web page gets no first-party storage, so it asks the background's store. Answers what the
   * StoreClient call of the same name answers (components/data/background-store-client.ts).
   */
  'page.readStore': message<unknown>()(StoreRead),
  /**
   * The side panel's count: scrolls the tab's top frame to the figure's next mention (cycling) and
   * flashes it; null when the page no longer marks the figure.
   */
  'page.showMention': message<MentionShown | null>()(
    v.strictObject({ tabId: TabId, figureId: FigureId }),
  ),
  /** The distinct texts by which the tab's top frame names the figure ("Wrong match? Report it"). */
  'page.mentionTexts': message<MentionTexts>()(
    v.strictObject({ tabId: TabId, figureId: FigureId }),
  ),
};

/** background → content script */
export const backgroundToContent = {
  /** Asks a frame for its current summary (figures found, active or paused). */
  'background.pageSummary': message<PageSummary>()(v.strictObject({})),
  /** The keyboard command: the focused frame opens the card of the mention nearest the caret, else the first in view. */
  'background.openCard': message<{ opened: boolean }>()(v.strictObject({})),
  /** Scrolls to the figure's next marked mention after the last one shown, and flashes it. */
  'background.showMention': message<MentionShown | null>()(v.strictObject({ figureId: FigureId })),
  /** The distinct texts of the figure's marked mentions, with the frame's URL. */
  'background.mentionTexts': message<MentionTexts>()(v.strictObject({ figureId: FigureId })),
};

/** background → extension pages (broadcast; pages check it came from this extension's background) */
export const backgroundToPages = {
  /** A tab's report changed (a scan found other figures, the tab navigated): pages showing it ask again. */
  'background.tabChanged': message<null>()(v.strictObject({ tabId: TabId })),
};

/** Any of the three maps. */
export type MessageMap = Record<string, MessageSpec<v.GenericSchema, unknown>>;
export type ContentToBackground = typeof contentToBackground;
export type PageToBackground = typeof pageToBackground;
export type BackgroundToContent = typeof backgroundToContent;
export type BackgroundToPages = typeof backgroundToPages;

/** The payload of message `K`, inferred from its schema. */
export type PayloadOf<M extends MessageMap, K extends keyof M> = v.InferOutput<M[K]['schema']>;
/** The result of message `K`. */
export type ResultOf<M extends MessageMap, K extends keyof M> = Exclude<M[K]['result'], undefined>;
