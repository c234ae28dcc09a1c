/**
 * The popup: "On this tab" across frames (early, removed, busy frames, a restarted background),
 * "Recently seen" and its clearing from the options page, and the status line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { EXTENSION_DIR, expect, setSettings, test, THIRD_PARTY_HOST, waitForScan } from './harness';

const bundled = (
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'store/bundle.json'), 'utf8')) as {
    articles: unknown[];
  }
).articles.length;

const onThisTab = (popup: Page) => popup.getByRole('list', { name: 'Figures on this tab' });
const recentlySeen = (popup: Page) => popup.getByRole('list', { name: 'People you met on pages' });
/** The mention count shown beside a figure on "On this tab". */
const countOf = (list: Locator, name: string) =>
  list
    .getByRole('listitem')
    .filter({ has: list.page().getByRole('button', { name }) })
    .locator('.count');

/** Opens the popup (`?tabId=N` for a tab), reloading it until `check` passes (a report may still be on its way). */
async function popupUntil(
  extensionPage: (name: string, suffix?: string) => Promise<Page>,
  suffix: string,
  check: (popup: Page) => Promise<void>,
): Promise<Page> {
  const popup = await extensionPage('popup', suffix);
  await expect(async () => {
    await popup.reload();
    await check(popup);
  }).toPass({ timeout: 15_000 });
  return popup;
}

async function frameOf(page: Page, url: RegExp) {
  await expect.poll(() => page.frame({ url }) !== null).toBe(true);
  return page.frame({ url })!;
}

