// @vitest-environment happy-dom
/**
 * The scanner's change pass against a full pass: after any appends, removals and edits, what a
 * page following its changes shows (verdicts, marks under the caps, the card's index, the counts)
 * is what reading the same final page from scratch shows.
 */
import fc from 'fast-check';
import { expect, onTestFinished, test } from 'vitest';
import type { Highlighter } from '@/entrypoints/content/highlights';
import { MARK_CAPS } from '@/entrypoints/content/marks';
import type { Changes } from '@/entrypoints/content/mutations';
import { Scanner } from '@/entrypoints/content/scanner';
import type { Job } from '@/entrypoints/content/slices';
import { NO_OVERRIDES } from '@/utils/page-overrides';
import './static-range';

/** A highlighter that keeps what it shows, by style. */
function recordingHighlighter(): Highlighter & { shown: Map<AbstractRange, string> } {
  const shown = new Map<AbstractRange, string>();
  return {
    shown,
    paint(linked, ambiguous) {
      shown.clear();
      for (const r of linked) shown.set(r, 'linked');
      for (const r of ambiguous) shown.set(r, 'ambiguous');
    },
    update(linked, ambiguous, removed) {
      for (const r of removed) shown.delete(r);
      for (const r of linked) shown.set(r, 'linked');
      for (const r of ambiguous) shown.set(r, 'ambiguous');
    },
    clear() {
      shown.clear();
    },
    get size() {
      return shown.size;
    },
  };
}

function scannerOn(root: HTMLElement) {
  const highlighter = recordingHighlighter();
  const scanner = new Scanner({
    doc: root.ownerDocument,
    highlighter,
    date: () => '2024-06-01',
    overrides: () => NO_OVERRIDES,
    enteredShadowRoot() {},
    viewportMarked() {},
  });
  return { scanner, highlighter };
}

function run(job: Job<void>): void {
  for (let step = job.next(); !step.done; step = job.next());
}

/** Where a range is, as text: the paragraph's index, offsets and the marked text. */
function place(root: HTMLElement, range: AbstractRange): string {
  const paragraphs = [...root.children];
  const p = paragraphs.indexOf(range.startContainer.parentElement!);
  const text = range.startContainer.nodeValue!.slice(range.startOffset, range.endOffset);
  return `${p}:${range.startOffset}-${range.endOffset} ${text}`;
}

/** What a scanner shows: counts, marks with their style, and the card's index in order. */
function state(root: HTMLElement, s: ReturnType<typeof scannerOn>) {
  const { result } = s.scanner;
  return {
    figures: result.figures,
    marks: result.marks,
    painted: [...s.highlighter.shown].map(([r, style]) => `${place(root, r)} ${style}`).sort(),
    index: result.mentions.all.map(
      (m) =>
        `${place(root, m.staticRange)} ${m.kind} ${m.figureId ?? ''} ${m.candidates?.join() ?? ''}`,
    ),
    found: result.mentions.all.map((m) =>
      result.mentions.at(m.staticRange.startContainer, m.staticRange.startOffset),
    ),
  };
}

/** Sentences naming people fully, by surname, by title, in several scripts, shared names included. */
const SENTENCES = [
  'US envoy Sung Kim met Noh Kyu-duk in Seoul.',
  'Kim said talks would resume.',
  'Kim Jong Un inspected a factory.',
  'Chairman Kim gave guidance.',
  'Kim Yo Jong issued a statement.',
  'Moon Jae-in flew to Pyongyang.',
  'Moon spoke to reporters.',
  'President Moon smiled.',
  'Xi Jinping and Vladimir Putin met.',
  'Putin called Xi.',
  '김정은 위원장이 말했다.',
  '김 위원장은 웃었다.',
  'Lee Jae-myung answered.',
  'President Lee agreed.',
  'Lee left early.',
  'The weather was fine.',
  // What can change earlier verdicts when appended: a headline's bare surname before any full
  // name, an unlisted namesake, the key's topic, a second person named in full under it.
  'Kim arrives in Seoul.',
  'Kim Yu-na skated; Kim smiled.',
  'Actress Kim returns in a drama; the film and album follow.',
  'Kim Gunn met Sung Kim.',
];

