/**
 * `npm run demo`: serves the bundled demo news site on 127.0.0.1 and opens Chromium with the
 * built extension on it. `--headless --screenshot out.png` works on machines without a display;
 * `--screenshot` without a file writes the README's pictures into docs/screenshots/; `--lang ko`
 * runs the browser, so the extension, in Korean.
 * Assumes `wxt build` ran (the npm script does it first).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { INSTALL_CHROMIUM_HINT, chromiumArgs, findChromium } from './lib/find-browser';
import { serveStatic } from './lib/static-server';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const index = args.indexOf(name);
  const value = index >= 0 ? args[index + 1] : undefined;
  return value?.startsWith('--') ? undefined : value;
};

/** The browser's UI language: `--lang ko` for the Korean UI (Chromium's own `--lang` flag). */
const korean = option('--lang') === 'ko';

/** Where the README's pictures live (`--screenshot` without a file). */
const README_SCREENSHOTS = `docs/screenshots/backchannel${korean ? '-ko' : ''}.png`;

async function main(): Promise<void> {
  const extensionDir = resolve(option('--extension') ?? '.output/chrome-mv3');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`npm run build\` first.`);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_CHROMIUM_HINT);
  const screenshot = flag('--screenshot')
    ? (option('--screenshot') ?? README_SCREENSHOTS)
    : undefined;
  let headless = flag('--headless') || Boolean(screenshot);
  if (
    !headless &&
    process.platform === 'linux' &&
    !process.env.DISPLAY &&
    !process.env.WAYLAND_DISPLAY
  ) {
    console.log('No display found: running headless. Add `--screenshot out.png` to see the page.');
    headless = true;
  }

  const server = await serveStatic(resolve('demo/site'), Number(option('--port') ?? 0));
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs(extensionDir), ...(korean ? ['--lang=ko'] : [])],
  });
  if (screenshot) mkdirSync(dirname(resolve(screenshot)), { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('index.html'));
  console.log(`Demo site: ${server.url('index.html')} (also feed.html, frames.html)`);
  console.log(`Chromium: ${executablePath}`);

  // The highlight registry is shared with the page, so the page can see Backchannel's marks.
  await page
    .waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 15_000 })
    .then(() => console.log('Backchannel marked the names on the page.'))
    .catch(() => console.log('Backchannel did not mark anything within 15 s.'));

  if (screenshot) await screenshots(context, page, screenshot);
  if (headless) {
    await context.close();
    await server.close();
    return;
  }
  console.log('Close the browser window (or press Ctrl+C) to stop the demo.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void context.close());
}

/** Where a text first appears on the page (its middle), to point at it. */
async function pointAt(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getClientRects()[0];
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
}

/** Rests the pointer on a name until its card shows, then captures the area around it. */
async function cardScreenshot(page: Page, name: string, file: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(500);
  const point = await pointAt(page, name);
  if (!point) return;
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(1_200); // the dwell, then the card's data
  const clip = {
    x: Math.max(0, point.x - 120),
    y: Math.max(0, point.y - 40),
    width: 480,
    height: 440,
  };
  await page.screenshot({ path: file, clip });
  console.log(`Screenshot: ${resolve(file)}`);
}

/** The page, the hover card, the popup and the side panel on Sung Kim, each light and dark, as PNG files. */
async function screenshots(context: BrowserContext, page: Page, path: string): Promise<void> {
  await page.screenshot({ path });
  console.log(`Screenshot: ${resolve(path)}`);
  const named = (suffix: string) => path.replace(/(\.png)?$/i, `-${suffix}.png`);
  await cardScreenshot(page, 'Sung Kim', named('card'));
  // A dark news site: the card follows the page's scheme.
  await page.addStyleTag({
    content:
      'html, body, article, main { background: #15191e !important; color: #e6e6e6 !important; }',
  });
  await cardScreenshot(page, 'Sung Kim', named('card-dark'));
  await page.mouse.move(1, 1);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The article is the active tab; the popup is told which tab it speaks of.
  const tabId = await worker.evaluate(async () => {
    type Tabs = { query(query: { active: boolean }): Promise<{ id?: number }[]> };
    const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    return (await api.tabs.query({ active: true }))[0]?.id;
  });
  const views: [suffix: string, url: string, width: number][] = [
    ['popup', `popup.html?tabId=${tabId}`, 360],
    ['panel', `sidepanel.html?tabId=${tabId}#/figure/sung-kim`, 400],
  ];
  for (const [suffix, url, width] of views) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const view = await context.newPage();
      await view.emulateMedia({ colorScheme });
      await view.setViewportSize({ width, height: 900 });
      await view.goto(`chrome-extension://${extensionId}/${url}`);
      await view.waitForLoadState('networkidle');
      await view.waitForTimeout(500); // let the store queries render
      const file = named(colorScheme === 'dark' ? `${suffix}-dark` : suffix);
      await view.screenshot({ path: file, fullPage: false });
      console.log(`Screenshot: ${resolve(file)}`);
      await view.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
