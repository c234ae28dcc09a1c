// @vitest-environment happy-dom
/** When the scanner runs: once per quiet moment, never while nothing changes, stoppable. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_WAIT_MS, PassScheduler, QUIET_MS, type PassKind } from '@/entrypoints/content/passes';
import type { Job } from '@/entrypoints/content/slices';

let ctx: ContentScriptContext;
let ran: PassKind[];
let finished: PassKind[];
let overflowed = false;
let stoppedJobs = 0;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function* job(kind: PassKind, steps = 3): Job<void> {
  ran.push(kind);
  try {
    for (let i = 0; i < steps; i++) yield;
  } finally {
    stoppedJobs += 1;
  }
}

function scheduler(steps = 3) {
  return new PassScheduler(
    ctx,
    (kind) => job(kind, steps),
    () => overflowed,
    (kind) => finished.push(kind),
  );
}

beforeEach(() => {
  ctx = new ContentScriptContext('test');
  ran = [];
  finished = [];
  overflowed = false;
  stoppedJobs = 0;
});
afterEach(() => ctx.abort());

test('a burst of changes makes one pass, once the page is quiet', async () => {
  const passes = scheduler();
  for (let i = 0; i < 1000; i++) passes.noteChange();
  expect(ran).toEqual([]);
  await sleep(QUIET_MS * 3);
  expect(finished).toEqual(['changes']);
});

test('past the record limit the pass reads the whole page', async () => {
  const passes = scheduler();
  overflowed = true;
  passes.noteChange();
  await sleep(QUIET_MS * 3);
  expect(finished).toEqual(['full']);
});

test('a page that never stops changing is still scanned, at the latest after MAX_WAIT_MS', async () => {
  const passes = scheduler();
  const started = performance.now();
  while (finished.length === 0 && performance.now() - started < MAX_WAIT_MS * 2) {
    passes.noteChange();
    await sleep(10);
  }
  expect(finished).toEqual(['changes']);
  expect(performance.now() - started).toBeLessThan(MAX_WAIT_MS + 500);
});

test('nothing runs or waits while nothing changes', async () => {
  const passes = scheduler();
  await sleep(QUIET_MS * 3);
  expect(ran).toEqual([]);
  expect(passes.busy).toBe(false);
});

test('stop ends a running pass at its next slice and forgets what was waiting', async () => {
  const passes = scheduler(100_000);
  passes.requestFull(true);
  expect(ran).toEqual(['full']);
  passes.noteChange();
  passes.stop();
  await sleep(QUIET_MS * 3);
  expect(finished).toEqual([]);
  expect(stoppedJobs).toBe(1);
  expect(passes.busy).toBe(false);
});

test('a correction during a pass marks again after it', async () => {
  const passes = scheduler(50);
  passes.requestFull(true);
  passes.requestMark('mark');
  await sleep(100);
  expect(finished).toEqual(['full', 'mark']);
});

test('waiting for quiet leaves nothing behind on the context, pass after pass', async () => {
  // WXT's ctx.setTimeout adds an abort listener per timer and never removes it: a page that keeps
  // changing grew the list without end (and the browser scans it on every add).
  let added = 0;
  const add = ctx.signal.addEventListener.bind(ctx.signal);
  ctx.signal.addEventListener = ((...args: Parameters<typeof add>) => {
    added += 1;
    add(...args);
  }) as typeof add;
  const passes = scheduler(1);
  for (let i = 1; i <= 5; i++) {
    passes.noteChange();
    while (finished.length < i) await sleep(10); // changes close together wait longer each time
  }
  expect(finished).toEqual(['changes', 'changes', 'changes', 'changes', 'changes']);
  expect(added).toBe(0);
});

test('a timer still pending when the extension goes away does nothing', async () => {
  const passes = scheduler();
  passes.noteChange();
  ctx.abort();
  await sleep(QUIET_MS * 3);
  expect(ran).toEqual([]);
});
