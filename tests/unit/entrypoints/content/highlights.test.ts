// @vitest-environment happy-dom
/** Marks leave no trace a page could read until there is something to mark, and go when done. */
import { beforeEach, describe, expect, test } from 'vitest';
import { createHighlighter } from '@/entrypoints/content/highlights';

/** happy-dom has no CSS Custom Highlight API: a registry we can read stands in for the page's. */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

beforeEach(() => {
  registry.clear();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.assign(window, { Highlight: FakeHighlight });
  document.adoptedStyleSheets = [];
});

const range = () => ({}) as AbstractRange;

describe('createHighlighter', () => {
  test('creates nothing until the first mark', () => {
    const painter = createHighlighter(document);
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    painter.paint([], []);
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('names its highlights at random, with no product word', () => {
    const painter = createHighlighter(document);
    painter.paint([range()], [range()]);
    const names = [...registry.keys()];
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^h[a-z0-9]{8}$/);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(createHighlighter(document)).not.toBe(painter);
  });

  test('removes the highlights and the sheet when nothing is left to mark, and on clear', () => {
    const painter = createHighlighter(document);
    const a = range();
    painter.paint([a], []);
    painter.update([], [], [a]);
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    painter.paint([a], []);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('edits marks by difference, moving one between the linked and ambiguous styles', () => {
    const painter = createHighlighter(document);
    const [a, b, c] = [range(), range(), range()];
    painter.paint([a, b], []);
    const [linked] = [...registry.values()];
    painter.update([c], [b], [b]);
    expect([...linked!]).toEqual([a, c]);
    expect(painter.size).toBe(3);
    expect([...registry.values()].map((h) => h.size)).toEqual([2, 1]);
  });

  test('puts its sheet back when the page replaced the adopted sheets', () => {
    const painter = createHighlighter(document);
    painter.paint([range()], []);
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    painter.paint([range()], []);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
  });
});
