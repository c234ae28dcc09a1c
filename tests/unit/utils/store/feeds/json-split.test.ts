import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseMembersExcept,
  splitJsonObject,
  type JsonSplitResult,
} from '@/utils/store/feeds/json-split';

/** Run the splitter to its end, as a sync does between its pauses. */
function split(text: string, maxElements = 1000, yieldEvery?: number): JsonSplitResult {
  const scan = splitJsonObject(text, 'articles', maxElements, yieldEvery);
  let step = scan.next();
  while (!step.done) step = scan.next();
  return step.value;
}

/** The articles as the splitter cuts them, each parsed on its own. */
function articles(text: string): unknown[] {
  const result = split(text);
  if (!result.ok || !result.elements) throw new Error(`not split: ${JSON.stringify(result)}`);
  const { starts, ends } = result.elements;
  return starts.map((start, i) => JSON.parse(text.slice(start, ends[i])) as unknown);
}

describe('splitJsonObject', () => {
  it('cuts the articles array into the elements JSON.parse sees', () => {
    const value = { format: 'f', articles: [{ id: 'a' }, 2, 'three', [4], null], version: 1 };
    expect(articles(JSON.stringify(value))).toEqual(value.articles);
  });

  it('is not fooled by brackets, braces, commas and escaped quotes inside strings', () => {
    const tricky = [
      { title: 'a ] b } c [ d { e , f' },
      { title: 'say \\"hi\\" ]' },
      { title: 'ends in a backslash \\' },
      { title: '\\\\"]' },
      { text: '"],"articles":[' },
    ];
    const text = JSON.stringify({ articles: tricky, tail: '}]' });
    expect(articles(text)).toEqual(tricky);
    const result = split(text);
    expect(result.ok && result.members.map((m) => m.key)).toEqual(['articles', 'tail']);
  });

  it('keeps everything but the articles for the head, with JSON.parse’s own keys', () => {
    const text = '{"format":"x", "articles": [1, 2] , "sources":[{"id":"s"}]}';
    const result = split(text);
    if (!result.ok) throw new Error(result.reason);
    expect(parseMembersExcept(text, result.members, 'articles')).toEqual({
      format: 'x',
      sources: [{ id: 's' }],
    });
  });

  it('keeps a __proto__ key as plain data, never as a prototype', () => {
    const text = '{"__proto__":{"polluted":1},"articles":[{"__proto__":{"polluted":2},"id":"a"}]}';
    const result = split(text);
    if (!result.ok) throw new Error(result.reason);
    const head = parseMembersExcept(text, result.members, 'articles') as Record<string, unknown>;
    expect(Object.hasOwn(head, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(head)).toBe(Object.prototype);
    const [article] = articles(text) as Record<string, unknown>[];
    expect(Object.hasOwn(article!, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('passes huge and odd numbers through to JSON.parse unchanged', () => {
    const text = '{"articles":[9007199254740993, 1e400, -0.5e-7, 123456789012345678901234567890]}';
    // Past 2^53 a number is rounded: exactly as JSON.parse of the whole text would round it.
    expect(articles(text)).toEqual(JSON.parse(text).articles);
    expect(articles(text)).toEqual([2 ** 53, Infinity, -0.5e-7, Number('1.2345678901234568e29')]);
  });

  it('decodes escaped keys, so an escaped "articles" is the articles', () => {
    expect(articles('{"\\u0061rticles":[1]}')).toEqual([1]);
  });

  it.each([
    ['cut inside a string', '{"articles":[{"title":"abc'],
    ['cut inside an article', '{"articles":[{"title":"abc"'],
    ['cut between articles', '{"articles":[{"a":1},'],
    ['cut after the array', '{"articles":[1]'],
    ['cut after a key', '{"articles"'],
    ['empty', ''],
    ['a missing comma between articles', '{"articles":[{"a":1} {"a":2}]}'],
    ['a trailing comma', '{"articles":[1,]}'],
    ['a missing value', '{"format":,"articles":[]}'],
    ['text after the object', '{"articles":[]} x'],
    ['a key that is not a string', '{format:1}'],
    ['articles given twice', '{"articles":[1],"articles":[2]}'],
    ['articles given twice, once not an array', '{"articles":"x","articles":[2]}'],
  ])('refuses %s as not JSON, naming where', (_name, text) => {
    expect(split(text)).toMatchObject({ ok: false, reason: 'syntax', at: expect.any(Number) });
  });

  it('stops counting past the limit instead of listing every element', () => {
    expect(split(`{"articles":[${'0,'.repeat(20)}0]}`, 10)).toEqual({
      ok: false,
      reason: 'too-many',
      limit: 10,
    });
  });

  it('yields its position as it goes, so a caller can report progress', () => {
    const text = JSON.stringify({ articles: Array.from({ length: 100 }, (_, i) => ({ i })) });
    const scan = splitJsonObject(text, 'articles', 1000, 50);
    const positions: number[] = [];
    let step = scan.next();
    while (!step.done) {
      positions.push(step.value);
      step = scan.next();
    }
    expect(step.value.ok).toBe(true);
    expect(positions.length).toBeGreaterThan(10);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('leaves a non-array articles member whole, for the schema to refuse', () => {
    const text = '{"articles":"many"}';
    const result = split(text);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) {
      expect(result.elements).toBeUndefined();
      expect(parseMembersExcept(text, result.members, null)).toEqual({ articles: 'many' });
    }
  });

  it('agrees with JSON.parse on any JSON object: the same articles, or not JSON', () => {
    const feedLike = fc.record({
      format: fc.string(),
      articles: fc.array(fc.jsonValue(), { maxLength: 8 }),
      extra: fc.jsonValue(),
    });
    fc.assert(
      fc.property(feedLike, fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(articles(text)).toEqual(JSON.parse(text).articles);
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts a cut-off object, wherever the cut falls', () => {
    const text = JSON.stringify({ format: 'f', articles: [{ t: 'a"]}' }, [1, { b: '\\' }], 3] });
    for (let cut = 0; cut < text.length; cut++)
      expect(split(text.slice(0, cut)).ok, `cut at ${cut}`).toBe(false);
  });
});
