/**
 * Marks mentions with the CSS Custom Highlight API: no wrapper elements, nothing for page
 * scripts to trip over. The highlight registry is shared with the page, so the name is unique.
 */

/** A painter for one frame; `clear()` removes every mark, `destroy()` also drops the style. */
export interface Highlighter {
  paint(ranges: Range[]): void;
  clear(): void;
  destroy(): void;
}

const STYLE = (name: string) => `
::highlight(${name}) {
  background-color: rgb(255 200 61 / 0.38);
  text-decoration: underline 2px rgb(176 112 0 / 0.9);
  text-underline-offset: 3px;
}`;

/** Creates a highlighter, or a silent one where the browser lacks the API. */
export function createHighlighter(doc: Document): Highlighter {
  const name = `backchannel-${Math.random().toString(36).slice(2, 10)}`;
  const view = doc.defaultView;
  if (!view || !('highlights' in view.CSS) || typeof view.Highlight !== 'function') {
    return { paint() {}, clear() {}, destroy() {} };
  }
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(STYLE(name));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    paint(ranges) {
      if (ranges.length === 0) view.CSS.highlights.delete(name);
      else view.CSS.highlights.set(name, new view.Highlight(...ranges));
    },
    clear() {
      view.CSS.highlights.delete(name);
    },
    destroy() {
      view.CSS.highlights.delete(name);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