test.describe('"On this tab" across frames', () => {
  test('a frame that reports before its busy top frame is counted, and never names the site to pause', async ({
    context,
    server,
    extensionPage,
  }) => {
    const page = await context.newPage();
    void page.goto(server.url('pages/busy-top.html?busy=12000'), { waitUntil: 'commit' });
    const frame = await frameOf(page, /thirdparty\.test/);
    const { tabId } = await waitForScan(frame, (s) => s.scans > 0 && s.figures.length > 0);

    // The top frame is still busy: the frame's figures are there, and no switch offers its site.
    const popup = await popupUntil(extensionPage, `?tabId=${tabId}`, async (p) => {
      await expect(onThisTab(p).getByRole('button', { name: 'Vladimir Putin' })).toBeVisible({
        timeout: 3000,
      });
    });
    await expect(popup.getByText(THIRD_PARTY_HOST)).toHaveCount(0);

    // Once the top frame has scanned and reported too, both are added up.
    await waitForScan(page, (s) => s.scans > 0, 30_000);
    const after = await popupUntil(extensionPage, `?tabId=${tabId}`, async (p) => {
      await expect(countOf(onThisTab(p), 'Kim Jong Un')).toHaveText('2', { timeout: 2000 });
    });
    await expect(onThisTab(after).getByRole('button', { name: 'Vladimir Putin' })).toBeVisible();
    await expect(onThisTab(after).getByRole('button', { name: 'Moon Jae-in' })).toBeVisible();
    await expect(after.getByText('127.0.0.1', { exact: true })).toBeVisible();
  });

  test('removed frames stop counting', async ({ scannedPage, extensionPage }) => {
    const { page, signal } = await scannedPage('pages/with-frame.html');
    // A rotating slot: each round removes the frame and inserts a new one (a new frame id).
    for (let round = 1; round <= 5; round++) {
      await page.evaluate((n) => {
        document.querySelector('iframe')?.remove();
        const frame = document.createElement('iframe');
        frame.src = `framed.html?round=${n}`;
        document.body.append(frame);
      }, round);
      const frame = await frameOf(page, new RegExp(`round=${round}$`));
      await waitForScan(frame, (s) => s.scans > 0 && s.figures.length > 0);
    }
    // framed.html names Kim Jong Un once: one frame is there, so once — not once per rotation.
    const popup = await popupUntil(extensionPage, `?tabId=${signal.tabId}`, async (p) => {
      await expect(countOf(onThisTab(p), 'Kim Jong Un')).toHaveText('1', { timeout: 2000 });
    });
    await expect(countOf(onThisTab(popup), 'Vladimir Putin')).toHaveText('1');
  });

  test('the popup answers from the last report while the page is busy', async ({
    scannedPage,
    extensionPage,
  }) => {
    const { page, signal } = await scannedPage('pages/article.html');
    // Let the report reach the background, then keep the page's main thread busy for 15 s.
    const popupFirst = await extensionPage('popup', `?tabId=${signal.tabId}`);
    await expect(onThisTab(popupFirst).getByRole('button', { name: 'Sung Kim' })).toBeVisible();
    await popupFirst.close();
    const busy = page
      .evaluate(() => {
        const until = Date.now() + 15_000;
        while (Date.now() < until);
      })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const started = Date.now();
    const popup = await extensionPage('popup', `?tabId=${signal.tabId}`);
    await expect(onThisTab(popup).getByRole('button', { name: 'Sung Kim' })).toBeVisible({
      timeout: 5000,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(popup.getByText('Looking at this tab…')).toHaveCount(0);
    await busy;
  });

  test('a restarted background still counts the frames reported before', async ({
    context,
    extensionId,
    server,
    extensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('pages/with-third-party-frame.html'));
    const frame = await frameOf(page, /thirdparty\.test/);
    const { tabId } = await waitForScan(frame, (s) => s.scans > 0 && s.figures.length > 0);
    await waitForScan(page, (s) => s.scans > 0);
    await popupUntil(extensionPage, `?tabId=${tabId}`, async (p) => {
      await expect(onThisTab(p).getByRole('button', { name: 'Vladimir Putin' })).toBeVisible({
        timeout: 2000,
      });
    });
    await stopServiceWorker(context, extensionId);
    const popup = await extensionPage('popup', `?tabId=${tabId}`);
    await expect.poll(() => restarted(context)).toBe(true);
    await expect(onThisTab(popup).getByRole('button', { name: 'Vladimir Putin' })).toBeVisible();
    await expect(countOf(onThisTab(popup), 'Kim Jong Un')).toHaveText('2');
  });
});

test.describe('"Recently seen"', () => {
  test('lists who was met on the pages visited, and the options page clears it', async ({
    scannedPage,
    extensionPage,
  }) => {
    await scannedPage('pages/article.html');
    await scannedPage('pages/with-third-party-frame.html');
    const popup = await popupUntil(extensionPage, '', async (p) => {
      await expect(recentlySeen(p).getByRole('button', { name: 'Vladimir Putin' })).toBeVisible({
        timeout: 2000,
      });
    });
    const list = recentlySeen(popup);
    await expect(popup.getByRole('heading', { name: 'Recently seen' })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Sung Kim' })).toBeVisible();
    // Newest first: the third-party frame's page was visited last.
    await expect(list.getByRole('listitem').first()).toContainText(
      'A page with a third-party frame (fixture)',
    );
    await expect(
      list.getByRole('listitem').filter({ hasText: 'Sung Kim' }).getByRole('link'),
    ).toHaveText('Envoys meet in Seoul (fixture)');

    const options = await extensionPage('options');
    await options.getByRole('button', { name: 'Clear reading history' }).click();
    await options.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(options.getByRole('status')).toHaveText('Reading history cleared.');
    await popup.reload();
    await expect(popup.getByText(/^No one yet\./)).toBeVisible();
    await expect(recentlySeen(popup)).toHaveCount(0);
  });

  test('records nothing on a paused site', async ({ context, server, extensionPage }) => {
    await setSettings(extensionPage, { disabledSites: ['127.0.0.1'] });
    const paused = await context.newPage();
    await paused.goto(server.url('pages/article.html'));
    await waitForScan(paused, (s) => s.state === 'paused');
    // The same fixture server under another name is not paused: recording works there.
    const other = await context.newPage();
    await other.goto(server.url('pages/framed.html').replace('127.0.0.1', THIRD_PARTY_HOST));
    await waitForScan(other, (s) => s.scans > 0 && s.figures.length > 0);
    const popup = await popupUntil(extensionPage, '', async (p) => {
      await expect(recentlySeen(p).getByRole('button', { name: 'Vladimir Putin' })).toBeVisible({
        timeout: 2000,
      });
    });
    await expect(recentlySeen(popup).getByRole('button', { name: 'Sung Kim' })).toHaveCount(0);
    await expect(popup.getByText('Envoys meet in Seoul (fixture)')).toHaveCount(0);
  });
});

test("the status line gives the store's count and when a feed last synced", async ({
  extensionPage,
}) => {
  const popup = await extensionPage('popup');
  const status = popup.getByTestId('store-status');
  const count = new Intl.NumberFormat('en').format(bundled);
  await expect(status).toHaveText(`${count} articles · never synced`);

  // A feed that synced three hours ago (its record as the sync writes it), with no articles of its own.
  await popup.evaluate(
    async (at) => {
      const open = indexedDB.open('backchannel-store');
      const db = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('sources', 'readwrite');
      tx.objectStore('sources').put({
        id: 'newsroom',
        title: 'Newsroom',
        kind: 'synced',
        url: 'https://feed.example/newsroom.json',
        articleCount: 0,
        sync: { status: 'ok', lastAttempt: at, lastSuccess: at },
      });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    },
    new Date(Date.now() - 3 * 3600_000 - 60_000).toISOString(),
  );
  await popup.reload();
  await expect(status).toHaveText(`${count} articles · last synced 3 hours ago`);
});

/**
 * Stops the extension's service worker, as the browser does when it has been idle a while (the
 * Stop button of chrome://serviceworker-internals; CDP's stopAllWorkers also cuts Playwright off).
 */
async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const worker = context.serviceWorkers()[0];
  expect(worker).toBeDefined();
  await worker!.evaluate(() => ((globalThis as { beforeRestart?: boolean }).beforeRestart = true));
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const entry = internals.locator('.serviceworker-registration').filter({ hasText: extensionId });
  await entry.getByRole('button', { name: 'Stop' }).first().click();
  await expect(entry).toContainText('STOPPED');
  await internals.close();
}

/** Whether the running service worker is a new one (started after stopServiceWorker). */
async function restarted(context: BrowserContext): Promise<boolean> {
  const workers = context.serviceWorkers();
  const flags = await Promise.all(
    workers.map((w) =>
      w.evaluate(() => (globalThis as { beforeRestart?: boolean }).beforeRestart).catch(() => true),
    ),
  );
  return workers.length > 0 && flags.every((flag) => flag !== true);
}
