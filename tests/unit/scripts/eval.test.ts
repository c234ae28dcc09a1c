/** The eval scorer (scripts/lib/eval.ts): what counts as what, and the dev and test F1 floors. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, FIGURES } from '@/utils/detect';
import type { Mention } from '@/utils/detect/types';
import { parseMarked } from '../../../scripts/lib/annotated';
import {
  type DocResult,
  evaluate,
  loadHalf,
  parseEvalDoc,
  scoreDocument,
  summarise,
} from '../../../scripts/lib/eval';

/**
 * Dev-half F1 floor, measured on 2026-12-06 after "the younger Rodman" stopped linking to his
 * father: 238 correct links, 1 false positive, 0 misses → 2·238 / (2·238 + 1 + 0) = 476/477
 * (476/478 after the third round, 474/477 after the second). The exact measured figure, not a
 * rounded-down one; raise it when the engine improves, never lower it.
 */
const DEV_F1_FLOOR = 476 / 477;

/**
 * Test-half F1 floor. The test half was scored once at the end of round two and has been tuning
 * material since round three ("consulted"; a new held-out set is the test now), so it gets a
 * floor too: 267 correct links, 1 false positive, 7 misses → 2·267 / (2·267 + 1 + 7) = 534/542
 * (F1 0.939 before round three). Raise it when the engine improves, never lower it.
 */
const TEST_F1_FLOOR = 534 / 542;

const KNOWN = new Set(FIGURES.map((f) => f.id));

/** A hand-made document from a marked string. */
function doc(marked: string, lang = 'en') {
  return { name: 'hand.txt', lang, ...parseMarked(marked) };
}

/** A mention of the `nth` occurrence of `surface` in `text`. */
function mention(
  text: string,
  surface: string,
  figure: string | { candidates: string[] },
  nth = 0,
): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`no ${surface} in ${text}`);
  return {
    start,
    end: start + surface.length,
    text: surface,
    kind: 'surname',
    confidence: typeof figure === 'string' ? 0.9 : 0.1,
    ...(typeof figure === 'string' ? { figureId: figure } : { candidates: figure.candidates }),
  };
}

describe('eval scorer on hand-made strings', () => {
  it('counts a link outside every bracket as a false positive', () => {
    const d = doc('Kim Jong Un met [[Trump|donald-trump]] in Hanoi.');
    const { counts, errors } = scoreDocument(d, [
      mention(d.text, 'Kim Jong Un', 'kim-jong-un'),
      mention(d.text, 'Trump', 'donald-trump'),
    ]);
    expect(counts).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(counts.negativeHits).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      kind: 'false-positive',
      surface: 'Kim Jong Un',
      predicted: 'kim-jong-un',
    });
    expect(errors[0]!.context).toBe('⟦Kim Jong Un⟧ met Trump in Hanoi.');
  });

  it('counts a link overlapping a "-" name as a false positive and a negative hit', () => {
    const d = doc('President [[Kim Young Sam|-]] was told the news.');
    const { counts, errors } = scoreDocument(d, [mention(d.text, 'Kim', 'kim-jong-un')]);
    expect(counts).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 0,
      negativeHits: 1,
      required: 0,
    });
    expect(errors.map((e) => e.kind)).toEqual(['negative']);
  });

  it('ignores a "?" name: a link there is neither right nor wrong, and none is required', () => {
    const d = doc('The [[Kim|?]] family ruled for decades.');
    const linked = scoreDocument(d, [mention(d.text, 'Kim', 'kim-jong-un')]);
    expect(linked.counts).toMatchObject({
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      ignored: 1,
      links: 1,
    });
    expect(linked.errors).toEqual([]);
    expect(scoreDocument(d, []).counts.falseNegatives).toBe(0);
  });

  it('reports a link to the wrong figure once, costing one false positive and one miss', () => {
    const d = doc('Envoy [[Kim|sung-kim]] arrived.');
    const { counts, errors } = scoreDocument(d, [mention(d.text, 'Kim', 'kim-jong-un')]);
    expect(counts).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      kind: 'wrong-figure',
      predicted: 'kim-jong-un',
      expected: 'sung-kim',
    });
  });

  it('reports a required name with no link as missed, with the candidates of an ambiguous mention', () => {
    const d = doc('[[Moon|moon-jae-in]] and [[Kim|kim-jong-un]] met.');
    const { counts, errors } = scoreDocument(d, [
      mention(d.text, 'Kim', { candidates: ['kim-jong-un', 'sung-kim'] }),
    ]);
    expect(counts).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 2 });
    expect(counts.links).toBe(0); // an ambiguous mention is no link
    expect(errors.map((e) => [e.kind, e.surface, e.expected])).toEqual([
      ['missed', 'Moon', 'moon-jae-in'],
      ['missed', 'Kim', 'kim-jong-un'],
    ]);
    expect(errors[0]!.candidates).toBeUndefined();
    expect(errors[1]!.candidates).toEqual(['kim-jong-un', 'sung-kim']);
  });

  it('accepts an overlapping span, counts exact spans apart, and matches one to one', () => {
    const d = doc('President [[Moon|moon-jae-in]] spoke.');
    const wide = mention(d.text, 'President Moon', 'moon-jae-in');
    const overlap = scoreDocument(d, [wide]);
    expect(overlap.counts).toMatchObject({ truePositives: 1, exactSpans: 0, falsePositives: 0 });
    const twice = scoreDocument(d, [wide, mention(d.text, 'Moon', 'moon-jae-in')]);
    expect(twice.counts).toMatchObject({ truePositives: 1, exactSpans: 0, falsePositives: 1 });
    expect(twice.errors[0]!.note).toMatch(/already linked/);
  });

  it('passes the engine’s reason through when a mention has one', () => {
    const d = doc('Kim spoke.');
    const m: Mention = { ...mention(d.text, 'Kim', 'kim-jong-un'), reason: 'date-prior' };
    expect(scoreDocument(d, [m]).errors[0]!.reason).toBe('date-prior');
  });

  it('sums per language, per class (each class of a document) and on homonym pages', () => {
    const a = parseEvalDoc(
      'a.txt',
      'dev',
      'date: 2019-02-27\nlang: en\nsource: x\nclasses: surname-first, homonym\n---\n[[Kim|-]] and [[Trump|donald-trump]].\n',
      KNOWN,
    );
    const b = parseEvalDoc(
      'b.txt',
      'dev',
      'date: none\nlang: ko\nsource: y\nclasses: surname-first\n---\n[[트럼프|donald-trump]]\n',
      KNOWN,
    );
    expect(a).toMatchObject({
      date: '2019-02-27',
      lang: 'en',
      classes: ['surname-first', 'homonym'],
    });
    expect(b.date).toBeNull();
    const results: DocResult[] = [
      {
        doc: a,
        ...scoreDocument(a, [
          mention(a.text, 'Kim', 'kim-jong-un'),
          mention(a.text, 'Trump', 'donald-trump'),
        ]),
      },
      { doc: b, ...scoreDocument(b, []) },
    ];
    const s = summarise(results);
    expect(s.overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(s.overall.f1).toBeCloseTo(0.5);
    expect(s.byLang.en).toMatchObject({ precision: 0.5, recall: 1 });
    expect(s.byLang.ko).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(s.byClass['surname-first']).toMatchObject({ docs: 2, falsePositives: 1 });
    expect(s.byClass.homonym).toMatchObject({ docs: 1, falseNegatives: 0 });
    expect(s.homonym).toEqual({ pages: 1, links: 2, correct: 1, unwanted: 1, negativeHits: 1 });
  });

  it('refuses an unknown figure id, a missing header line and a malformed mark', () => {
    const head = 'date: 2020-01-01\nlang: en\nclasses: homonym\n---\n';
    expect(() => parseEvalDoc('x.txt', 'dev', `${head}[[Kim|kim-jung-un]]`, KNOWN)).toThrow(
      /unknown figure id "kim-jung-un"/,
    );
    expect(() => parseEvalDoc('x.txt', 'dev', 'date: 2020-01-01\n---\nKim', KNOWN)).toThrow(
      /no "lang:" header/,
    );
    expect(() => parseEvalDoc('x.txt', 'dev', `${head}[[Kim|kim-jong-un]`, KNOWN)).toThrow(
      /malformed mark/,
    );
  });
});

