/**
 * The background's message boundary (issue #2): checks sender, type, size and payload shape
 * before any handler runs. Anything else is answered with a typed refusal and changes nothing.
 */
import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import {
  MAX_MESSAGE_BYTES,
  contentToBackgroundSchemas,
  pageToBackgroundSchemas,
  refuse,
  type ContentToBackground,
  type PageToBackground,
  type Reply,
} from '@/utils/messages';

type HandlerMap<M> = {
  [K in keyof M]: M[K] extends { payload: infer P; result: infer R }
    ? (payload: P, sender: Browser.runtime.MessageSender) => Promise<R>
    : never;
};

/** One handler per message type; the compiler checks none is missing. */
export interface Handlers {
  content: HandlerMap<ContentToBackground>;
  page: HandlerMap<PageToBackground>;
}

/** Who we are, so we can tell our own senders from anyone else. */
export interface Identity {
  extensionId: string;
  /** e.g. `chrome-extension://abc/` — extension pages' URLs start with it. */
  extensionOrigin: string;
}

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function isFromContentScript(sender: Browser.runtime.MessageSender, identity: Identity): boolean {
  return (
    typeof sender.tab?.id === 'number' &&
    typeof sender.url === 'string' &&
    /^https?:/i.test(sender.url) &&
    !sender.url.startsWith(identity.extensionOrigin)
  );
}

/** Extension pages (popup, options, side panel — also when opened as a tab) live in our origin. */
function isFromExtensionPage(sender: Browser.runtime.MessageSender, identity: Identity): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(identity.extensionOrigin);
}

function byteSize(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity; // cycles or BigInt: not something our senders produce
  }
}

function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? 'payload'}: ${issue.message}`)
    .join('; ');
}

/** Builds the `runtime.onMessage` listener body: validate, then dispatch. */
export function createRouter(handlers: Handlers, identity: Identity) {
  return async function route(
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<Reply<unknown>> {
    if (sender.id !== identity.extensionId) {
      return refuse('bad-sender', 'Messages are accepted only from Backchannel itself.');
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return refuse('bad-payload', 'A message must be an object with a type and a payload.');
    }
    const size = byteSize(message);
    if (size > MAX_MESSAGE_BYTES) {
      return refuse('too-large', `Message of ${size} bytes exceeds ${MAX_MESSAGE_BYTES}.`);
    }
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string') return refuse('bad-payload', 'The message has no type.');

    if (has(contentToBackgroundSchemas, type)) {
      if (!isFromContentScript(sender, identity)) {
        return refuse('bad-sender', `“${type}” is accepted only from a content script in a tab.`);
      }
      const key = type as keyof ContentToBackground;
      const parsed = v.safeParse(contentToBackgroundSchemas[key], payload);
      if (!parsed.success) return refuse('bad-payload', describeIssues(parsed.issues));
      const handler = handlers.content[key] as (
        p: unknown,
        s: Browser.runtime.MessageSender,
      ) => Promise<unknown>;
      return run(() => handler(parsed.output, sender));
    }
    if (has(pageToBackgroundSchemas, type)) {
      if (!isFromExtensionPage(sender, identity)) {
        return refuse('bad-sender', `“${type}” is accepted only from Backchannel's own pages.`);
      }
      const key = type as keyof PageToBackground;
      const parsed = v.safeParse(pageToBackgroundSchemas[key], payload);
      if (!parsed.success) return refuse('bad-payload', describeIssues(parsed.issues));
      const handler = handlers.page[key] as (
        p: unknown,
        s: Browser.runtime.MessageSender,
      ) => Promise<unknown>;
      return run(() => handler(parsed.output, sender));
    }
    return refuse('unknown-type', `Unknown message type “${type.slice(0, 64)}”.`);
  };
}

async function run(handler: () => Promise<unknown>): Promise<Reply<unknown>> {
  try {
    return { ok: true, result: await handler() };
  } catch (error) {
    const code = error instanceof HandlerError ? error.code : 'internal';
    return refuse(code, error instanceof Error ? error.message : String(error));
  }
}

/** Thrown by a handler to refuse with a specific code (e.g. an unknown figure id). */
export class HandlerError extends Error {
  constructor(
    readonly code: 'not-found' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}
