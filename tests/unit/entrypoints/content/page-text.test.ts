// @vitest-environment happy-dom
/** The content script reads prose, not code or forms, in one pass, and knows where blocks begin. */
import { describe, expect, test } from 'vitest';
import {
  collectPageText,
  readableBlockOf,
  readPageText,
  type PageChunk,
} from '@/entrypoints/content/page-text';
import { RunBuilder } from '@/entrypoints/content/page-runs';
import { detectInChunks } from '@/utils/detect/text-nodes';
import type { BlockHits } from '@/utils/detect/blocks';
import './static-range';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;
}

const texts = (root: Element | ShadowRoot | Document) => collectPageText(root).map((c) => c.text);

test('scripts, styles, form fields and editable areas are skipped', () => {
  const root = body(
    '<p>Kim Jong Un</p><script>var n = "Xi Jinping";</script><style>.x{}</style>' +
      '<textarea>Vladimir Putin</textarea><div contenteditable="true">Moon Jae-in</div>',
  );
  expect(collectPageText(root).map((c) => c.text)).toEqual(['Kim Jong Un']);
});

test.each([
  ['an input', '<input value="Xi Jinping">'],
  ['a textarea', '<textarea>Xi Jinping</textarea>'],
  ['a select', '<select><option>Xi Jinping</option></select>'],
  ['contenteditable, children included', '<div contenteditable><p><b>Xi Jinping</b></p></div>'],
  ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Xi Jinping</div>'],
  ['a script', '<script>"Xi Jinping"</script>'],
  ['a noscript', '<noscript>Xi Jinping</noscript>'],
  ['a template', '<template><p>Xi Jinping</p></template>'],
  [
    'SVG text',
    '<svg><text>Xi Jinping</text><foreignObject><p>Xi Jinping</p></foreignObject></svg>',
  ],
  ['an aria-hidden region', '<div aria-hidden="true"><p>Xi <b>Jinping</b></p></div>'],
])('never reads %s', (_name, html) => {
  expect(texts(body(`<p>Before.</p>${html}<p>After.</p>`))).toEqual(['Before.', 'After.']);
});

test('contenteditable="false" and aria-hidden="false" are prose like any other', () => {
  expect(
    texts(body('<p contenteditable="false">Xi Jinping</p><p aria-hidden="false">Wang Yi</p>')),
  ).toEqual(['Xi Jinping', 'Wang Yi']);
});

