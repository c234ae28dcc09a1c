/**
 * The side panel's "show me": scrolls the page to a figure's next marked mention and flashes it
 * for a moment, in a highlight of its own (no DOM change, removed after the flash). Repeated
 * requests cycle through the mentions in document order.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionShown, MentionTexts } from '@/utils/protocol';
import { randomName } from './highlights';
import type { MentionIndex, PageMention } from './mentions';
import { later } from './slices';

/** How long a shown mention stays flashed. */
export const FLASH_MS = 1600;

const FLASH_STYLE = (name: string) => `
::highlight(${name}) {
  background-color: rgb(255 120 0 / 0.75);
  color: black;
}`;

export interface MentionPointer {
  /** Scrolls to the figure's mention after the last one shown (the first after the last); null when none is marked. */
  show(figureId: string): MentionShown | null;
  /** The distinct texts naming the figure among the marked mentions. */
  texts(figureId: string): MentionTexts;
}

export function createMentionPointer(
  ctx: ContentScriptContext,
  doc: Document,
  mentions: () => MentionIndex,
): MentionPointer {
  const view = doc.defaultView;
  const last = new Map<string, number>();
  const name = randomName();
  let sheet: CSSStyleSheet | null = null;
  let timer: number | undefined;

  const unflash = () => {
    view?.CSS?.highlights?.delete(name);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
    timer = undefined;
  };

  const flash = (mention: PageMention) => {
    if (!view || typeof view.Highlight !== 'function' || !view.CSS?.highlights) return;
    if (timer !== undefined) clearTimeout(timer);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(FLASH_STYLE(name));
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    view.CSS.highlights.set(name, new view.Highlight(mention.staticRange));
    timer = later(ctx, unflash, FLASH_MS);
  };

  const of = (figureId: string) => mentions().all.filter((m) => m.figureId === figureId);

  return {
    show(figureId) {
      const all = of(figureId);
      if (all.length === 0) return null;
      const index = ((last.get(figureId) ?? -1) + 1) % all.length;
      last.set(figureId, index);
      const mention = all[index]!;
      const node = mention.staticRange.startContainer;
      const element = node instanceof Element ? node : node.parentElement;
      element?.scrollIntoView({ block: 'center', inline: 'nearest' });
      flash(mention);
      return { index, total: all.length };
    },
    texts(figureId) {
      return { url: location.href, texts: [...new Set(of(figureId).map((m) => m.text))] };
    },
  };
}
