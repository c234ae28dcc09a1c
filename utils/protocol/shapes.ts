/**
 * Shapes that travel in messages, written once as valibot schemas; their TypeScript types are
 * inferred from them. Results (which only our own code produces) are declared by hand.
 */
import * as v from 'valibot';
import type { SourceRef } from '../detect/types';
import { isIsoDay } from '../validate/dates';
import { isFigureId } from '../validate/ids';
import { MAX_PAGE_FIGURES, MAX_PAGE_TITLE_CHARS, MAX_URL_CHARS } from '../validate/limits';

/** An ISO day `YYYY-MM-DD` that exists in the calendar. */
export const IsoDay = v.pipe(
  v.string(),
  v.check((s) => isIsoDay(s), 'must be a real date YYYY-MM-DD'),
);
/** A well-formed figure id (`sung-kim`). */
export const FigureId = v.pipe(
  v.string(),
  v.check((s) => isFigureId(s), 'is not a figure id'),
);
/** A browser tab id. */
export const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A page URL, bounded. */
export const PageUrl = v.pipe(v.string(), v.maxLength(MAX_URL_CHARS));

/** A figure seen on a page, with how many times it is mentioned there. */
export const PageFigureSchema = v.strictObject({
  id: FigureId,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type PageFigure = v.InferOutput<typeof PageFigureSchema>;

/** What a content script knows about its frame. */
export const PageSummarySchema = v.strictObject({
  url: PageUrl,
  title: v.pipe(v.string(), v.maxLength(MAX_PAGE_TITLE_CHARS)),
  /** `article:published_time` (or similar) of the page, when the page says. */
  date: v.nullable(IsoDay),
  /** Whether Backchannel is active here (false when paused for the site or globally). */
  active: v.boolean(),
  figures: v.pipe(v.array(PageFigureSchema), v.maxLength(MAX_PAGE_FIGURES)),
});
export type PageSummary = v.InferOutput<typeof PageSummarySchema>;

/** The short card shown on hover (a result: built by the background). */
export interface FigureCard {
  id: string;
  name: string;
  /** The first native-script name (Hangul, Chinese, Cyrillic …), if any. */
  nativeName: string | null;
  side: string;
  /** The role held on `asOf`, with the reporting it rests on; null when none is listed. */
  role: { title: string; start: string; end?: string; source?: SourceRef } | null;
  /** The day the role is given for: the page's date, else today. */
  asOf: string;
  /** The bio's first sentence. */
  bio: string;
  /** How many stored articles name the figure. */
  articleCount: number;
  /** The newest stored items (at most two). */
  latest: { id: string; title: string; date: string; url?: string }[];
}

/** Which mention the page scrolled to: `index` (0-based) of `total` marked ones of the figure. */
export interface MentionShown {
  index: number;
  total: number;
}

/** How a frame names one figure: its URL (the corrections' page key) and the mentions' texts. */
export interface MentionTexts {
  url: string;
  texts: string[];
}
