// @vitest-environment happy-dom
/** The side panel's "show me": each request scrolls to the figure's next mention, cycling. */
import { expect, test, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MentionIndex, pageMention, type PageMention } from '@/entrypoints/content/mentions';
import { createMentionPointer } from '@/entrypoints/content/show-mention';

/** An index over mentions already in document order. */
function indexMentions(all: readonly PageMention[]): MentionIndex {
  const index = new MentionIndex(() => all);
  for (const m of all) index.add(m);
  return index;
}

function page() {
  document.body.replaceChildren();
  const texts = [
    'Kim Yo Jong spoke.',
    'Sung Kim listened.',
    'Kim Yo Jong spoke again.',
    'Yo Jong left.',
  ];
  const paragraphs = texts.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    p.scrollIntoView = vi.fn();
    document.body.append(p);
    return p;
  });
  const at = (i: number, text: string, figureId: string) =>
    pageMention(
      // happy-dom has no StaticRange: the pointer reads only its boundary points.
      {
        startContainer: paragraphs[i]!.firstChild!,
        startOffset: 0,
        endContainer: paragraphs[i]!.firstChild!,
        endOffset: text.length,
        collapsed: false,
      } as StaticRange,
      { text, kind: 'full', figureId, candidates: undefined },
    );
  const mentions = indexMentions([
    at(0, 'Kim Yo Jong', 'kim-yo-jong'),
    at(1, 'Sung Kim', 'sung-kim'),
    at(2, 'Kim Yo Jong', 'kim-yo-jong'),
    at(3, 'Yo Jong', 'kim-yo-jong'),
  ]);
  const ctx = { isValid: true };
  const pointer = createMentionPointer(
    ctx as unknown as ContentScriptContext,
    document,
    () => mentions,
  );
  return { pointer, paragraphs };
}

test('repeated requests go through the figure’s mentions in page order, then start again', () => {
  const { pointer, paragraphs } = page();
  const shown = [1, 2, 3, 4].map(() => pointer.show('kim-yo-jong'));
  expect(shown).toEqual([
    { index: 0, total: 3 },
    { index: 1, total: 3 },
    { index: 2, total: 3 },
    { index: 0, total: 3 },
  ]);
  expect(paragraphs[0]!.scrollIntoView).toHaveBeenCalledTimes(2);
  expect(paragraphs[2]!.scrollIntoView).toHaveBeenCalledTimes(1);
  expect(paragraphs[3]!.scrollIntoView).toHaveBeenCalledTimes(1);
  expect(paragraphs[1]!.scrollIntoView).not.toHaveBeenCalled();
});

test('each figure has its own place in the cycle', () => {
  const { pointer } = page();
  pointer.show('kim-yo-jong');
  expect(pointer.show('sung-kim')).toEqual({ index: 0, total: 1 });
  expect(pointer.show('kim-yo-jong')).toEqual({ index: 1, total: 3 });
});

test('a figure the page does not mark: nothing shown', () => {
  expect(page().pointer.show('kim-jong-un')).toBeNull();
});

test('the texts naming a figure, once each, with the page URL', () => {
  expect(page().pointer.texts('kim-yo-jong')).toEqual({
    url: location.href,
    texts: ['Kim Yo Jong', 'Yo Jong'],
  });
});
