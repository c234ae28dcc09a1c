/**
 * The background's broadcasts to extension pages (`backgroundToPages`). A page's listener takes
 * only these types and never answers: pages hear each other's `page.*` requests too, and an answer
 * from a page would reach the asking page before the background's.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { backgroundToPages, type BackgroundToPages, type PayloadOf } from './contract';
import { has } from './receive';

/** Background → every open extension page. Resolves whether or not a page listens. */
export async function broadcastToPages<K extends keyof BackgroundToPages>(
  type: K,
  payload: PayloadOf<BackgroundToPages, K>,
): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type, payload });
  } catch {
    // No extension page is open: nobody to tell.
  }
}

/** What a page does on each broadcast it listens to. */
export type BroadcastHandlers = {
  [K in keyof BackgroundToPages]?: (payload: PayloadOf<BackgroundToPages, K>) => void;
};

/**
 * Calls `handlers` for valid broadcasts from this extension's background (a sender outside any
 * tab); ignores everything else without answering. Returns the unsubscribe function.
 */
export function listenToBackground(handlers: BroadcastHandlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (typeof message !== 'object' || message === null) return;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !has(backgroundToPages, type) || !has(handlers, type)) return;
    const key = type as keyof BackgroundToPages;
    const parsed = v.safeParse(backgroundToPages[key].schema, payload);
    if (parsed.success) handlers[key]?.(parsed.output);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
