// @vitest-environment happy-dom
/** The reader's corrections and the mention index the card hit-tests against. */
import { describe, expect, test } from 'vitest';
import {
  applyOverrides,
  MentionIndex,
  pageMention,
  type PageMention,
} from '@/entrypoints/content/mentions';
import type { Mention } from '@/utils/detect/types';

/** An index over mentions already in document order. */
function indexMentions(all: readonly PageMention[]): MentionIndex {
  const index = new MentionIndex(() => all);
  for (const m of all) index.add(m);
  return index;
}

const mention = (
  text: string,
  kind: Mention['kind'],
  figureId?: string,
  candidates?: string[],
): Mention => ({
  start: 0,
  end: text.length,
  text,
  kind,
  confidence: 0.9,
  ...(figureId ? { figureId } : {}),
  ...(candidates ? { candidates } : {}),
});
const none = { notThis: [], chosen: [] };

describe('applyOverrides', () => {
  test('no corrections: the mention is unchanged', () => {
    const m = mention('Sung Kim', 'full', 'sung-kim');
    expect(applyOverrides(m, none)).toBe(m);
  });
  test('"not this person" unlinks that text', () => {
    const refused = { notThis: [{ text: 'Sung Kim', figureId: 'sung-kim' }], chosen: [] };
    expect(applyOverrides(mention('Sung Kim', 'full', 'sung-kim'), refused)).toBeNull();
  });
  test('… and the bare surnames and titles that leaned on it, but not other full names', () => {
    const refused = { notThis: [{ text: 'Sung Kim', figureId: 'sung-kim' }], chosen: [] };
    expect(applyOverrides(mention('Kim', 'surname', 'sung-kim'), refused)).toBeNull();
    expect(applyOverrides(mention('Ambassador Kim', 'title', 'sung-kim'), refused)).toBeNull();
    const other = mention('Sung Y. Kim', 'full', 'sung-kim');
    expect(applyOverrides(other, refused)).toBe(other);
    const someoneElse = mention('Kim', 'surname', 'kim-jong-un');
    expect(applyOverrides(someoneElse, refused)).toBe(someoneElse);
  });
  test('refusing one of two candidates links the other; of three leaves two', () => {
    const refused = { notThis: [{ text: 'Lee', figureId: 'lee-jae-myung' }], chosen: [] };
    expect(
      applyOverrides(
        mention('Lee', 'title', undefined, ['lee-jae-myung', 'lee-in-young']),
        refused,
      ),
    ).toMatchObject({
      figureId: 'lee-in-young',
    });
    expect(
      applyOverrides(
        mention('Lee', 'title', undefined, ['lee-jae-myung', 'lee-in-young', 'lee-myung-bak']),
        refused,
      )?.candidates,
    ).toEqual(['lee-in-young', 'lee-myung-bak']);
  });
  test('a choice links every mention of that text, even one linked to someone else', () => {
    const chosen = { notThis: [], chosen: [{ text: 'Lee', figureId: 'lee-in-young' }] };
    expect(
      applyOverrides(mention('Lee', 'title', undefined, ['lee-jae-myung', 'lee-in-young']), chosen),
    ).toMatchObject({
      figureId: 'lee-in-young',
      candidates: undefined,
    });
    expect(applyOverrides(mention('Lee', 'surname', 'lee-jae-myung'), chosen)?.figureId).toBe(
      'lee-in-young',
    );
  });
});

describe('indexMentions', () => {
  function setup() {
    document.body.textContent = '';
    const p = document.createElement('p');
    p.textContent = 'Sung Kim met Noh Kyu-duk. Kim spoke.';
    document.body.append(p);
    const text = p.firstChild!;
    const at = (start: number, end: number, figureId: string): PageMention => {
      const range = {
        startContainer: text,
        startOffset: start,
        endContainer: text,
        endOffset: end,
      };
      const name = text.nodeValue!.slice(start, end);
      return pageMention(range as unknown as StaticRange, { text: name, kind: 'full', figureId });
    };
    const all = [at(0, 8, 'sung-kim'), at(13, 24, 'noh-kyu-duk'), at(26, 29, 'sung-kim')];
    return { text, index: indexMentions(all), all };
  }
  test.each([
    [0, 0],
    [4, 0],
    [7, 0],
    [13, 1],
    [23, 1],
    [26, 2],
  ])('offset %i is inside mention %i', (offset, expected) => {
    const { text, index, all } = setup();
    expect(index.at(text, offset)).toBe(all[expected]);
  });
  test.each([8, 10, 24, 25, 29, 34])('offset %i is in no mention', (offset) => {
    const { text, index } = setup();
    expect(index.at(text, offset)).toBeUndefined();
  });
  test('a node from another document is in no mention', () => {
    const { index } = setup();
    const other = document.implementation.createHTMLDocument('x').createTextNode('x');
    expect(index.at(other, 0)).toBeUndefined();
  });
});

describe('MentionIndex kept up to date', () => {
  function setup() {
    document.body.textContent = '';
    const p = document.createElement('p');
    p.append('Kim ', Object.assign(document.createElement('b'), { textContent: 'Jong' }), ' Un');
    p.append(' met Sung Kim.');
    document.body.append(p);
    const [kim, b, un, tail] = [...p.childNodes] as [Text, HTMLElement, Text, Text];
    const jong = b.firstChild as Text;
    const over = (sc: Node, so: number, ec: Node, eo: number, figureId: string) =>
      pageMention(
        { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } as StaticRange,
        {
          text: '',
          kind: 'full',
          figureId,
        },
      );
    const kju = over(kim, 0, un, 3, 'kim-jong-un');
    const sung = over(tail, 5, tail, 13, 'sung-kim');
    return { kim, jong, un, tail, kju, sung, index: new MentionIndex(() => []) };
  }
  test('a name across inline elements is found in each of its text nodes', () => {
    const { kim, jong, un, kju, index } = setup();
    index.add(kju);
    expect([index.at(kim, 0), index.at(jong, 2), index.at(un, 2)]).toEqual([kju, kju, kju]);
    expect(index.at(un, 3)).toBeUndefined();
    expect(index.inNode(jong).map((s) => s.mention)).toEqual([kju]);
  });
  test('a mention taken out is found nowhere; the others stay', () => {
    const { kim, jong, tail, kju, sung, index } = setup();
    index.add(sung);
    index.add(kju);
    index.remove(kju);
    expect([index.at(kim, 0), index.at(jong, 0), index.size]).toEqual([undefined, undefined, 1]);
    expect(index.at(tail, 6)).toBe(sung);
  });
});
