/**
 * The end-to-end harness every spec reuses: a real Chromium with the built test extension,
 * fixture pages served on 127.0.0.1, extension pages opened as tabs, and waits on the content
 * script's scan signal (published by test builds only) instead of sleeps.
 */
import {
  test as base,
  chromium,
  type BrowserContext,
  type Frame,
  type Page,
} from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium } from '../../scripts/lib/find-browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import type { ScanSignal } from '../../entrypoints/content/test-signal';

/** The test build (`wxt build --mode test`); E2E_EXTENSION_DIR runs the specs against another build. */
export const EXTENSION_DIR = resolve(process.env.E2E_EXTENSION_DIR ?? '.output/chrome-mv3-test');

/** What a frame's content script publishes after each pass (entrypoints/content/test-signal.ts). */
export type { ScanSignal };

/** Another site's host name (resolved to 127.0.0.1 by the browser), for third-party frames. */
export const THIRD_PARTY_HOST = 'thirdparty.test';

/** Fixtures served with headers of their own. */
const FIXTURE_HEADERS: Record<string, Record<string, string>> = {
  'pages/hostile/strict-csp.html': { 'content-security-policy': "default-src 'none'" },
};

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens `chrome-extension://ID/<name>.html<suffix>` as a tab. */
  extensionPage: (name: string, suffix?: string) => Promise<Page>;
  /** Opens a page of tests/fixtures in a new tab and waits for its first scan. */
  scannedPage: (path: string) => Promise<{ page: Page; signal: ScanSignal }>;
  /** Opens a fixture page, waits for its first scan, then opens the popup for its tab. */
  popupFor: (path: string) => Promise<{ popup: Page; page: Page; signal: ScanSignal }>;
}

interface Options {
  /**
   * The browser's UI language: `ko` launches Chromium with `--lang=ko` (what switches the
   * extension's catalogue in Debian's Chromium; `LANGUAGE=ko` alone does not) and a Korean locale.
   */
  uiLanguage: 'en' | 'ko';
}

interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<Fixtures & Options, WorkerFixtures>({
  uiLanguage: ['en', { option: true }],
  server: [
    async ({}, use) => {
      const server = await serveStatic(
        resolve('tests/fixtures'),
        0,
        {},
        (path) => FIXTURE_HEADERS[path] ?? {},
      );
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ uiLanguage }, use) => {
    const korean = uiLanguage === 'ko';
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium()!,
      headless: true,
      args: [
        ...chromiumArgs(EXTENSION_DIR),
        `--host-resolver-rules=MAP *.test 127.0.0.1`,
        ...(korean ? ['--lang=ko'] : []),
      ],
      ...(korean ? { locale: 'ko-KR', env: { ...process.env, LANGUAGE: 'ko' } } : {}),
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  extensionPage: async ({ context, extensionId }, use) => {
    await use(async (name, suffix = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}.html${suffix}`);
      return page;
    });
  },
  scannedPage: async ({ context, server }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(server.url(path));
      return { page, signal: await waitForScan(page, (s) => s.scans > 0) };
    });
  },
  popupFor: async ({ scannedPage, extensionPage }, use) => {
    await use(async (path) => {
      const { page, signal } = await scannedPage(path);
      return { popup: await extensionPage('popup', `?tabId=${signal.tabId}`), page, signal };
    });
  },
});

export { expect } from '@playwright/test';

interface ChromeLocal {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Writes Backchannel's settings (as the options page would) from one of its pages. */
export async function setSettings(
  extensionPage: (name: string) => Promise<Page>,
  settings: { enabled?: boolean; disabledSites?: string[] },
): Promise<void> {
  const page = await extensionPage('options');
  await page.evaluate((change) => {
    // The extension page's own `chrome` (typed here by hand: the e2e tests have no chrome types).
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: ChromeLocal } } })
      .chrome;
    return storage.local.set({
      settings: { enabled: true, disabledSites: [], hoverDelayMs: 350, ...change },
    });
  }, settings);
  await page.close();
}

/** Waits until the frame's content script has published a scan that satisfies `check`. */
export async function waitForScan(
  target: Page | Frame,
  check: (signal: ScanSignal) => boolean = () => true,
  timeout = 15_000,
): Promise<ScanSignal> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const raw = await target
      .evaluate(() => document.documentElement.dataset.backchannelScan ?? null)
      .catch(() => null);
    const signal = raw ? (JSON.parse(raw) as ScanSignal) : null;
    if (signal && check(signal)) return signal;
    if (Date.now() > deadline) {
      throw new Error(`No matching scan signal within ${timeout} ms; last: ${raw ?? 'none'}`);
    }
    await target
      .evaluate(
        () =>
          new Promise<void>((done) => {
            document.addEventListener('backchannel:scan', () => done(), { once: true });
            setTimeout(done, 500);
          }),
      )
      .catch(() => undefined);
  }
}
