/**
 * Accessibility: axe-core on every extension page (popup, options, the side panel's home, a figure
 * and search results) and on the hover card, light and dark, in English and in Korean. No
 * serious, critical or moderate violation is allowed. The card lives in a closed shadow root in the
 * extension, so axe reads it on a test page that renders the same CardView with the same mount
 * code and stylesheet, shadow roots opened (card-preview/).
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { rmSync } from 'node:fs';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { buildCardPreview } from './card-preview/build';
import { expect, test } from './harness';

const BLOCKING = new Set(['moderate', 'serious', 'critical']);

/** axe's blocking violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, so the extension pages' CSP does not stop the injection.
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

let preview: { folder: string; server: StaticServer } | undefined;

test.beforeAll(async () => {
  const folder = await buildCardPreview();
  preview = { folder, server: await serveStatic(folder, 0) };
});

test.afterAll(async () => {
  await preview?.server.close();
  if (preview) rmSync(preview.folder, { recursive: true, force: true });
});

for (const uiLanguage of ['en', 'ko'] as const) {
  test.describe(`in ${uiLanguage === 'en' ? 'English' : 'Korean'}`, () => {
    test.use({ uiLanguage });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`no serious, critical or moderate violations, ${colorScheme}`, async ({
        scannedPage,
        extensionPage,
        context,
      }) => {
        test.setTimeout(90_000);
        const {
          signal: { tabId },
        } = await scannedPage('pages/article.html');
        const views: [
          name: string,
          open: () => Promise<Page>,
          ready: (page: Page) => Promise<void>,
        ][] = [
          [
            'popup',
            () => extensionPage('popup', `?tabId=${tabId}`),
            (page) => expect(page.locator('.figure-row').first()).toBeVisible(),
          ],
          [
            'options',
            () => extensionPage('options'),
            (page) => expect(page.getByTestId('count-articles')).not.toBeEmpty({ timeout: 20_000 }),
          ],
          [
            'side panel home',
            () => extensionPage('sidepanel', `?tabId=${tabId}#/`),
            (page) => expect(page.locator('#tab-heading + ul li').first()).toBeVisible(),
          ],
          [
            'side panel figure',
            () => extensionPage('sidepanel', `?tabId=${tabId}#/figure/sung-kim`),
            (page) => expect(page.locator('.roles li').first()).toBeVisible(),
          ],
          [
            'side panel search',
            () => extensionPage('sidepanel', `#/search/${encodeURIComponent('Kim Yo Jong')}`),
            (page) => expect(page.locator('#found-heading ~ ul li').first()).toBeVisible(),
          ],
          [
            'card',
            () =>
              context.newPage().then(async (page) => {
                await page.goto(preview!.server.url(`index.html?lang=${uiLanguage}`));
                return page;
              }),
            (page) => expect(page.locator('html[data-card-ready]')).toBeAttached(),
          ],
          [
            'card, which one?',
            () =>
              context.newPage().then(async (page) => {
                await page.goto(preview!.server.url(`index.html?lang=${uiLanguage}&kind=choose`));
                return page;
              }),
            (page) => expect(page.locator('html[data-card-ready]')).toBeAttached(),
          ],
        ];
        const found: Record<string, string[]> = {};
        for (const [name, open, ready] of views) {
          const page = await open();
          await page.emulateMedia({ colorScheme });
          await ready(page);
          // Every page says which language it is in, and has its level-one heading.
          if (!name.startsWith('card')) {
            await expect(page.locator('html')).toHaveAttribute('lang', uiLanguage);
            await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
          }
          found[name] = await violations(page);
          await page.close();
        }
        expect(found).toEqual(Object.fromEntries(views.map(([name]) => [name, []])));
      });
    }
  });
}
