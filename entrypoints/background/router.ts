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

type Sender = Browser.runtime.MessageSender;
type AnyHandler = (payload: unknown, sender: Sender) => Promise<unknown>;

/** The two directions the background receives, each with its schemas, sender rule and handlers. */
const directions: {
  schemas: Record<string, v.GenericSchema>;
  accepts: (sender: Sender, identity: Identity) => boolean;
  refusal: (type: string) => string;
  handlers: (all: Handlers) => Record<string, AnyHandler>;
}[] = [
  {
    schemas: contentToBackgroundSchemas,
    accepts: isFromContentScript,
    refusal: (type) => `“${type}” is accepted only from a content script in a tab.`,
    handlers: (all) => all.content as unknown as Record<string, AnyHandler>,
  },
  {
    schemas: pageToBackgroundSchemas,
    accepts: isFromExtensionPage,
    refusal: (type) => `“${type}” is accepted only from Backchannel's own pages.`,
    handlers: (all) => all.page as unknown as Record<string, AnyHandler>,
  },
];

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

    for (const direction of directions) {
      if (!has(direction.schemas, type)) continue;
      if (!direction.accepts(sender, identity))
        return refuse('bad-sender', direction.refusal(type));
      const parsed = v.safeParse(direction.schemas[type]!, payload);
      if (!parsed.success) return refuse('bad-payload', describeIssues(parsed.issues));
      const handler = direction.handlers(handlers)[type]!;
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