describe('eval corpus', () => {
  it('parses both halves: 31 documents each, every id a catalogue figure, "?" or "-"', () => {
    for (const half of ['dev', 'test'] as const) {
      const docs = loadHalf(half, KNOWN);
      expect(docs).toHaveLength(31);
      for (const d of docs) {
        expect(d.lang).toMatch(/^(en|ko|ja|zh|ru)$/);
        expect(d.classes.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['holdout', 32],
    ['holdout2', 32],
    ['holdout3', 24],
    ['holdout4', 24],
    ['holdout5', 24],
  ] as const)(
    'parses the %s set (scored only when named): %i documents, every id a catalogue figure, "?" or "-"',
    (half, count) => {
      const docs = loadHalf(half, KNOWN);
      expect(docs).toHaveLength(count);
      for (const d of docs) {
        expect(d.lang).toMatch(/^(en|ko|ja|zh|ru)$/);
        expect(d.classes.length).toBeGreaterThan(0);
      }
    },
  );

  it(`keeps dev F1 at or above the floor ${DEV_F1_FLOOR.toFixed(4)}`, () => {
    const s = summarise(evaluate(loadHalf('dev', KNOWN), detect));
    console.info(
      `eval dev: P ${s.overall.precision?.toFixed(3)} R ${s.overall.recall?.toFixed(3)} F1 ${s.overall.f1?.toFixed(4)} (floor ${DEV_F1_FLOOR.toFixed(4)})`,
    );
    expect(s.overall.f1).toBeGreaterThanOrEqual(DEV_F1_FLOOR);
  });

  it(`keeps test F1 (consulted since round three) at or above the floor ${TEST_F1_FLOOR.toFixed(4)}`, () => {
    const s = summarise(evaluate(loadHalf('test', KNOWN), detect));
    expect(s.overall.f1).toBeGreaterThanOrEqual(TEST_F1_FLOOR);
  });

  it('npm run eval -- --json prints both halves and overall, errors for dev only', () => {
    const root = join(__dirname, '../../..');
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/eval.ts', '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      halves: Record<string, { overall: { f1: number }; errors?: unknown[] }>;
      overall: { overall: { docs: number } };
    };
    expect(out.halves.dev!.overall.f1).toBeGreaterThanOrEqual(DEV_F1_FLOOR);
    expect(out.halves.dev!.errors).toBeInstanceOf(Array);
    // Test-half errors are only listed when asked for (--errors).
    expect(out.halves.test!.errors).toBeUndefined();
    expect(out.overall.overall.docs).toBe(62);
  });
});