test('a document in design mode is an editor: nothing is read', () => {
  const doc = new DOMParser().parseFromString('<p>Xi Jinping</p>', 'text/html');
  doc.designMode = 'on';
  expect(texts(doc.body)).toEqual([]);
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

test('text after a nested block starts a new block, as does a line break', () => {
  const chunks = collectPageText(body('<div>Sung <p>x</p> Kim</div><p>Kim<br>Jong Un</p>'));
  expect(chunks.map((c) => [c.text, c.blockStart])).toEqual([
    ['Sung ', true],
    ['x', true],
    [' Kim', true],
    ['Kim', true],
    ['Jong Un', true],
  ]);
});

test('a space between two inline elements keeps the words of a name apart but together', () => {
  const chunks = collectPageText(body('<p><b>Kim</b> <b>Jong Un</b> spoke.</p>'));
  expect(chunks.map((c) => c.text).join('')).toBe('Kim Jong Un spoke.');
  expect(detectInChunks(chunks)[0]?.mention.figureId).toBe('kim-jong-un');
});

test('whitespace between blocks is not prose', () => {
  expect(texts(body('<div>\n  <p>Xi Jinping</p>\n  <p>Wang Yi</p>\n</div>'))).toEqual([
    'Xi Jinping',
    'Wang Yi',
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

describe('shadow roots', () => {
  test('an open shadow root is read where its host stands, as its own block', () => {
    const root = body('<p>Before</p><div id="host"><span>light</span></div><p>After</p>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = root.ownerDocument.createElement('p');
    inner.textContent = 'Xi Jinping';
    shadow.append(inner);
    const entered: ShadowRoot[] = [];
    const out: PageChunk[] = [];
    const sink = {
      add: (node: Text, text: string, blockStart: boolean) => out.push({ node, text, blockStart }),
    };
    for (const _ of readPageText(root, sink, (r) => entered.push(r)));
    expect(out.map((c) => [c.text, c.blockStart])).toEqual([
      ['Before', true],
      ['Xi Jinping', true],
      ['light', true],
      ['After', true],
    ]);
    expect(entered).toEqual([shadow]);
  });

  test('a closed shadow root stays unread', () => {
    const root = body('<div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'closed' });
    shadow.append(root.ownerDocument.createTextNode('Xi Jinping'));
    expect(texts(root)).toEqual([]);
  });
});

describe('one pass', () => {
  test('5,000 nested spans with text at every level are read in linear time', () => {
    let html = '';
    for (let i = 0; i < 5000; i++) html += `<span>w${i} `;
    const root = body(`<p>${html}</p>`);
    const started = performance.now();
    const chunks = collectPageText(root);
    expect(chunks).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('reading yields every few hundred nodes', () => {
    const root = body('<p>x</p>'.repeat(2000));
    const out: PageChunk[] = [];
    const sink = {
      add: (node: Text, text: string, blockStart: boolean) => out.push({ node, text, blockStart }),
    };
    let steps = 0;
    for (const _ of readPageText(root, sink)) steps++;
    expect(out).toHaveLength(2000);
    expect(steps).toBeGreaterThan(5);
  });
});

describe('blocks of plain prose (the full pass reads them as one string each)', () => {
  /** What a plain reading hands over: blocks read whole, and text nodes read one by one. */
  function readPlain(root: Element) {
    const blocks: [string, string | null][] = [];
    const nodes: string[] = [];
    const sink = {
      add: (_node: Text, text: string) => nodes.push(text),
      block: (element: Element, text: string | null) =>
        blocks.push([element.id || element.localName, text]),
    };
    for (const _ of readPageText(root, sink, () => {}, true));
    return { blocks, nodes };
  }

  test('a paragraph of inline prose is one string, and none of its text nodes is touched', () => {
    const root = body(
      '<h2 id="h">Kim <b>Jong</b> Un</h2><div id="d"><p id="p">Sung <a href="#">Kim</a>' +
        ' <span>met</span> Noh.</p>tail</div>',
    );
    expect(readPlain(root)).toEqual({
      blocks: [
        ['body', null],
        ['h', 'Kim Jong Un'],
        ['d', null],
        ['p', 'Sung Kim met Noh.'],
      ],
      nodes: ['tail'],
    });
  });

  test.each([
    ['a line break', '<p id="x">Kim<br>Jong Un</p>', ['Kim', 'Jong Un']],
    ['a nested block', '<div id="x">Kim <div id="y">Jong</div></div>', ['Kim ']],
    [
      'an editable span',
      '<p id="x">Kim <span contenteditable="">Xi</span> Un</p>',
      ['Kim ', ' Un'],
    ],
    ['a hidden span', '<p id="x">Kim <span aria-hidden="true">Xi</span> Un</p>', ['Kim ', ' Un']],
    ['a form field', '<p id="x">Kim <label><input value="Xi"></label> Un</p>', ['Kim ', ' Un']],
    ['an image', '<p id="x">Kim <img> Un</p>', ['Kim ', ' Un']],
    ['text over 4,096 characters', `<p id="x">${'Kim '.repeat(1100)}</p>`, ['Kim '.repeat(1100)]],
  ])('a block holding %s is read node by node, as before', (_name, html, nodes) => {
    const read = readPlain(body(html));
    expect(read.blocks.filter(([, text]) => text === null)).toContainEqual(['x', null]);
    expect(read.blocks.filter(([, text]) => text)).toEqual(
      html.includes('id="y"') ? [['y', 'Jong']] : [],
    );
    expect(read.nodes).toEqual(nodes);
  });

  test('a span with an open shadow root is read node by node, its shadow tree included', () => {
    const root = body('<p id="x">Kim <span id="host">Jong</span> Un</p>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.append(root.ownerDocument.createTextNode('Xi Jinping'));
    expect(readPlain(root).nodes).toEqual(['Kim ', 'Xi Jinping', 'Jong', ' Un']);
  });

  test("a block run's nodes are found when it is marked, and none once its text changed", () => {
    const root = body('<p>US envoy <b>Sung</b> Kim met Noh.</p><p>Moon Jae-in flew.</p>');
    const builder = new RunBuilder();
    for (const _ of readPageText(root, builder, () => {}, true));
    const [first, second] = builder.finish();
    expect([first!.block, second!.block]).toEqual([...root.children]);
    first!.match = { length: 0, hits: [{ start: 9, end: 17 }], texts: [] } as unknown as BlockHits;
    const { range } = first!.markOf(0);
    expect([range.startContainer.nodeValue, range.startOffset]).toEqual(['Sung', 0]);
    expect([range.endContainer.nodeValue, range.endOffset]).toEqual([' Kim met Noh.', 4]);
    // The page changed the second paragraph after it was read: its marks wait for the change pass.
    root.children[1]!.firstChild!.nodeValue = 'Moon flew.';
    second!.match = { length: 0, hits: [{ start: 0, end: 11 }], texts: [] } as unknown as BlockHits;
    expect(second!.nodes).toEqual([]);
    const empty = second!.markOf(0).range;
    expect([empty.startContainer, empty.startOffset, empty.endContainer, empty.endOffset]).toEqual([
      root.children[1],
      0,
      root.children[1],
      0,
    ]);
  });
});

describe('readableBlockOf', () => {
  const root = body(
    '<article><p id="p">Kim <b id="b">Jong Un</b></p>' +
      '<div contenteditable><p id="edit">Xi</p></div><textarea id="ta">Xi</textarea></article>',
  );
  const at = (id: string) => root.ownerDocument.getElementById(id)!;

  test('a change inside inline text re-reads its block', () => {
    expect(readableBlockOf(at('b').firstChild!)).toBe(at('p'));
    expect(readableBlockOf(at('p'))).toBe(at('p'));
  });

  test('nothing inside an editable area or a form field is ever read again', () => {
    expect(readableBlockOf(at('edit').firstChild!)).toBeNull();
    expect(readableBlockOf(at('ta').firstChild!)).toBeNull();
  });

  test('a detached node is not in the page', () => {
    const lone = root.ownerDocument.createElement('p');
    lone.textContent = 'Xi';
    expect(readableBlockOf(lone.firstChild!)).toBeNull();
  });

  test('verdicts on ancestors are remembered across calls', () => {
    const known = new Map<Node, boolean>();
    expect(readableBlockOf(at('b').firstChild!, known)).toBe(at('p'));
    expect(known.get(at('p'))).toBe(true);
    expect(readableBlockOf(at('edit'), known)).toBeNull();
    expect(known.get(at('edit'))).toBe(false);
  });
});

test.each([
  ['a paragraph of one text node', '<p>Kim Jong Un spoke.</p>', [['Kim Jong Un spoke.', true]]],
  ['one of white space alone', '<p>  \n </p>', []],
  ['one skipped itself', '<p aria-hidden="true">Kim Jong Un</p>', []],
  ['an editable one', '<p contenteditable>Kim Jong Un</p>', []],
  [
    'one text node and an element',
    '<p>Kim <b>Jong Un</b></p>',
    [
      ['Kim ', true],
      ['Jong Un', false],
    ],
  ],
])('a block read on its own: %s', (_name, html, expected) => {
  const root = body(html).firstElementChild!;
  expect(collectPageText(root).map((c) => [c.text, c.blockStart])).toEqual(expected);
});

test("a block of one text node with an open shadow root reads the shadow tree's text too", () => {
  const root = body('<p>Kim Jong Un</p>').firstElementChild!;
  root.attachShadow({ mode: 'open' }).append('Moon Jae-in');
  expect(texts(root)).toEqual(['Moon Jae-in', 'Kim Jong Un']);
});

describe('a change deep in the tree', () => {
  test('is placed in steps: the climb to the document yields, and finds the same blocks', async () => {
    const { outermost, outermostSteps } = await import('@/entrypoints/content/changes');
    const { ANCESTORS_PER_STEP } = await import('@/entrypoints/content/page-text');
    // Text 5,000 elements deep (the hostile page nests 10,000): one step climbed them all.
    const top = body('<div id="top"></div>').querySelector('#top')!;
    let deepest: Element = top;
    for (let i = 0; i < 5000; i++) deepest = deepest.appendChild(document.createElement('div'));
    const text = deepest.appendChild(document.createTextNode('Later, Moon Jae-in spoke.'));
    const steps = outermostSteps([text, deepest.parentNode!]);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(Math.floor(5000 / ANCESTORS_PER_STEP));
    expect(next.value).toEqual([deepest.parentNode]);
    expect(outermost([text, deepest.parentNode!])).toEqual([deepest.parentNode]);
    top.remove();
  });
});
