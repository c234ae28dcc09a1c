/**
 * Marks mentions with the CSS Custom Highlight API: no wrapper elements, nothing for page
 * scripts to trip over. The highlight registry is shared with the page, so names are unique.
 * Linked mentions are underlined solid; ambiguous ones (candidates, no single figure) dotted.
 */

/** A painter for one frame; `clear()` removes every mark, `destroy()` also drops the style. */
export interface Highlighter {
  paint(linked: Range[], ambiguous?: Range[]): void;
  clear(): void;
  destroy(): void;
}

const STYLE = (linked: string, ambiguous: string) => `
::highlight(${linked}) {
  background-color: rgb(255 200 61 / 0.38);
  text-decoration: underline 2px rgb(176 112 0 / 0.9);
  text-underline-offset: 3px;
}
::highlight(${ambiguous}) {
  text-decoration: underline 2px dotted rgb(176 112 0 / 0.9);
  text-underline-offset: 3px;
}`;

/** Creates a highlighter, or a silent one where the browser lacks the API. */
export function createHighlighter(doc: Document): Highlighter {
  const suffix = Math.random().toString(36).slice(2, 10);
  const linked = `backchannel-${suffix}`;
  const ambiguous = `backchannel-a-${suffix}`;
  const view = doc.defaultView;
  if (!view || !('highlights' in view.CSS) || typeof view.Highlight !== 'function') {
    return { paint() {}, clear() {}, destroy() {} };
  }
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(STYLE(linked, ambiguous));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const set = (name: string, ranges: Range[]) => {
    if (ranges.length === 0) view.CSS.highlights.delete(name);
    else view.CSS.highlights.set(name, new view.Highlight(...ranges));
  };
  return {
    paint(linkedRanges, ambiguousRanges = []) {
      set(linked, linkedRanges);
      set(ambiguous, ambiguousRanges);
    },
    clear() {
      view.CSS.highlights.delete(linked);
      view.CSS.highlights.delete(ambiguous);
    },
    destroy() {
      this.clear();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
