/** The hover card as a reader meets it: hover, read, act; by keyboard too; untouched by the page's CSS. */
import type { BrowserContext, Frame, Page } from '@playwright/test';
import {
  axBox,
  cardSignal,
  clickAx,
  findAx,
  hover,
  isFocused,
  pointAtText,
  sendCardCommand,
  serviceWorker,
  sidePanelUrls,
  waitForAx,
} from './card-helpers';
import { expect, test, waitForScan } from './harness';

/** The few extension APIs the tests call inside the service worker (the tests have no chrome typings). */
interface Chrome {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  sidePanel: { open(options: { tabId?: number }): Promise<void> };
}
declare const chrome: Chrome;

const tabIdOf = async (page: Page) => (await waitForScan(page)).tabId;

test('hovering a name opens its card: a dialog named after the figure, "Open background" first', async ({
  scannedPage,
}) => {
  const { page } = await scannedPage('pages/article.html');
  await hover(page, 'Sung Kim');
  await waitForAx(page, 'dialog', 'Sung Kim');
  const buttons = await findAx(page, 'button');
  expect(buttons.map((b) => b.name?.value)).toEqual([
    'Open background',
    'Not this person',
    'Hide on this site',
  ]);
  // Visible at once when the dwell ends (the name from the catalogue), and its background was asked
  // for when the dwell began, so it had arrived by then and fills in on the next frame.
  const signal = await cardSignal(page);
  expect(signal?.ms).toBeLessThan(50);
  expect(signal?.whole).toBe(true);
  // The role as of the page's date (21 June 2021), its source, the stored headlines.
  await waitForAx(page, 'StaticText', /^Special Representative for North Korea$/);
  await waitForAx(page, 'StaticText', /as of .*2021/);
  await waitForAx(page, 'list', 'Newest stored articles');
});

test('no card while the pointer sweeps across the text', async ({ scannedPage }) => {
  const { page } = await scannedPage('pages/article.html');
  const start = await pointAtText(page, 'US envoy');
  const end = await pointAtText(page, 'in Seoul.');
  await page.mouse.move(start.x, start.y);
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.move(end.x, end.y + 300);
  await page.waitForTimeout(700);
  expect(await findAx(page, 'dialog')).toEqual([]);
});

test('the card stays while the pointer is on it, and closes after it leaves or on Escape', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/article.html');
  await hover(page, 'Noh Kyu-duk');
  const dialog = await waitForAx(page, 'dialog', 'Noh Kyu-duk');
  const box = await axBox(page, dialog!);
  await page.mouse.move(box.x + box.width / 2, box.y + 12, { steps: 4 });
  await page.waitForTimeout(700);
  expect(await findAx(page, 'dialog', 'Noh Kyu-duk')).toHaveLength(1);
  await page.mouse.move(5, 700);
  await waitForAx(page, 'dialog', 'Noh Kyu-duk', { present: false, timeout: 1_500 });

  await hover(page, 'Noh Kyu-duk');
  await waitForAx(page, 'dialog', 'Noh Kyu-duk');
  await page.keyboard.press('Escape');
  await waitForAx(page, 'dialog', undefined, { present: false, timeout: 1_000 });
  // Opening and closing the card is not a change of the page: no rescan.
  await page.waitForTimeout(600);
  expect((await waitForScan(page)).scans).toBe(signal.scans);
});

test('"Not this person" unmarks the name and what leaned on it, and the page remembers', async ({
  scannedPage,
}) => {
  const { page } = await scannedPage('pages/article.html');
  await hover(page, 'Sung Kim');
  await clickAx(page, 'button', 'Not this person');
  const after = await waitForScan(page, (s) => !s.figures.some((f) => f.id === 'sung-kim'));
  expect(after.figures.map((f) => f.id)).toEqual(
    expect.arrayContaining(['noh-kyu-duk', 'kim-jong-un']),
  );
  await page.reload();
  const reloaded = await waitForScan(page, (s) => s.scans > 0);
  expect(reloaded.figures.map((f) => f.id)).not.toContain('sung-kim');
});

test('"Hide on this site" pauses the site and takes the marks away', async ({ scannedPage }) => {
  const { page } = await scannedPage('pages/article.html');
  await hover(page, 'Noh Kyu-duk');
  await clickAx(page, 'button', 'Hide on this site');
  const paused = await waitForScan(page, (s) => s.state === 'paused');
  expect(paused.figures).toEqual([]);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});

test('"Open background" opens the side panel on that figure, and the open panel follows the next one', async ({
  scannedPage,
}) => {
  const { page } = await scannedPage('pages/article.html');
  await hover(page, 'Sung Kim');
  await clickAx(page, 'button', 'Open background');
  await expect.poll(() => sidePanelUrls(page), { timeout: 5_000 }).toEqual(['#/figure/sung-kim']);

  await page.mouse.move(5, 700);
  await hover(page, 'Noh Kyu-duk');
  await clickAx(page, 'button', 'Open background');
  await expect
    .poll(() => sidePanelUrls(page), { timeout: 5_000 })
    .toEqual(['#/figure/noh-kyu-duk']);
});

