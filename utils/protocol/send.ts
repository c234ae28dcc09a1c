/** The sending side of the protocol: one typed helper per direction, each unwrapping the reply. */
import { browser } from 'wxt/browser';
import type {
  BackgroundToContent,
  ContentToBackground,
  PageToBackground,
  PayloadOf,
  ResultOf,
} from './contract';
import { unwrap } from './reply';

/** Content script → background. Throws MessageError when refused. */
export async function sendFromContent<K extends keyof ContentToBackground>(
  type: K,
  payload: PayloadOf<ContentToBackground, K>,
): Promise<ResultOf<ContentToBackground, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }));
}

/** Extension page → background. Throws MessageError when refused. */
export async function sendFromPage<K extends keyof PageToBackground>(
  type: K,
  payload: PayloadOf<PageToBackground, K>,
): Promise<ResultOf<PageToBackground, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }));
}

/** Background → one frame of a tab (frame 0 unless given). Throws MessageError when refused. */
export async function sendToContent<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: PayloadOf<BackgroundToContent, K>,
  frameId = 0,
): Promise<ResultOf<BackgroundToContent, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}
