/**
 * Scanning that never stalls a page, in real Chromium: changes are followed incrementally with
 * resolution across the page kept right, bursts collapse, quiet pages cost nothing, SPA
 * navigations start afresh, and long pages are marked viewport first.
 */
import { MAX_MARKS } from '../../entrypoints/content/marks';
import { expect, test, waitForScan, type ScanSignal } from './harness';

// Our tasks are timed by the wall clock: on a machine busy with other work, a 5 ms slice can be
// descheduled past 50 ms. A retry tells that from a slice that really is too long.
test.describe.configure({ retries: 2 });

const count = (signal: ScanSignal, id: string) =>
  signal.figures.find((f) => f.id === id)?.count ?? 0;

test('a bare "Kim" added later resolves to the Sung Kim named earlier on the page', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/resolution.html');
  expect(count(signal, 'sung-kim')).toBe(1);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Kim said talks could resume soon.';
    document.getElementById('story')!.append(p);
  });
  const after = await waitForScan(page, (s) => s.scans > signal.scans);
  expect(count(after, 'sung-kim')).toBe(2);
  expect(after.fullScans).toBe(signal.fullScans); // followed incrementally, not re-read
  expect(after.marks).toBe(signal.marks + 1);
});

test('a feed growing at its end: a headline’s bare "Kim" takes the full name appended later, a later "Kim" the one before it', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/resolution.html');
  await page.evaluate(() => {
    document.getElementById('story')!.replaceChildren(document.createElement('h1'));
    document.querySelector('#story h1')!.textContent = 'Kim arrives in Seoul';
  });
  let last = await waitForScan(page, (s) => s.scans > signal.scans);
  expect(count(last, 'sung-kim')).toBe(0);
  const append = async (texts: string[]) => {
    await page.evaluate((texts) => {
      for (const text of texts) {
        const p = document.createElement('p');
        p.textContent = text;
        document.getElementById('story')!.append(p);
      }
    }, texts);
    const scans = last.scans;
    last = await waitForScan(page, (s) => s.scans > scans);
  };
  await append(['Moon Jae-in met reporters.', 'US envoy Sung Kim arrived on Monday.']);
  expect(count(last, 'sung-kim')).toBe(2); // the headline's Kim is the Sung Kim named after it
  await append(['Kim said talks could resume soon.', 'Xi Jinping was not mentioned again.']);
  expect(count(last, 'sung-kim')).toBe(3);
  expect(count(last, 'moon-jae-in')).toBe(1);
  expect(last.fullScans).toBe(signal.fullScans); // followed incrementally, not re-read
});

test('a headline added above resolves through the story below, and not once the story goes', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/resolution.html');
  await page.evaluate(() => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Kim arrives in Seoul';
    document.getElementById('story')!.prepend(h1);
  });
  const headline = await waitForScan(page, (s) => s.scans > signal.scans);
  expect(count(headline, 'sung-kim')).toBe(2); // the headline's Kim is the Sung Kim named below
  await page.evaluate(() => document.querySelector('#story p')!.remove());
  const gone = await waitForScan(page, (s) => s.scans > headline.scans);
  expect(count(gone, 'sung-kim')).toBe(0); // an earlier block re-resolved by a later change
});

test('text removed from the page drops its marks; text changed in place is read again', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/resolution.html');
  expect(count(signal, 'xi-jinping')).toBe(1);
  await page.evaluate(() => document.getElementById('xi')!.remove());
  const removed = await waitForScan(page, (s) => s.scans > signal.scans);
  expect(count(removed, 'xi-jinping')).toBe(0);
  expect(removed.marks).toBe(signal.marks - 1);
  expect(
    await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)),
  ).toBe(removed.marks);
  await page.evaluate(() => {
    const text = document.querySelector('#story p')!.firstChild as Text;
    text.data = 'Vladimir Putin arrived in Seoul on Monday.';
  });
  const changed = await waitForScan(page, (s) => s.scans > removed.scans);
  expect(count(changed, 'vladimir-putin')).toBe(1);
  expect(count(changed, 'sung-kim')).toBe(0);
});

test('a burst of more than 1,000 mutation records is handled in one pass', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/growing.html');
  await page.evaluate(() => {
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 1500; i++) {
      const p = document.createElement('p');
      p.textContent = i === 1499 ? 'Xi Jinping visited Pyongyang.' : `Item ${i}`;
      feed.append(p);
    }
  });
  const after = await waitForScan(page, (s) => s.scans > signal.scans);
  expect(after.records - signal.records).toBeGreaterThanOrEqual(1500);
  expect(after.scans).toBe(signal.scans + 1);
  expect(after.fullScans).toBe(signal.fullScans + 1); // past the limit: the page is read again
  expect(count(after, 'xi-jinping')).toBe(1);
  await page.waitForTimeout(1500);
  const later = await waitForScan(page);
  expect(later.scans).toBe(after.scans); // and nothing more
});

test('a page that stays the same costs nothing after its first scan (no polling)', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/article.html');
  await page.waitForTimeout(2500);
  // One change makes the frame publish again: its task count shows what ran meanwhile.
  await page.evaluate(() => document.body.append(document.createElement('hr')));
  const after = await waitForScan(page, (s) => s.scans > signal.scans);
  // The observer's callback, its timer, one slice: nothing ran in the quiet seconds before.
  expect(after.tasks - signal.tasks).toBeLessThanOrEqual(4);
});

test('an SPA navigation starts a fresh scan of the new page', async ({ scannedPage }) => {
  const { page, signal } = await scannedPage('pages/spa.html');
  expect(count(signal, 'moon-jae-in')).toBe(1);
  await page.evaluate(() =>
    (window as unknown as { goTo: (path: string, text: string) => void }).goTo(
      '/pages/spa-second.html',
      'Xi Jinping hosted Vladimir Putin in Beijing.',
    ),
  );
  const after = await waitForScan(page, (s) => s.fullScans > signal.fullScans);
  expect(after.figures.map((f) => f.id).sort()).toEqual(['vladimir-putin', 'xi-jinping']);
});

test('a long page is marked viewport first, then the rest, with no long task of ours', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { signals: string[] }).signals = seen;
    document.addEventListener('backchannel:scan', (e) => seen.push((e as CustomEvent).detail));
  });
  await page.goto(server.url('pages/long-archive.html'));
  const done = await waitForScan(page, (s) => s.scans > 0);
  const signals = (await page.evaluate(() => (window as unknown as { signals: string[] }).signals))
    .map((s) => JSON.parse(s) as ScanSignal)
    .filter((s) => s.state === 'active');
  const first = signals.find((s) => s.marks > 0)!;
  expect(first.phase).toBe('viewport');
  expect(first.marks).toBeLessThan(done.marks);
  expect(done.marks).toBe(MAX_MARKS);
  expect(done.lastFull.viewportMs).toBeLessThan(done.lastFull.totalMs);
  expect(done.longestTaskMs).toBeLessThanOrEqual(50);
});
