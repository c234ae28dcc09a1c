/** The popup's "on this tab" adds up the figures of all of a tab's frames. */
import { beforeEach, expect, test } from 'vitest';
import { forgetTab, mergedReport, recordReport } from '@/entrypoints/background/tab-reports';

const summary = (url: string, figures: { id: string; count: number }[]) => ({
  url,
  title: '',
  date: null,
  active: true,
  figures,
});

beforeEach(() => forgetTab(1));

test('frames of one tab are added up, most mentioned first', () => {
  recordReport(1, 0, summary('https://a.example/', [{ id: 'kim-jong-un', count: 1 }]));
  recordReport(
    1,
    5,
    summary('https://a.example/frame', [
      { id: 'kim-jong-un', count: 2 },
      { id: 'xi-jinping', count: 1 },
    ]),
  );
  expect(mergedReport(1)?.figures).toEqual([
    { id: 'kim-jong-un', count: 3 },
    { id: 'xi-jinping', count: 1 },
  ]);
});

test('navigating the top frame forgets the old page', () => {
  recordReport(1, 5, summary('https://a.example/frame', [{ id: 'xi-jinping', count: 1 }]));
  recordReport(1, 0, summary('https://b.example/', [{ id: 'wang-yi', count: 1 }]));
  expect(mergedReport(1)?.figures).toEqual([{ id: 'wang-yi', count: 1 }]);
});

test('an unknown tab has no report', () => {
  expect(mergedReport(99)).toBeNull();
});

test('a paused top frame means nothing is marked in any of its frames', () => {
  recordReport(1, 5, summary('https://ads.example/frame', [{ id: 'xi-jinping', count: 1 }]));
  const pausedTop = { ...summary('https://a.example/', []), active: false };
  expect(mergedReport(1, pausedTop)).toEqual(pausedTop);
});
