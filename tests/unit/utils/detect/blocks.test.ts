/**
 * Block-wise detection (utils/detect/blocks.ts) gives what detect() gives over the whole document,
 * first time and after every edit, when only the keys an edit touches are resolved again.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '@/bench/random';
import { compileCatalogue, compileCatalogueSteps, detect, type Mention } from '@/utils/detect';
import {
  ALL_KEYS,
  keysOfBlock,
  matchBlock,
  matchBlockSteps,
  resolveBlocks,
  resolveBlocksSteps,
  type ResolvedBlock,
} from '@/utils/detect/blocks';
import { drain } from '@/utils/detect/steps';
import { keysTouched } from '@/utils/detect/document';
import { loadAnnotated } from './annotated';

const { compiled } = compileCatalogue();
const SEPARATOR = '\u2029';

/** Every paragraph of the annotated fixtures, plus short lines made to trip resolution up. */
const PARAGRAPHS = [
  ...loadAnnotated().flatMap((doc) => doc.text.split('\n').filter((line) => line.trim())),
  'Kim said nothing.',
  'Sung Kim arrived in Seoul.',
  'Kim Yu-na skated; Kim smiled.',
  'President Moon met leader Kim.',
  'Moon Jae-in',
  'Mr. Choe and Ms. Choe',
  '김 위원장은 말했다.',
  '김정은 국무위원장',
  'Trump said. Donald Trump later.',
  'Kim Kardashian',
  'Lee',
  'Lee Jae-myung spoke.',
  'プーチン大統領とトランプ氏',
  'Путина встретил Ким Чен Ын.',
  '',
  // Document-level reading: topic words, paragraphs, dates, the subject of a paragraph.
  'Actress 김정은 returns in a drama; the film and album follow.',
  'Pastor Wang Yi of the Early Rain church was jailed. Wang preached to the congregation.',
  'Wang said.',
  'Kim Jong Il hosted the summit in 2000.',
  'Kim will plant a tree with Moon.',
  'Kim met Koizumi in 2004.',
  'US envoy Sung Kim will meet Kim Gunn.\n\nKim will restate commitments.',
  'Kim Gunn met Sung Kim.',
  'Pompeo, Kim talk.',
  "Kim Jong Un's sister Kim Yo Jong spoke.",
];

/** detect() over the blocks joined, as per-block verdict lists of [start, end, text, figure or candidates]. */
function expected(texts: readonly string[], date: string | null): string[][] {
  const joined = texts.join(SEPARATOR);
  const found = detect(joined, { date });
  const out: string[][] = texts.map(() => []);
  let base = 0;
  texts.forEach((text, b) => {
    for (const m of found) {
      if (m.start >= base && m.end <= base + text.length) {
        out[b]!.push(describeMention({ ...m, start: m.start - base, end: m.end - base }));
      }
    }
    base += text.length + 1;
  });
  return out;
}

function describeMention(m: Mention): string {
  return JSON.stringify([m.start, m.end, m.text, m.kind, m.figureId ?? m.candidates, m.confidence]);
}

function actual(blocks: readonly ResolvedBlock[]): string[][] {
  return blocks.map((b) => b.verdicts.filter((v): v is Mention => v !== null).map(describeMention));
}

function pick<T>(next: () => number, from: readonly T[]): T {
  return from[Math.floor(next() * from.length)]!;
}

