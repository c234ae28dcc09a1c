/**
 * Reaching the hover card from a test. The card lives in a CLOSED shadow root, so no DOM query
 * from the page (or Playwright's locators) can see it: tests read the browser's accessibility
 * tree over CDP — what a screen reader gets — and click at the boxes it reports.
 */
import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

/** The page's accessibility tree, flattened. */
export async function axNodes(page: Page): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes;
  } finally {
    await cdp.detach();
  }
}

/** The accessible nodes with this role (and name, when given). */
export async function findAx(page: Page, role: string, name?: string | RegExp): Promise<AXNode[]> {
  return (await axNodes(page)).filter(
    (node) =>
      node.role?.value === role &&
      (name === undefined ||
        (typeof name === 'string' ? node.name?.value === name : name.test(node.name?.value ?? ''))),
  );
}

/** Waits until a node with this role and name exists (or, with `present: false`, is gone). */
export async function waitForAx(
  page: Page,
  role: string,
  name?: string | RegExp,
  { present = true, timeout = 5_000 } = {},
): Promise<AXNode | undefined> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [node] = await findAx(page, role, name);
    if (present ? node : !node) return node;
    if (Date.now() > deadline)
      throw new Error(
        `${role} ${String(name ?? '')} ${present ? 'never appeared' : 'never went away'}`,
      );
    await page.waitForTimeout(50);
  }
}

/** The viewport box of an accessible node. */
export async function axBox(
  page: Page,
  node: AXNode,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: node.backendDOMNodeId,
    })) as {
      model: { border: number[]; width: number; height: number };
    };
    const [x, y] = model.border as [number, number];
    return { x, y, width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}

/** Clicks the middle of the accessible node with this role and name. */
export async function clickAx(page: Page, role: string, name: string): Promise<void> {
  const node = await waitForAx(page, role, name);
  // An open card grows when its figure's background arrives, and its buttons move with it: a
  // click where one was a moment before missed now and then (CI). Wait a little for that first.
  for (const until = Date.now() + 2_000; !(await cardSettled(page)) && Date.now() < until;) {
    await page.waitForTimeout(50);
  }
  const box = await axBox(page, node!);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Whether the accessible node with this role and name has focus. */
export async function isFocused(page: Page, role: string, name: string): Promise<boolean> {
  const [node] = await findAx(page, role, name);
  return node?.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false;
}

/** The middle of the `nth` occurrence of `text` in the page's text. */
export async function pointAtText(
  page: Page,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([wanted, index]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (
          let at = node.nodeValue!.indexOf(wanted);
          at >= 0;
          at = node.nodeValue!.indexOf(wanted, at + 1)
        ) {
          if (seen++ !== index) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          const box = range.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return null;
    },
    [text, nth] as const,
  );
  if (!point) throw new Error(`“${text}” (#${nth}) is not on the page`);
  return point;
}

/** What the content script published about the card (test builds only). */
export async function cardSignal(page: Page): Promise<{
  open: boolean;
  figureId: string | null;
  ms: number;
  whole?: boolean;
  loaded?: boolean;
} | null> {
  const raw = await page.evaluate(() => document.documentElement.dataset.backchannelCard ?? null);
  return raw ? JSON.parse(raw) : null;
}

/** Whether no card is open, or the open one shows its figure's background (its final size). */
async function cardSettled(page: Page): Promise<boolean> {
  const card = await cardSignal(page);
  return card?.open !== true || card.loaded === true;
}

/** Waits until the open card shows the figure's background (the card's final size). */
export async function waitForCardLoaded(page: Page): Promise<void> {
  await expect.poll(async () => (await cardSignal(page))?.loaded === true).toBe(true);
}

/** The extension's service worker. */
export const serviceWorker = async (context: BrowserContext): Promise<Worker> =>
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

/** Moves the pointer onto the `nth` occurrence of `text`. */
export async function hover(page: Page, text: string, nth = 0): Promise<void> {
  const { x, y } = await pointAtText(page, text, nth);
  await page.mouse.move(x, y);
}

/** The URLs of the side panels open in the browser (the panel is a target of its own, not a Playwright page). */
export async function sidePanelUrls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string }[];
    };
    return (
      targetInfos
        // The side panel itself, not the in-page drawer's frame of the same page.
        .filter((t) => t.url.includes('/sidepanel.html') && !t.url.includes('?drawer'))
        .map((t) => new URL(t.url).hash)
    );
  } finally {
    await cdp.detach();
  }
}

/** The one extension API the helpers call inside the service worker (the tests have no chrome typings). */
declare const chrome: {
  tabs: {
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

/**
 * What the browser does for Alt+Shift+B (headless Chromium has no shortcut UI): the command's
 * message to the tab's top frame. Returns the frame's reply.
 */
export async function sendCardCommand(context: BrowserContext, tabId: number): Promise<unknown> {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    (id) =>
      chrome.tabs.sendMessage(id, { type: 'background.openCard', payload: {} }, { frameId: 0 }),
    tabId,
  );
}
