/**
 * The reading experience on Korean, Russian and Chinese news pages (tests/fixtures/pages/news),
 * as on the English ones (card.spec.ts): the card by keyboard, "Open background" reaching the
 * side panel, "Not this person", and "Hide on this site" taking marks and cards away.
 */
import type { Page } from '@playwright/test';
import {
  clickAx,
  findAx,
  hover,
  isFocused,
  pointAtText,
  sendCardCommand,
  sidePanelUrls,
  waitForAx,
} from './card-helpers';
import { expect, test, waitForScan, type ScanSignal } from './harness';

const PAGES = [
  // The first 문재인 is in a photo caption; the second opens a paragraph of the story.
  {
    file: 'hankyoreh-panmunjom.html',
    text: '문재인',
    nth: 1,
    id: 'moon-jae-in',
    name: 'Moon Jae-in',
  },
  {
    file: 'lenta-lavrov-choe.html',
    text: 'Цой Сон Хи',
    nth: 0,
    id: 'choe-son-hui',
    name: 'Choe Son Hui',
  },
  // The first 王毅 is in the headline.
  { file: 'hk01-wang-yi-choe.html', text: '王毅', nth: 1, id: 'wang-yi', name: 'Wang Yi' },
];

/** Scrolls the `nth` occurrence of `text` to the middle of the window, then hovers it. */
async function hoverInView(page: Page, text: string, nth: number): Promise<void> {
  const { y } = await pointAtText(page, text, nth);
  await page.evaluate((by) => window.scrollBy(0, by), y - page.viewportSize()!.height / 2);
  await hover(page, text, nth);
}

const countOf = (signal: ScanSignal, id: string) =>
  signal.figures.find((f) => f.id === id)?.count ?? 0;

for (const news of PAGES) {
  test.describe(news.file, () => {
    test('the keyboard command opens the card of the name at the caret; "Open background" reaches the side panel', async ({
      scannedPage,
      context,
    }) => {
      const { page, signal } = await scannedPage(`pages/news/${news.file}`);
      // The caret inside the name, as a reader who clicked into it.
      await page.evaluate(
        ([wanted, nth]) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.nodeValue!.indexOf(wanted);
            if (at >= 0 && seen++ === nth) {
              node.parentElement!.scrollIntoView({ block: 'center' });
              getSelection()!.collapse(node, at + 1);
              return;
            }
          }
          throw new Error(`${wanted} #${nth} not on the page`);
        },
        [news.text, news.nth] as const,
      );
      const reply = await sendCardCommand(context, signal.tabId);
      expect(reply).toMatchObject({ ok: true, result: { opened: true } });
      await waitForAx(page, 'dialog', news.name);
      await expect.poll(() => isFocused(page, 'button', 'Open background')).toBe(true);
      await clickAx(page, 'button', 'Open background');
      await expect
        .poll(() => sidePanelUrls(page), { timeout: 5_000 })
        .toEqual([`#/figure/${news.id}`]);
    });

    test('"Not this person" unmarks the name on this page', async ({ scannedPage }) => {
      const { page, signal } = await scannedPage(`pages/news/${news.file}`);
      const before = countOf(signal, news.id);
      expect(before).toBeGreaterThan(0);
      await hoverInView(page, news.text, news.nth);
      await clickAx(page, 'button', 'Not this person');
      const after = await waitForScan(page, (s) => countOf(s, news.id) < before);
      expect(countOf(after, news.id)).toBeLessThan(before);
    });

    test('"Hide on this site" takes the marks away, and no card opens after', async ({
      scannedPage,
    }) => {
      const { page } = await scannedPage(`pages/news/${news.file}`);
      await hoverInView(page, news.text, news.nth);
      await clickAx(page, 'button', 'Hide on this site');
      const paused = await waitForScan(page, (s) => s.state === 'paused');
      expect(paused.figures).toEqual([]);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await page.mouse.move(2, 2);
      await hoverInView(page, news.text, news.nth);
      await page.waitForTimeout(900); // past the dwell
      expect(await findAx(page, 'dialog', news.name)).toEqual([]);
    });
  });
}