describe('block-wise detection', () => {
  it('matches a long text in steps, with the hits of one call', () => {
    const text = PARAGRAPHS.join(' ').repeat(40);
    const steps = matchBlockSteps(compiled, text);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(0);
    expect(next.value).toEqual(matchBlock(compiled, text));
  });

  it('a long block dense with names, matched in short steps, finds what detect() finds in it', () => {
    // Names across every step boundary: a step is far shorter than detect()'s segments.
    const words = [
      'Kim ',
      'Jong ',
      'Un ',
      'met ',
      'Moon ',
      'Jae-in ',
      'at ',
      'Panmunjom. ',
      '문재인 ',
      'Путин ',
    ];
    const text = Array.from({ length: 30_000 }, (_, i) => words[(i * 7) % words.length]).join('');
    const steps = matchBlockSteps(compiled, text);
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(text.length / 16_384);
    const block = { match: next.value, verdicts: [] };
    resolveBlocks(compiled, [block], null, null);
    expect(actual([block])).toEqual(expected([text], null));
  });

  it.each([null, '2019-02-27', '2025-07-01'])(
    'resolves every block as detect() resolves the whole document (date %s)',
    (date) => {
      const next = rng(7);
      for (let round = 0; round < 40; round++) {
        const texts = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
          pick(next, PARAGRAPHS),
        );
        const blocks = texts.map((t) => ({ match: matchBlock(compiled, t), verdicts: [] }));
        resolveBlocks(compiled, blocks, date, null);
        expect(actual(blocks)).toEqual(expected(texts, date));
      }
    },
  );

  it('after inserts, removals and replacements, re-resolving the touched keys equals a fresh detect', () => {
    const next = rng(11);
    for (let round = 0; round < 30; round++) {
      const texts: string[] = [];
      const blocks: ResolvedBlock[] = [];
      for (let edit = 0; edit < 25; edit++) {
        const keys = new Set<string>();
        const at = Math.floor(next() * (blocks.length + 1));
        const kind = blocks.length === 0 ? 0 : Math.floor(next() * 3);
        if (kind !== 0 && at < blocks.length) {
          // remove (1) or replace (2) the block at `at`
          keysOfBlock(compiled, blocks[at]!.match, keys);
          blocks.splice(at, 1);
          texts.splice(at, 1);
        }
        if (kind !== 1) {
          const text = pick(next, PARAGRAPHS);
          const match = matchBlock(compiled, text);
          keysOfBlock(compiled, match, keys);
          blocks.splice(at, 0, { match, verdicts: [] });
          texts.splice(at, 0, text);
        }
        resolveBlocks(compiled, blocks, '2021-06-21', keys);
        expect(actual(blocks)).toEqual(expected(texts, '2021-06-21'));
      }
    }
  });

  it('a page changed again and again under the same keys equals a fresh detect (the listing carried over)', () => {
    // One family of names, so that every resolution asks the same keys and the last listing is
    // reused: appends (a feed), and now and then a block replaced, removed or put in before.
    const family = [
      'Kim said talks would resume.',
      'Sung Kim arrived in Seoul.',
      'Kim Jong Un spoke to reporters again.',
      'Chairman Kim gave guidance.',
      '김정은 위원장이 말했다.',
      '김 위원장은 웃었다.',
      'Kim Yu-na skated; Kim smiled.',
      'US envoy Sung Kim will meet Kim Gunn.\n\nKim will restate commitments.',
      'The weather was fine.',
    ];
    const keys = new Set<string>();
    for (const text of family) keysOfBlock(compiled, matchBlock(compiled, text), keys);
    const next = rng(5);
    for (let round = 0; round < 20; round++) {
      const texts: string[] = [];
      const blocks: ResolvedBlock[] = [];
      const put = (at: number) => {
        const text = pick(next, family);
        blocks.splice(at, 0, { match: matchBlock(compiled, text), verdicts: [] });
        texts.splice(at, 0, text);
      };
      for (let edit = 0; edit < 30; edit++) {
        const roll = next();
        const at = Math.floor(next() * blocks.length);
        if (roll < 0.6 || blocks.length === 0) {
          for (let n = 1 + Math.floor(next() * 3); n > 0; n--) put(blocks.length);
        } else if (roll < 0.75) {
          blocks.splice(at, 1);
          texts.splice(at, 1);
          put(at);
        } else if (roll < 0.9) {
          blocks.splice(at, 1);
          texts.splice(at, 1);
        } else put(at);
        resolveBlocks(compiled, blocks, '2021-06-21', new Set(keys));
        expect(actual(blocks)).toEqual(expected(texts, '2021-06-21'));
      }
    }
  });

  it('a page followed append by append (earlier verdicts kept where they stand), with edits between, equals a fresh detect', () => {
    // Appends that change earlier verdicts through the document (a later full name for a
    // headline's bare surname, an unlisted namesake, a second person named in full, topic words
    // among a key's first hits) and appends that cannot, mixed with inserts, removals and
    // replacements (resolved without keeping anything).
    const family = [
      'Kim arrives in Seoul.',
      'Kim said talks would resume.',
      'Sung Kim arrived in Seoul.',
      'Kim Jong Un spoke to reporters again.',
      'Chairman Kim gave guidance.',
      'Kim Yo Jong issued a statement; Kim warned Seoul.',
      '김정은 위원장이 말했다.',
      '김 위원장은 웃었다.',
      'Kim Yu-na skated; Kim smiled.',
      'Actress Kim returns in a drama; the film and album follow.',
      'US envoy Sung Kim will meet Kim Gunn.\n\nKim will restate commitments.',
      'President Moon met leader Kim.',
      'Moon Jae-in said Moon would wait.',
      'Путин и Ким Чен Ын.',
      'Путина встретил Ким.',
      'The weather was fine.',
      ...PARAGRAPHS.slice(-12),
    ];
    const keys = new Set<string>();
    for (const text of family) keysOfBlock(compiled, matchBlock(compiled, text), keys);
    const next = rng(23);
    let kept = 0;
    for (let round = 0; round < 40; round++) {
      const texts: string[] = [];
      const blocks: ResolvedBlock[] = [];
      const put = (at: number, touched: Set<string>) => {
        const text = pick(next, family);
        const match = matchBlock(compiled, text);
        keysOfBlock(compiled, match, touched);
        blocks.splice(at, 0, { match, verdicts: [] });
        texts.splice(at, 0, text);
      };
      for (let edit = 0; edit < 30; edit++) {
        const roll = next();
        const at = Math.floor(next() * blocks.length);
        // The same keys every time (the listing carried over) or only those touched.
        const touched = next() < 0.5 ? new Set(keys) : new Set<string>();
        const appended = roll < 0.7 || blocks.length === 0;
        if (appended) {
          for (let n = 1 + Math.floor(next() * 3); n > 0; n--) put(blocks.length, touched);
        } else {
          keysOfBlock(compiled, blocks[at]!.match, touched);
          blocks.splice(at, 1);
          texts.splice(at, 1);
          if (roll < 0.85) put(at, touched);
        }
        const listed = blocks
          .filter((b) =>
            b.match.hits.some((h) =>
              keysTouched(compiled.index, h.entry).some((k) => touched.has(k)),
            ),
          )
          .reduce((n, b) => n + b.match.hits.length, 0);
        const resolved = resolveBlocks(compiled, blocks, '2021-06-21', touched, appended);
        if (appended && resolved < listed) kept++;
        expect(actual(blocks)).toEqual(expected(texts, '2021-06-21'));
      }
    }
    expect(kept).toBeGreaterThan(100); // most appends kept earlier verdicts
  });

  it('a feed growing at its end, its earlier verdicts all standing, is resolved on from its last hit and equals a fresh detect', () => {
    // Openings that name people in full, then paragraphs whose references mostly find them:
    // most appends change no earlier verdict, and resolution goes on from the last hit resolved
    // (resolveHitsSteps' sofar: the referents, topics and possessives kept); the others (a new
    // namesake, someone named in full for the first time, topic words) resolve everything again.
    const openings = [
      'US envoy Sung Kim met Kim Jong Un and Moon Jae-in. Владимир Путин и Ким Чен Ын. 김정은 위원장이 말했다.',
      "Kim Jong Un met Moon Jae-in, Vladimir Putin and Xi Jinping; Kim Jong Un's sister Kim Yo Jong spoke.",
      'Sung Kim, the US special representative, met Noh Kyu-duk, Moon Jae-in and Владимир Путин.',
    ];
    const family = [
      'Kim said talks would resume.',
      'Moon would wait, Kim said.',
      'Chairman Kim gave guidance.',
      '김 위원장은 웃었다.',
      'Путина встретил Ким.',
      'Kim Jong Un spoke to reporters again.',
      'Sung Kim arrived in Seoul.',
      'Xi Jinping and Kim met in 2019.',
      'Kim Yo Jong issued a statement; Kim warned Seoul.',
      'Noh said the envoy would return; Noh smiled.',
      'Kim Yu-na skated; Kim smiled.',
      'The weather was fine.',
      'President Moon met leader Kim.',
      'Kim Gunn met Kim.',
    ];
    const keys = new Set<string>();
    for (const text of [...openings, ...family])
      keysOfBlock(compiled, matchBlock(compiled, text), keys);
    const next = rng(7);
    for (let round = 0; round < 30; round++) {
      const date = round % 2 === 0 ? '2021-06-21' : null;
      const texts = [pick(next, openings)];
      const blocks: ResolvedBlock[] = [{ match: matchBlock(compiled, texts[0]!), verdicts: [] }];
      resolveBlocks(compiled, blocks, date, null);
      for (let edit = 0; edit < 25; edit++) {
        const touched = next() < 0.8 ? new Set(keys) : new Set<string>();
        for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
          // Mostly references: a feed that names its people once, then by surname.
          const text = next() < 0.92 ? pick(next, family.slice(0, 5)) : pick(next, family);
          const match = matchBlock(compiled, text);
          keysOfBlock(compiled, match, touched);
          blocks.push({ match, verdicts: [] });
          texts.push(text);
        }
        resolveBlocks(compiled, blocks, date, touched, true);
        expect(actual(blocks)).toEqual(expected(texts, date));
      }
    }
  });

  it('an append keeps the earlier verdicts it cannot change, and an earlier bare "Kim" still takes a later full name', () => {
    const texts = ['Kim arrives in Seoul.'];
    for (let i = 0; i < 40; i++)
      texts.push(`Sung Kim met reporters (${i}). Kim said talks could resume.`);
    const blocks: ResolvedBlock[] = texts.map((t) => ({
      match: matchBlock(compiled, t),
      verdicts: [],
    }));
    resolveBlocks(compiled, blocks, null, null);
    const append = (text: string) => {
      texts.push(text);
      const block = { match: matchBlock(compiled, text), verdicts: [] };
      blocks.push(block);
      const keys = new Set<string>();
      keysOfBlock(compiled, block.match, keys);
      return resolveBlocks(compiled, blocks, null, keys, true);
    };
    // The headline's "Kim" found no one before it: a later full name is resolved again.
    expect(blocks[0]!.verdicts[0]).toMatchObject({ figureId: 'sung-kim' });
    expect(append('Kim said more.')).toBeLessThan(10);
    expect(blocks.at(-1)!.verdicts[0]).toMatchObject({ text: 'Kim', figureId: 'sung-kim' });
    expect(actual(blocks)).toEqual(expected(texts, null));
    // A second person named in full under "Kim": every "Kim" is resolved again.
    expect(append('Kim Jong Un spoke.')).toBeGreaterThan(80);
    expect(actual(blocks)).toEqual(expected(texts, null));
  });

  it('a page resolved whole under every key and grown at its end in the same array resolves only what each batch adds, and equals a fresh detect', () => {
    // As the content script keeps a page: every block (those without hits too) resolved under
    // ALL_KEYS by the first scan; appends resolved over the same array, taken over as it stands
    // (`appended`); any other edit makes a new array, resolved under the keys it touched, and the
    // next append lists the page again.
    const feed = [
      'Kim said talks would resume.',
      'Moon would wait, Kim said.',
      'Chairman Kim gave guidance.',
      '김 위원장은 웃었다.',
      'Путина встретил Ким.',
      'The weather was fine.',
      '',
      'Kim Jong Un spoke to reporters again.',
      'Kim Yu-na skated; Kim smiled.',
      'Noh said the envoy would return.',
      'Kim Gunn met Kim.',
    ];
    const next = rng(41);
    let small = 0;
    let appends = 0;
    for (let round = 0; round < 12; round++) {
      const date = round % 2 === 0 ? '2021-06-21' : null;
      const texts = Array.from({ length: 120 }, () => pick(next, PARAGRAPHS));
      let blocks: ResolvedBlock[] = texts.map((t) => ({
        match: matchBlock(compiled, t),
        verdicts: [],
      }));
      drain(resolveBlocksSteps(compiled, blocks, date, ALL_KEYS));
      for (let edit = 0; edit < 20; edit++) {
        if (next() < 0.85) {
          let added = 0;
          for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
            const text = next() < 0.9 ? pick(next, feed) : pick(next, PARAGRAPHS);
            const match = matchBlock(compiled, text);
            added += match.hits.length;
            blocks.push({ match, verdicts: [] });
            texts.push(text);
          }
          const options = { appended: true };
          const resolved = drain(resolveBlocksSteps(compiled, blocks, date, ALL_KEYS, options));
          appends++;
          const total = blocks.reduce((n, b) => n + b.match.hits.length, 0);
          if (resolved < added + total / 8) small++;
        } else {
          // An edit in place: a new array (the page's runs rebuilt), resolved under its keys.
          const at = Math.floor(next() * blocks.length);
          const touched = new Set<string>();
          keysOfBlock(compiled, blocks[at]!.match, touched);
          const text = pick(next, feed);
          const match = matchBlock(compiled, text);
          keysOfBlock(compiled, match, touched);
          blocks = [...blocks.slice(0, at), { match, verdicts: [] }, ...blocks.slice(at + 1)];
          texts[at] = text;
          const relevant = blocks.filter(
            (b) =>
              b.verdicts.length !== b.match.hits.length ||
              b.match.hits.some((h) =>
                keysTouched(compiled.index, h.entry).some((k) => touched.has(k)),
              ),
          );
          resolveBlocks(compiled, relevant, date, touched);
        }
        expect(actual(blocks)).toEqual(expected(texts, date));
      }
    }
    // Most appends resolved their own hits and a few earlier references, not the page's (those
    // after an edit, or that change what the page says under a key, resolve it all again).
    expect(small).toBeGreaterThan(appends * 0.7);
  });

  it('under every key, an append resolves its own hits and the references of the keys it touches, nothing more', () => {
    const texts = ['US envoy Sung Kim arrived.'];
    for (let i = 0; i < 30; i++) texts.push(`Lee said talks would resume (${i}).`);
    const blocks: ResolvedBlock[] = texts.map((t) => ({
      match: matchBlock(compiled, t),
      verdicts: [],
    }));
    drain(resolveBlocksSteps(compiled, blocks, null, ALL_KEYS));
    // The new paragraph names Kim, and the last one names no one.
    for (const text of ['Kim said more.', 'The weather was fine.']) {
      texts.push(text);
      blocks.push({ match: matchBlock(compiled, text), verdicts: [] });
    }
    const options = { appended: true };
    expect(drain(resolveBlocksSteps(compiled, blocks, null, ALL_KEYS, options))).toBeLessThan(3);
    expect(blocks.at(-2)!.verdicts[0]).toMatchObject({ text: 'Kim', figureId: 'sung-kim' });
    expect(actual(blocks)).toEqual(expected(texts, null));
  });

  it('under every key, a key first touched by a later append has its earlier references resolved again', () => {
    // The headline's bare "Kim" takes the later full name the page gives most: Sung Kim, until
    // appends name Kim Jong Un more often. Appends naming only Lee come first (the hits
    // classified, "Kim" standing untouched). Every key's first hits and first two people come
    // before the appends: none of them changes what the page says under a key.
    const texts = [
      'Kim arrives in Seoul.',
      ...Array<string>(5).fill('US envoy Sung Kim met reporters.'),
      ...Array<string>(4).fill('Kim Jong Un was not there.'),
      ...Array<string>(4).fill('Lee Jae-myung spoke.'),
    ];
    const blocks: ResolvedBlock[] = texts.map((t) => ({
      match: matchBlock(compiled, t),
      verdicts: [],
    }));
    drain(resolveBlocksSteps(compiled, blocks, null, ALL_KEYS));
    expect(blocks[0]!.verdicts[0]).toMatchObject({ text: 'Kim', figureId: 'sung-kim' });
    const options = { appended: true };
    for (const batch of [
      ['Lee said more.'],
      ['Lee smiled.'],
      Array<string>(3).fill('Kim Jong Un spoke.'),
    ]) {
      for (const text of batch) {
        texts.push(text);
        blocks.push({ match: matchBlock(compiled, text), verdicts: [] });
      }
      drain(resolveBlocksSteps(compiled, blocks, null, ALL_KEYS, options));
      expect(actual(blocks)).toEqual(expected(texts, null));
    }
    expect(blocks[0]!.verdicts[0]).toMatchObject({ text: 'Kim', figureId: 'kim-jong-un' });
  });

  it('an append after a resolution cut short takes nothing over unresolved', () => {
    const texts = ['US envoy Sung Kim arrived.', 'The talks went on.', 'Kim said more.'];
    const blocks: ResolvedBlock[] = texts.map((t) => ({
      match: matchBlock(compiled, t),
      verdicts: [],
    }));
    drain(resolveBlocksSteps(compiled, blocks, null, ALL_KEYS));
    // Appends whose resolution stops at its first yield (a pass superseded), with more hits than
    // one step resolves, then one more append.
    for (let i = 0; i < 100; i++) {
      const text = `Kim Jong Un and Moon Jae-in met Xi Jinping (${i}).`;
      texts.push(text);
      blocks.push({ match: matchBlock(compiled, text), verdicts: [] });
    }
    const options = { appended: true };
    const cut = resolveBlocksSteps(compiled, blocks, null, ALL_KEYS, options);
    cut.next();
    cut.return(0);
    texts.push('Kim smiled.');
    blocks.push({ match: matchBlock(compiled, 'Kim smiled.'), verdicts: [] });
    drain(resolveBlocksSteps(compiled, blocks, null, ALL_KEYS, options));
    expect(actual(blocks)).toEqual(expected(texts, null));
  });

  it('a later paragraph\'s bare "Kim" resolves to the Sung Kim of the first, added later', () => {
    const first = { match: matchBlock(compiled, 'US envoy Sung Kim arrived.'), verdicts: [] };
    const blocks: ResolvedBlock[] = [first];
    resolveBlocks(compiled, blocks, null, null);
    const later = { match: matchBlock(compiled, 'Kim said talks could resume.'), verdicts: [] };
    blocks.push(later);
    const keys = new Set<string>();
    keysOfBlock(compiled, later.match, keys);
    resolveBlocks(compiled, blocks, null, keys);
    expect(later.verdicts[0]).toMatchObject({ text: 'Kim', figureId: 'sung-kim' });
  });

  it('resolving again keeps the objects of verdicts that did not change, and bumps only changed blocks', () => {
    const texts: string[] = [];
    const block = (text: string): ResolvedBlock => {
      texts.push(text);
      return { match: matchBlock(compiled, text), verdicts: [] };
    };
    const headline = block('Kim arrives in Seoul.');
    const steady = block('Moon Jae-in said Moon would wait.');
    const blocks = [headline, steady];
    resolveBlocks(compiled, blocks, null, null);
    const before = blocks.map((b) => ({ verdicts: [...b.verdicts], revision: b.revision }));
    // A later full name changes the headline's "Kim"; Moon's verdicts stay as they were.
    const later = block('Sung Kim met Moon Jae-in.');
    blocks.push(later);
    const keys = new Set<string>();
    keysOfBlock(compiled, later.match, keys);
    resolveBlocks(compiled, blocks, null, keys);
    expect(headline.verdicts[0]).toMatchObject({ text: 'Kim', figureId: 'sung-kim' });
    expect(headline.revision).not.toBe(before[0]!.revision);
    expect(headline.verdicts[0]).not.toBe(before[0]!.verdicts[0]);
    expect(steady.revision).toBe(before[1]!.revision);
    steady.verdicts.forEach((v, h) => expect(v).toBe(before[1]!.verdicts[h]));
    expect(actual(blocks)).toEqual(expected(texts, null));
  });
});

describe('compiling the catalogue in steps', () => {
  it('yields often and builds the same detector as compileCatalogue', () => {
    const steps = compileCatalogueSteps();
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields++;
    expect(yields).toBeGreaterThan(20);
    const stepped = next.value.compiled;
    const whole = compileCatalogue().compiled;
    expect(stepped.index.patterns).toEqual(whole.index.patterns);
    expect(stepped.matcher.automaton).toEqual(whole.matcher.automaton);
    expect(stepped.matcher.quick).toEqual(whole.matcher.quick);
  });
});
