/**
 * The reader's corrections, per page URL: "Not this person" and "Which one?" choices from the
 * hover card and the side panel. Kept in `storage.local` only, at most MAX_PAGES pages (oldest dropped).
 */
import { localItem } from './local-item';
import { isFigureId } from './validate/ids';
import { MAX_URL_CHARS } from './validate/limits';

/** One correction: a mention with this text is not / is this figure. */
export interface MentionChoice {
  text: string;
  figureId: string;
}

/** The reader's choices for one page. */
export interface PageOverrides {
  /** "Not this person": a mention with this text is not linked to this figure. */
  notThis: MentionChoice[];
  /** "Which one?": a mention with this text links to this figure. */
  chosen: MentionChoice[];
}

export const NO_OVERRIDES: PageOverrides = { notThis: [], chosen: [] };

/** How many pages keep their corrections. */
export const MAX_PAGES = 500;
/** Longest mention text kept (names are short; anything longer is not ours). */
const MAX_TEXT = 120;
/** Most corrections per page and kind. */
const MAX_PER_PAGE = 100;

interface Stored {
  /** url → overrides, with when they were last changed (for dropping the oldest). */
  pages: Record<string, PageOverrides & { at: number }>;
}

const item = localItem<Stored>('pageOverrides', { pages: {} });

/** The page key: the URL without its fragment. */
export function pageKey(url: string): string {
  return url.split('#')[0]!.slice(0, MAX_URL_CHARS);
}

function cleanChoices(raw: unknown): MentionChoice[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (c): c is MentionChoice =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as MentionChoice).text === 'string' &&
        (c as MentionChoice).text.length <= MAX_TEXT &&
        isFigureId((c as MentionChoice).figureId),
    )
    .slice(0, MAX_PER_PAGE)
    .map(({ text, figureId }) => ({ text, figureId }));
}

/** The reader's corrections for a page (none when nothing, or something malformed, is stored). */
export async function getPageOverrides(url: string): Promise<PageOverrides> {
  return overridesIn(await item.getValue(), url);
}

/** A page's corrections in what is stored. */
function overridesIn(stored: Stored, url: string): PageOverrides {
  const pages = stored.pages ?? {};
  const page = Object.prototype.hasOwnProperty.call(pages, pageKey(url))
    ? pages[pageKey(url)]
    : undefined;
  if (!page) return NO_OVERRIDES;
  return { notThis: cleanChoices(page.notThis), chosen: cleanChoices(page.chosen) };
}

/** Records one correction for a page; a choice replaces earlier corrections of the same text. */
export async function addPageOverride(
  url: string,
  kind: keyof PageOverrides,
  choice: MentionChoice,
): Promise<PageOverrides> {
  const key = pageKey(url);
  const current = await getPageOverrides(url);
  const text = choice.text.slice(0, MAX_TEXT);
  const next: PageOverrides =
    kind === 'chosen'
      ? {
          notThis: current.notThis.filter((c) => c.text !== text),
          chosen: [
            ...current.chosen.filter((c) => c.text !== text),
            { text, figureId: choice.figureId },
          ],
        }
      : {
          notThis: [...current.notThis, { text, figureId: choice.figureId }].slice(-MAX_PER_PAGE),
          chosen: current.chosen.filter(
            (c) => !(c.text === text && c.figureId === choice.figureId),
          ),
        };
  const { pages } = await item.getValue();
  const kept = Object.entries(pages ?? {})
    .filter(([url]) => url !== key)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_PAGES - 1);
  await item.setValue({ pages: Object.fromEntries([[key, { ...next, at: Date.now() }], ...kept]) });
  return next;
}

/** Calls back when the corrections of a page change (in any tab or page). */
export function watchPageOverrides(
  url: string,
  callback: (overrides: PageOverrides) => void,
): () => void {
  return item.watch((stored) => callback(overridesIn(stored, url)));
}