const paragraph = fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), {
  minLength: 1,
  maxLength: 3,
});
const op = fc.oneof(
  // At the end, as a feed grows (the change pass keeps the earlier verdicts it cannot change).
  fc.record({ kind: fc.constant('append' as const), at: fc.constant(1e9), text: paragraph }),
  fc.record({ kind: fc.constant('append' as const), at: fc.nat(), text: paragraph }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), text: paragraph }),
  // A line break put into a paragraph or taken out: the full pass reads a paragraph of plain
  // prose as one string, a change pass node by node (page-text.ts), and each must replace the other.
  fc.record({ kind: fc.constant('break' as const), at: fc.nat(), text: paragraph }),
  fc.record({ kind: fc.constant('unbreak' as const), at: fc.nat() }),
  // Text put straight into the article: the article is read again, its paragraphs with it.
  fc.record({ kind: fc.constant('loose' as const), at: fc.nat(), text: paragraph }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(root: HTMLElement, o: Op) {
  const paragraphs = root.children;
  if (o.kind === 'remove') {
    if (paragraphs.length > 0) paragraphs[o.at % paragraphs.length]!.remove();
    return;
  }
  if (o.kind === 'unbreak') {
    if (paragraphs.length > 0) paragraphs[o.at % paragraphs.length]!.querySelector('br')?.remove();
    return;
  }
  const text = o.text.map((i) => SENTENCES[i]!).join(' ');
  if (o.kind === 'loose') {
    root.append(text);
    return;
  }
  if (o.kind === 'break' && paragraphs.length > 0) {
    paragraphs[o.at % paragraphs.length]!.append(root.ownerDocument.createElement('br'), text);
    return;
  }
  if (o.kind === 'edit' && paragraphs.length > 0) {
    paragraphs[o.at % paragraphs.length]!.firstChild!.nodeValue = text;
    return;
  }
  const p = root.ownerDocument.createElement('p');
  p.textContent = text;
  root.insertBefore(p, o.at === 1e9 ? null : (paragraphs[o.at % (paragraphs.length + 1)] ?? null));
}

/**
 * Reads a page of `start` paragraphs, follows `batches` of changes pass by pass (setup() runs
 * after the page is written), and expects it to show what a full read of the final page shows.
 */
function expectFollowedAsRead(start: number[][], batches: Op[][], setup = () => {}): void {
  document.body.textContent = '';
  const root = document.createElement('article');
  document.body.append(root);
  for (const text of start) apply(root, { kind: 'append', at: 1e9, text });
  setup();
  const followed = scannerOn(root);
  run(followed.scanner.fullPass());
  const observer = new MutationObserver(() => {});
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  for (const batch of batches) {
    for (const o of batch) apply(root, o);
    const records = observer.takeRecords();
    const changes: Changes = { records, overflow: false, seen: records.length };
    run(followed.scanner.changePass(changes));
  }
  observer.disconnect();
  const fresh = scannerOn(root);
  run(fresh.scanner.fullPass());
  expect(state(root, followed)).toEqual(state(root, fresh));
}

test('a page followed change by change shows what a full read of it shows', () => {
  const defaults = { ...MARK_CAPS };
  onTestFinished(() => void Object.assign(MARK_CAPS, defaults));
  fc.assert(
    fc.property(
      fc.array(paragraph, { minLength: 1, maxLength: 8 }),
      fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      fc.record({
        total: fc.integer({ min: 2, max: 12 }),
        perFigure: fc.integer({ min: 1, max: 6 }),
      }),
      (start, batches, caps) =>
        expectFollowedAsRead(start, batches, () => void Object.assign(MARK_CAPS, caps)),
    ),
    { numRuns: 300 },
  );
}, 120_000);

test('a feed followed batch by batch (earlier verdicts kept where an append cannot change them) shows what a full read shows', () => {
  const appendAtEnd = fc.record({
    kind: fc.constant('append' as const),
    at: fc.constant(1e9),
    text: paragraph,
  });
  fc.assert(
    fc.property(
      fc.array(paragraph, { minLength: 1, maxLength: 6 }),
      fc.array(fc.array(appendAtEnd, { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 20,
      }),
      (start, batches) => expectFollowedAsRead(start, batches),
    ),
    { numRuns: 300 },
  );
}, 120_000);

test('a feed under the same names batch after batch (resolution going on from its last hit) shows what a full read shows', () => {
  // Every batch ends with one paragraph of every sentence, so each change pass touches the same
  // keys, keeps the last pass's listing and goes on from the resolver's state after it.
  const everyone = SENTENCES.map((_, i) => i);
  const batch = fc
    .array(paragraph, { minLength: 0, maxLength: 3 })
    .map((texts) =>
      [...texts, everyone].map((text) => ({ kind: 'append' as const, at: 1e9, text })),
    );
  fc.assert(
    fc.property(
      fc.array(paragraph, { minLength: 1, maxLength: 6 }),
      fc.array(batch, { minLength: 2, maxLength: 12 }),
      (start, batches) => expectFollowedAsRead(start, batches),
    ),
    { numRuns: 150 },
  );
}, 120_000);
