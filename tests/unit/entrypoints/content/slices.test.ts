// @vitest-environment happy-dom
/** Our work in slices: a job that waits for a frame learns whether one was rendered. */
import { afterEach, expect, test, vi } from 'vitest';
import {
  AFTER_FRAME,
  frameRendered,
  later,
  nextFrame,
  runInSlices,
  type Job,
} from '@/entrypoints/content/slices';

afterEach(() => vi.unstubAllGlobals());

/** A job that waits for a frame and says what it saw after it. */
function* waitsForFrame(seen: boolean[]): Job<void> {
  yield AFTER_FRAME;
  seen.push(frameRendered);
}

test('after a rendered frame, the job may read layout', async () => {
  const seen: boolean[] = [];
  vi.stubGlobal('requestAnimationFrame', (work: () => void) => setTimeout(work, 5));
  await runInSlices(waitsForFrame(seen), () => true);
  expect(seen).toEqual([true]);
});

test('when no frame comes (a page busy with its own long task), the job is told so', async () => {
  const seen: boolean[] = [];
  vi.stubGlobal('requestAnimationFrame', () => 0); // never renders
  await runInSlices(waitsForFrame(seen), () => true);
  expect(seen).toEqual([false]);
});

test('later and nextFrame do nothing once the extension is gone', async () => {
  const ctx = { isValid: true };
  const ran: string[] = [];
  vi.stubGlobal('requestAnimationFrame', (work: () => void) => setTimeout(work, 5));
  later(ctx, () => ran.push('timer'), 5);
  nextFrame(ctx, () => ran.push('frame'));
  ctx.isValid = false;
  await new Promise((done) => setTimeout(done, 30));
  expect(ran).toEqual([]);
  ctx.isValid = true;
  later(ctx, () => ran.push('timer'), 5);
  nextFrame(ctx, () => ran.push('frame'));
  await new Promise((done) => setTimeout(done, 30));
  expect(ran.sort()).toEqual(['frame', 'timer']);
});
