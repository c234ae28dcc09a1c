/** Precision and recall of the detector on annotated documents (1.0 on the seed, ≥ 0.95 overall). */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';
import { type AnnotatedDoc, loadAnnotated } from './annotated';

interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
  errors: string[];
}

function score(doc: AnnotatedDoc): Score {
  const predicted = detect(doc.text, { date: doc.date }).filter((m) => m.figureId !== undefined);
  const gold = doc.links.filter((l) => l.figureId !== '?');
  const key = (start: number, end: number, id: string): string => `${start}:${end}:${id}`;
  const goldKeys = new Set(gold.map((l) => key(l.start, l.end, l.figureId)));
  const predictedKeys = new Set(predicted.map((m) => key(m.start, m.end, m.figureId!)));
  const errors = [
    ...predicted
      .filter((m) => !goldKeys.has(key(m.start, m.end, m.figureId!)))
      .map((m) => `unexpected ${JSON.stringify(m.text)}@${m.start} → ${m.figureId}`),
    ...gold
      .filter((l) => !predictedKeys.has(key(l.start, l.end, l.figureId)))
      .map(
        (l) =>
          `missed ${JSON.stringify(doc.text.slice(l.start, l.end))}@${l.start} → ${l.figureId}`,
      ),
  ];
  const truePositives = predicted.filter((m) =>
    goldKeys.has(key(m.start, m.end, m.figureId!)),
  ).length;
  return { truePositives, predicted: predicted.length, expected: gold.length, errors };
}

const docs = loadAnnotated();

describe('annotated fixtures', () => {
  it('links the seed article exactly as a careful reader does (precision = recall = 1)', () => {
    const s = score(docs[0]!);
    expect(s.errors).toEqual([]);
    expect(s.truePositives).toBe(s.expected);
  });

  it('reaches precision and recall ≥ 0.95 over all documents', () => {
    const scores = docs.map((doc) => ({ doc: doc.name, ...score(doc) }));
    const tp = scores.reduce((n, s) => n + s.truePositives, 0);
    const precision = tp / scores.reduce((n, s) => n + s.predicted, 0);
    const recall = tp / scores.reduce((n, s) => n + s.expected, 0);
    const errors = scores.flatMap((s) => s.errors.map((e) => `${s.doc}: ${e}`));
    console.info(
      `detect fixtures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${docs.length} documents`,
    );
    expect(precision, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each(
    docs.filter((d) => d.links.some((l) => l.figureId === '?')).map((d) => [d.name, d] as const),
  )('leaves the unresolvable names of %s ambiguous, never linked', (_name, doc) => {
    const mentions = detect(doc.text, { date: doc.date });
    for (const link of doc.links.filter((l) => l.figureId === '?')) {
      const m = mentions.find((x) => x.start === link.start && x.end === link.end);
      expect(m?.figureId, doc.text.slice(link.start, link.end)).toBeUndefined();
      expect(m?.candidates?.length ?? 0).toBeGreaterThan(1);
    }
  });
});