test('an ambiguous name is marked apart and its card asks which one; the choice sticks', async ({
  scannedPage,
}) => {
  const { page, signal } = await scannedPage('pages/ambiguous.html');
  expect(signal.figures.map((f) => f.id)).not.toContain('lee-in-young');
  await hover(page, 'Lee');
  await waitForAx(page, 'dialog', 'Which one?');
  const choices = (await findAx(page, 'button')).map((b) => b.name?.value ?? '');
  const choice = choices.find((name) => name.startsWith('Lee In-young'));
  expect(choice).toBeDefined();
  await clickAx(page, 'button', choice!);
  await waitForScan(page, (s) => s.figures.some((f) => f.id === 'lee-in-young'));
  await page.reload();
  await waitForScan(page, (s) => s.figures.some((f) => f.id === 'lee-in-young'));
});

test('on a Korean page an ambiguous title and surname asks which one too; the choice sticks', async ({
  scannedPage,
}) => {
  // "김 대표" on 1 May 2018: Kim Yo Jong or Sung Kim (the page names neither in full).
  const { page, signal } = await scannedPage('pages/ambiguous-ko.html');
  expect(signal.figures.map((f) => f.id)).toEqual(['moon-jae-in']);
  await hover(page, '김');
  await waitForAx(page, 'dialog', 'Which one?');
  const choices = (await findAx(page, 'button')).map((b) => b.name?.value ?? '');
  const choice = choices.find((name) => name.startsWith('Sung Kim'));
  expect(choice).toBeDefined();
  expect(choices.some((name) => name.startsWith('Kim Yo Jong'))).toBe(true);
  await clickAx(page, 'button', choice!);
  await waitForScan(page, (s) => s.figures.some((f) => f.id === 'sung-kim'));
  await page.reload();
  await waitForScan(page, (s) => s.figures.some((f) => f.id === 'sung-kim'));
});

test('the keyboard command opens the card at the caret; Tab moves through it; Escape gives focus back', async ({
  scannedPage,
  context,
}) => {
  const { page } = await scannedPage('pages/article.html');
  const tabId = await tabIdOf(page);
  // The caret in the second paragraph, on "Noh".
  await page.evaluate(() => {
    const paragraph = document.querySelectorAll('p')[1]!;
    const text = paragraph.firstChild!;
    const at = text.nodeValue!.indexOf('Noh') + 1;
    getSelection()!.collapse(text, at);
  });
  const reply = await sendCardCommand(context, tabId);
  expect(reply).toMatchObject({ ok: true, result: { opened: true } });
  await waitForAx(page, 'dialog', 'Noh Kyu-duk');
  await expect.poll(() => isFocused(page, 'button', 'Open background')).toBe(true);
  await page.keyboard.press('Tab');
  await expect.poll(() => isFocused(page, 'button', 'Not this person')).toBe(true);
  await page.keyboard.press('Escape');
  await waitForAx(page, 'dialog', undefined, { present: false, timeout: 1_000 });
});

test("the page's CSS cannot reach the card (all: unset !important, a 3px root font)", async ({
  scannedPage,
}) => {
  const { page } = await scannedPage('pages/hostile-css.html');
  await hover(page, 'Sung Kim');
  const dialog = await waitForAx(page, 'dialog', 'Sung Kim');
  const box = await axBox(page, dialog!);
  expect(box.width).toBeGreaterThan(300);
  expect(box.height).toBeGreaterThan(120);
  const [button] = await findAx(page, 'button', 'Open background');
  expect((await axBox(page, button!)).height).toBeGreaterThan(18);
});

test('the toolbar badge counts the different figures on the tab', async ({
  scannedPage,
  context,
}) => {
  const { page, signal } = await scannedPage('pages/article.html');
  const worker = await serviceWorker(context);
  await expect
    .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), signal.tabId))
    .toBe(String(signal.figures.length));
  expect(signal.figures.length).toBeGreaterThan(2);
  await page.close();
});

/** Makes the browser refuse to open its side panel from a page, as Firefox does (until the worker restarts). */
async function refuseSidePanel(context: BrowserContext): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(() => {
    chrome.sidePanel.open = () => Promise.reject(new Error('refused by the test'));
  });
}

/** The drawer's URL: the side panel's own page on a figure, for the page's tab. */
function drawerUrl(figureId: string): RegExp {
  return new RegExp(`/sidepanel\\.html\\?drawer&tabId=\\d+#/figure/${figureId}$`);
}

/** The frame the in-page drawer shows: the side panel's own page, on a figure. */
async function drawerFrame(page: Page, figureId: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => drawerUrl(figureId).test(f.url()))).toBe(true);
  return page.frames().find((f) => drawerUrl(figureId).test(f.url()))!;
}

/**
 * With the side panel refused, hovers Sung Kim on `page` and presses "Open background": the drawer
 * opens, a dialog named after him. Returns its frame once the figure's view shows in it.
 */
