// @vitest-environment happy-dom
/** The content script reads prose, not code or forms, and knows where blocks begin. */
import { expect, test } from 'vitest';
import { collectPageText } from '@/entrypoints/content/page-text';
import { detectInChunks } from '@/utils/detect/text-nodes';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;
}

test('scripts, styles, form fields and editable areas are skipped', () => {
  const root = body(
    '<p>Kim Jong Un</p><script>var n = "Xi Jinping";</script><style>.x{}</style>' +
      '<textarea>Vladimir Putin</textarea><div contenteditable="true">Moon Jae-in</div>',
  );
  expect(collectPageText(root).map((c) => c.text)).toEqual(['Kim Jong Un']);
});

test('inline elements continue a block; a new paragraph starts one', () => {
  const chunks = collectPageText(body('<p>Kim <b>Jong</b> Un met</p><p>Xi Jinping</p>'));
  expect(chunks.map((c) => [c.text, c.blockStart])).toEqual([
    ['Kim ', true],
    ['Jong', false],
    [' Un met', false],
    ['Xi Jinping', true],
  ]);
});

test('a name split across inline elements is found and mapped back to its nodes', () => {
  const chunks = collectPageText(body('<p>Kim <b>Jong</b> Un met</p>'));
  const [found] = detectInChunks(chunks);
  expect(found?.mention.figureId).toBe('kim-jong-un');
  expect(found?.start).toEqual({ chunkIndex: 0, offset: 0 });
  expect(found?.end).toEqual({ chunkIndex: 2, offset: 3 });
});

test('a name never spans two paragraphs', () => {
  const chunks = collectPageText(body('<p>Talks with Kim</p><p>Jong Un later</p>'));
  const found = detectInChunks(chunks);
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((m) => m.start.chunkIndex !== m.end.chunkIndex)).toEqual([]);
  expect(found.map((m) => m.mention.text)).not.toContain('Kim\u2029Jong Un');
});
