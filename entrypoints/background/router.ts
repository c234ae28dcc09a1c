/**
 * The background's message boundary: content scripts may send only `content.*` messages and only
 * from an http(s) tab; extension pages only `page.*` messages and only from our own origin.
 * Validation itself is the protocol's receiver (utils/protocol/receive.ts).
 */
import type { Browser } from 'wxt/browser';
import {
  contentToBackground,
  createReceiver,
  inbound,
  pageToBackground,
  type ContentToBackground,
  type HandlerMap,
  type PageToBackground,
} from '@/utils/protocol';

type Sender = Browser.runtime.MessageSender;

/** One handler per message type; the compiler checks none is missing. */
export interface Handlers {
  content: HandlerMap<ContentToBackground, Sender>;
  page: HandlerMap<PageToBackground, Sender>;
}

/** Who we are, so we can tell our own senders from anyone else. */
export interface Identity {
  extensionId: string;
  /** e.g. `chrome-extension://abc/` — extension pages' URLs start with it. */
  extensionOrigin: string;
}

const WEB = /^https?:/i;

function isFromContentScript(sender: Sender, identity: Identity): boolean {
  const { tab, url } = sender;
  if (typeof tab?.id !== 'number' || typeof url !== 'string') return false;
  if (url.startsWith(identity.extensionOrigin)) return false;
  if (WEB.test(url)) return true;
  // about:blank and srcdoc frames (data: and blob: ones too) take their creator's origin: a web
  // page's frame when that origin, or the tab, is on the web.
  return (
    /^(about|data|blob):/i.test(url) &&
    (WEB.test(sender.origin ?? '') || WEB.test(tab.url ?? '') || /^blob:https?:/i.test(url))
  );
}

/** Extension pages (popup, options, side panel — also when opened as a tab) live in our origin. */
function isFromExtensionPage(sender: Sender, identity: Identity): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(identity.extensionOrigin);
}

/** Builds the `runtime.onMessage` listener body: validate, then dispatch. */
export function createRouter(handlers: Handlers, identity: Identity) {
  return createReceiver<Sender>(
    (sender) => sender.id === identity.extensionId,
    [
      inbound(
        contentToBackground,
        handlers.content,
        (sender) => isFromContentScript(sender, identity),
        (type) => `“${type}” is accepted only from a content script in a tab.`,
      ),
      inbound(
        pageToBackground,
        handlers.page,
        (sender) => isFromExtensionPage(sender, identity),
        (type) => `“${type}” is accepted only from Backchannel's own pages.`,
      ),
    ],
  );
}