async function openDrawerOnSungKim(page: Page, context: BrowserContext): Promise<Frame> {
  await refuseSidePanel(context);
  await hover(page, 'Sung Kim');
  await clickAx(page, 'button', 'Open background');
  await waitForAx(page, 'dialog', 'Sung Kim');
  const frame = await drawerFrame(page, 'sung-kim');
  await expect(frame.getByRole('article', { name: 'Sung Kim' })).toBeVisible({ timeout: 10_000 });
  return frame;
}

test('where the browser will not open its panel, "Open background" opens an in-page drawer with the figure\'s view', async ({
  scannedPage,
  context,
}) => {
  const { page } = await scannedPage('pages/article.html');
  // A dialog named after the figure, holding the side panel's figure view (the panel's own page).
  await openDrawerOnSungKim(page, context);
  expect(await sidePanelUrls(page)).toEqual([]);
  // The page cannot see into it: our host's shadow root is closed, and the frame is another origin.
  expect(await page.evaluate(() => [...document.querySelectorAll('iframe')].length)).toBe(0);
  await expect.poll(() => isFocused(page, 'button', 'Close')).toBe(true);
  await page.keyboard.press('Escape');
  await waitForAx(page, 'dialog', 'Sung Kim', { present: false, timeout: 1_000 });
  expect(page.frames().some((f) => f.url().includes('/sidepanel.html'))).toBe(false);
});

test("Escape pressed inside the drawer's frame closes the drawer; a page that posts the same message cannot", async ({
  scannedPage,
  context,
}) => {
  const { page } = await scannedPage('pages/article.html');
  const frame = await openDrawerOnSungKim(page, context);
  // The page forging the frame's message (from its own window) does not close the drawer.
  await page.evaluate(() => window.postMessage('drawer:close', '*'));
  await page.waitForTimeout(300);
  await waitForAx(page, 'dialog', 'Sung Kim');
  // Focus inside the frame (its search box), then Escape: the keys stay in the frame, yet it closes.
  await frame.getByRole('combobox').first().focus();
  // Key down and up apart, and neither waited for: the drawer closes on the key going down, and
  // a key event sent to the frame's renderer while it is being removed can wait for an answer that
  // never comes (the key-up did; once, in npm test, the key-down too, until the test timed out).
  void page.keyboard.down('Escape').catch(() => {});
  await waitForAx(page, 'dialog', 'Sung Kim', { present: false, timeout: 2_000 });
  void page.keyboard.up('Escape').catch(() => {});
  expect(page.frames().some((f) => f.url().includes('/sidepanel.html'))).toBe(false);
});

test('the drawer, opened from the keyboard, keeps focus inside and gives it back; it closes with its button', async ({
  scannedPage,
  context,
}) => {
  const { page } = await scannedPage('pages/article.html');
  const tabId = await tabIdOf(page);
  await refuseSidePanel(context);
  await page.evaluate(() => {
    const paragraph = document.querySelectorAll('p')[1]!;
    const at = paragraph.firstChild!.nodeValue!.indexOf('Noh') + 1;
    getSelection()!.collapse(paragraph.firstChild!, at);
  });
  await sendCardCommand(context, tabId);
  await expect.poll(() => isFocused(page, 'button', 'Open background')).toBe(true);
  await page.keyboard.press('Enter');
  await waitForAx(page, 'dialog', 'Noh Kyu-duk');
  await drawerFrame(page, 'noh-kyu-duk');
  await expect.poll(() => isFocused(page, 'button', 'Close')).toBe(true);
  // Focus stays in the drawer: Tab goes into its frame and through it, never out to the page.
  const ours = () =>
    page.evaluate(
      () =>
        document.activeElement?.parentElement === document.documentElement &&
        document.activeElement.tagName === 'DIV',
    );
  // (Keys reach the out-of-process frame asynchronously: each Tab settles before the check.)
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    await expect.poll(ours, { timeout: 1_000 }).toBe(true);
  }
  await clickAx(page, 'button', 'Close');
  await waitForAx(page, 'dialog', 'Noh Kyu-duk', { present: false, timeout: 1_000 });
  // Focus is back where the reader was before the card: the page, not our removed nodes.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('the drawer follows a dark page', async ({ scannedPage, context }) => {
  const { page } = await scannedPage('pages/dark.html');
  await refuseSidePanel(context);
  await hover(page, 'Sung Kim');
  await clickAx(page, 'button', 'Open background');
  const dialog = await waitForAx(page, 'dialog', 'Sung Kim');
  const box = await axBox(page, dialog!);
  const shot = await page.screenshot({
    clip: { x: box.x + 4, y: box.y + 4, width: 20, height: 20 },
  });
  // The drawer's header is dark on a dark page (PNG pixels: read the middle one from a 1×1 clip).
  const pixel = await page.evaluate(
    async (png) => {
      const bitmap = await createImageBitmap(
        new Blob([new Uint8Array(png)], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      return [...g.getImageData(10, 10, 1, 1).data];
    },
    [...shot],
  );
  expect(pixel[0]! + pixel[1]! + pixel[2]!).toBeLessThan(3 * 80);
});
