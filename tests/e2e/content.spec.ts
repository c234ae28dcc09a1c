/** The content script on real pages: scans, marks, talks to the background, follows page growth. */
import { expect, test, waitForScan } from './harness';

const ids = (signal: { figures: { id: string }[] }) => signal.figures.map((f) => f.id);

test('marks the figures of a news page and leaves common words alone', async ({ scannedPage }) => {
  const { page, signal } = await scannedPage('pages/article.html');
  expect(signal.state).toBe('active');
  expect(ids(signal)).toEqual(
    expect.arrayContaining(['sung-kim', 'noh-kyu-duk', 'takehiro-funakoshi', 'kim-jong-un']),
  );
  expect(ids(signal)).not.toContain('moon-jae-in');
  // The highlight registry is shared with the page: the marks are really painted.
  expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
});

test('answers a content → background round trip with its tab id', async ({ scannedPage }) => {
  const { signal } = await scannedPage('pages/article.html');
  expect(signal.tabId).toBeGreaterThanOrEqual(0);
});

test('runs inside a same-origin iframe', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(server.url('pages/with-frame.html'));
  const frame = page.frame({ url: /framed\.html$/ });
  expect(frame).not.toBeNull();
  const signal = await waitForScan(frame!, (s) => s.scans > 0);
  expect(ids(signal)).toEqual(expect.arrayContaining(['vladimir-putin', 'kim-jong-un']));
});

test('rescans when the page appends a story', async ({ scannedPage }) => {
  const { page } = await scannedPage('pages/growing.html');
  await page.evaluate(() => {
    const story = document.createElement('p');
    story.textContent = 'Xi Jinping visited Pyongyang.';
    document.getElementById('feed')!.append(story);
  });
  const signal = await waitForScan(page, (s) => s.figures.some((f) => f.id === 'xi-jinping'));
  expect(ids(signal)).toEqual(expect.arrayContaining(['moon-jae-in', 'kim-jong-un', 'xi-jinping']));
});

test('finds nobody on a page without figures', async ({ scannedPage }) => {
  const { page, signal } = await scannedPage('pages/empty.html');
  expect(signal.figures).toEqual([]);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});
