// @vitest-environment happy-dom
/**
 * Marks edited by a change's difference are the marks chosen afresh: under small caps, with the
 * viewport anywhere on the page, after runs put in and taken out anywhere.
 */
import fc from 'fast-check';
import { expect, onTestFinished, test } from 'vitest';
import type { Highlighter } from '@/entrypoints/content/highlights';
import { Marker } from '@/entrypoints/content/marking';
import { MARK_CAPS } from '@/entrypoints/content/marks';
import { Run } from '@/entrypoints/content/page-runs';
import type { BlockHits } from '@/utils/detect/blocks';
import type { Mention } from '@/utils/detect/types';
import { NO_OVERRIDES } from '@/utils/page-overrides';
import './static-range';

function highlighter(): Highlighter & { shown: Set<AbstractRange> } {
  const shown = new Set<AbstractRange>();
  return {
    shown,
    paint(linked, ambiguous) {
      shown.clear();
      for (const r of [...linked, ...ambiguous]) shown.add(r);
    },
    update(linked, ambiguous, removed) {
      for (const r of removed) shown.delete(r);
      for (const r of [...linked, ...ambiguous]) shown.add(r);
    },
    clear() {
      shown.clear();
    },
    get size() {
      return shown.size;
    },
  };
}

const FIGURES = ['sung-kim', 'kim-jong-un', 'moon-jae-in'];

/** A run of one text node naming these figures (indexes into FIGURES), one per word. */
function runOf(who: readonly number[]): Run {
  const text = who.map((w) => `N${w}`).join(' ');
  const run = new Run([document.createTextNode(text)], [text]);
  const hits = who.map((_, i) => ({ start: i * 3, end: i * 3 + 2 }));
  run.match = { length: text.length, hits, texts: who.map((w) => `N${w}`) } as unknown as BlockHits;
  run.verdicts = who.map((w, i): Mention => ({
    start: i * 3,
    end: i * 3 + 2,
    text: `N${w}`,
    kind: 'full',
    figureId: FIGURES[w]!,
    confidence: 1,
    reason: 'full-name',
  }));
  run.revision = 1;
  return run;
}

/** Which hits are marked: run text and hit, by the run's place. */
function markedOf(runs: readonly Run[], shown: ReadonlySet<AbstractRange>): string[] {
  const out: string[] = [];
  runs.forEach((run, r) => {
    for (const [hit, mark] of run.marks ?? []) if (shown.has(mark.range)) out.push(`${r}:${hit}`);
  });
  return out.sort();
}

function drain<T>(steps: Generator<unknown, T, unknown>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const who = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 0, maxLength: 3 });

test('marks edited change by change are the marks chosen afresh, wherever the viewport is', () => {
  const defaults = { ...MARK_CAPS };
  onTestFinished(() => void Object.assign(MARK_CAPS, defaults));
  fc.assert(
    fc.property(
      fc.array(who, { minLength: 1, maxLength: 10 }),
      fc.array(
        fc.record({
          insert: fc.array(fc.tuple(fc.nat(), who), { maxLength: 3 }),
          remove: fc.array(fc.nat(), { maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      fc.nat({ max: 12 }),
      fc.record({
        total: fc.integer({ min: 1, max: 8 }),
        perFigure: fc.integer({ min: 1, max: 4 }),
      }),
      (start, changes, viewportRun, caps) => {
        Object.assign(MARK_CAPS, caps);
        let runs = start.map(runOf);
        runs.forEach((run, i) => (run.pos = i));
        const followed = highlighter();
        const marker = new Marker(followed);
        drain(marker.mark(runs, NO_OVERRIDES, viewportRun, 0, { everything: true }));
        for (const { insert, remove } of changes) {
          const gone: Run[] = [];
          const next = [...runs];
          for (const at of remove) {
            if (next.length === 0) break;
            const [run] = next.splice(at % next.length, 1);
            run!.alive = false;
            gone.push(run!);
          }
          const added: Run[] = [];
          for (const [at, names] of insert) {
            const run = runOf(names);
            next.splice(at % (next.length + 1), 0, run);
            added.push(run);
          }
          let movedFrom = 0;
          while (movedFrom < next.length && next[movedFrom] === runs[movedFrom]) movedFrom++;
          next.forEach((run, i) => (run.pos = i));
          runs = next;
          drain(
            marker.mark(runs, NO_OVERRIDES, viewportRun, 0, { gone, changed: added, movedFrom }),
          );
        }
        const followedMarks = markedOf(runs, followed.shown);
        const fresh = highlighter();
        const result = drain(
          new Marker(fresh).mark(runs, NO_OVERRIDES, viewportRun, 0, { everything: true }),
        );
        expect(followedMarks).toEqual(markedOf(runs, fresh.shown));
        expect(marker.index.size).toBe(result.marks);
      },
    ),
    { numRuns: 500 },
  );
}, 60_000);

test("figures named as often are listed by id, without the browser's collator", () => {
  // The first localeCompare in a page sets up the collator: 8–19 ms inside one step of ours.
  const compared: string[] = [];
  const original = String.prototype.localeCompare;
  String.prototype.localeCompare = function (this: string, that: string) {
    compared.push(this);
    return original.call(this, that);
  };
  onTestFinished(() => void (String.prototype.localeCompare = original));
  const runs = [runOf([0, 1, 2]), runOf([2, 1])];
  runs.forEach((run, i) => (run.pos = i));
  const result = drain(
    new Marker(highlighter()).mark(runs, NO_OVERRIDES, 0, 0, { everything: true }),
  );
  expect(result.figures).toEqual([
    { id: 'kim-jong-un', count: 2 },
    { id: 'moon-jae-in', count: 2 },
    { id: 'sung-kim', count: 1 },
  ]);
  expect(compared).toEqual([]);
});
