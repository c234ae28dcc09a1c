/** Sending side of the protocol in utils/messages.ts: typed helpers for each direction. */
import { browser } from 'wxt/browser';
import {
  unwrap,
  type BackgroundToContent,
  type ContentToBackground,
  type PageToBackground,
} from './messages';

type Payload<M, K extends keyof M> = M[K] extends { payload: infer P } ? P : never;
type Result<M, K extends keyof M> = M[K] extends { result: infer R } ? R : never;

/** Content script → background. Throws MessageError when refused. */
export async function sendFromContent<K extends keyof ContentToBackground>(
  type: K,
  payload: Payload<ContentToBackground, K>,
): Promise<Result<ContentToBackground, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }));
}

/** Extension page → background. Throws MessageError when refused. */
export async function sendFromPage<K extends keyof PageToBackground>(
  type: K,
  payload: Payload<PageToBackground, K>,
): Promise<Result<PageToBackground, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }));
}

/** Background → one frame of a tab (frame 0 unless given). Throws MessageError when refused. */
export async function sendToContent<K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  payload: Payload<BackgroundToContent, K>,
  frameId = 0,
): Promise<Result<BackgroundToContent, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}
