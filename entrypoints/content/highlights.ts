/**
 * Marks mentions with the CSS Custom Highlight API: no wrapper elements, nothing for page
 * scripts to trip over. Linked mentions are underlined solid; ambiguous ones (candidates, no
 * single figure) dotted.
 *
 * The highlight registry and `adoptedStyleSheets` are shared with the page, so both are created
 * only when there is something to mark, removed as soon as there is not (paused, off, nothing
 * found), and named at random with no product word: a page cannot tell Backchannel is installed
 * from a frame where it marks nothing. Marks are StaticRanges: live Ranges are updated by the
 * browser on every DOM change of the page (40,000 of them made a page's own insert/remove pairs
 * over 1,000 times slower); the scanner repaints after changes instead.
 */

/** A painter for one frame. */
export interface Highlighter {
  /** Shows exactly these marks (changes only what differs from the last paint). */
  paint(linked: readonly AbstractRange[], ambiguous: readonly AbstractRange[]): void;
  /** Changes some marks: removes `removed` (whichever style), then adds `linked` and `ambiguous`. */
  update(
    linked: readonly AbstractRange[],
    ambiguous: readonly AbstractRange[],
    removed: readonly AbstractRange[],
  ): void;
  /** Removes every mark, the highlights and the style sheet. */
  clear(): void;
  /** How many marks are shown. */
  readonly size: number;
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

/** A name no page can tie to us: "h" and random letters and digits. */
export function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `h${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
}

/** One named highlight in the registry, created on first use. */
class Layer {
  readonly name = randomName();
  highlight: Highlight | null = null;

  constructor(private readonly view: Window & typeof globalThis) {}

  get size(): number {
    return this.highlight?.size ?? 0;
  }

  show(ranges: readonly AbstractRange[]): void {
    const registry = this.view.CSS.highlights;
    if (ranges.length === 0) {
      this.drop();
      return;
    }
    const current = this.highlight;
    if (current && registry.get(this.name) === current) {
      const wanted = new Set(ranges);
      let stale = 0;
      for (const range of current) if (!wanted.has(range)) stale++;
      // A few changes: edit the highlight in place. Most of it new: build it again.
      if (stale + ranges.length - (current.size - stale) <= ranges.length) {
        for (const range of [...current]) if (!wanted.has(range)) current.delete(range);
        for (const range of ranges) current.add(range);
        return;
      }
    }
    this.drop(); // never two generations of marks at once
    this.highlight = new this.view.Highlight(...ranges);
    registry.set(this.name, this.highlight);
  }

  /** Removes these ranges and adds those (creating the highlight if it has none yet). */
  edit(removed: readonly AbstractRange[], added: readonly AbstractRange[]): void {
    const current = this.highlight;
    if (current) for (const range of removed) current.delete(range);
    if (added.length === 0) {
      if (current && current.size === 0) this.drop();
      return;
    }
    if (current && this.view.CSS.highlights.get(this.name) === current) {
      for (const range of added) current.add(range);
      return;
    }
    // First marks (or the page replaced ours): a new highlight with what should be shown.
    const ranges = current ? [...current, ...added] : added;
    this.drop();
    this.highlight = new this.view.Highlight(...ranges);
    this.view.CSS.highlights.set(this.name, this.highlight);
  }

  drop(): void {
    if (this.highlight) this.view.CSS.highlights.delete(this.name);
    this.highlight = null;
  }
}

/** Creates a highlighter, or a silent one where the browser lacks the API. */
export function createHighlighter(doc: Document): Highlighter {
  const view = doc.defaultView;
  if (!view || !view.CSS || !('highlights' in view.CSS) || typeof view.Highlight !== 'function') {
    return { paint() {}, update() {}, clear() {}, size: 0 };
  }
  const linked = new Layer(view);
  const ambiguous = new Layer(view);
  let sheet: CSSStyleSheet | null = null;

  const adoptSheet = () => {
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(STYLE(linked.name, ambiguous.name));
    }
    // The page may have replaced its adopted sheets since: put ours back.
    if (!doc.adoptedStyleSheets.includes(sheet)) {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
  };
  const dropSheet = () => {
    if (sheet && doc.adoptedStyleSheets.includes(sheet)) {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    sheet = null;
  };

  return {
    paint(linkedRanges, ambiguousRanges) {
      if (linkedRanges.length === 0 && ambiguousRanges.length === 0) {
        this.clear();
        return;
      }
      adoptSheet();
      linked.show(linkedRanges);
      ambiguous.show(ambiguousRanges);
    },
    update(linkedRanges, ambiguousRanges, removed) {
      if (linkedRanges.length > 0 || ambiguousRanges.length > 0) adoptSheet();
      linked.edit(removed, linkedRanges);
      ambiguous.edit(removed, ambiguousRanges);
      if (linked.size === 0 && ambiguous.size === 0) this.clear();
    },
    clear() {
      linked.drop();
      ambiguous.drop();
      dropSheet();
    },
    get size() {
      return linked.size + ambiguous.size;
    },
  };
}
