/**
 * The receiving side of the protocol, used by the background and by every content script: checks
 * who sent a message, its size, its type and its payload's shape before any handler runs. Anything
 * else is answered with a typed refusal and changes nothing.
 */
import * as v from 'valibot';
import { MAX_MESSAGE_BYTES } from '../validate/limits';
import type { MessageMap, PayloadOf, ResultOf } from './contract';
import { HandlerError, refuse, type Reply } from './reply';

/** One handler per message of `M`; the compiler checks none is missing. `C` is what the receiver knows of the sender. */
export type HandlerMap<M extends MessageMap, C> = {
  [K in keyof M]: (payload: PayloadOf<M, K>, sender: C) => Promise<ResultOf<M, K>>;
};

type AnyHandler<C> = (payload: unknown, sender: C) => Promise<unknown>;

/** One direction a receiver accepts: its messages, who may send them, and their handlers. */
export interface Inbound<C> {
  messages: MessageMap;
  handlers: Record<string, AnyHandler<C>>;
  /** Whether this sender may send these messages. */
  accepts: (sender: C) => boolean;
  /** The refusal's words when it may not. */
  refusal: (type: string) => string;
}

/** Binds a direction's messages to their handlers, type-checked against each other. */
export function inbound<M extends MessageMap, C>(
  messages: M,
  handlers: HandlerMap<M, C>,
  accepts: (sender: C) => boolean,
  refusal: (type: string) => string,
): Inbound<C> {
  return { messages, handlers: handlers as Record<string, AnyHandler<C>>, accepts, refusal };
}

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

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
    .join('; ')
    .slice(0, 300);
}

async function run(handler: () => Promise<unknown>): Promise<Reply<unknown>> {
  try {
    return { ok: true, result: await handler() };
  } catch (error) {
    const code = error instanceof HandlerError ? error.code : 'internal';
    return refuse(code, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Builds a `runtime.onMessage` listener body: `trusted` must hold for every sender (it is this
 * extension), then the first direction that knows the type decides.
 */
export function createReceiver<C>(
  trusted: (sender: C) => boolean,
  directions: Inbound<C>[],
): (message: unknown, sender: C) => Promise<Reply<unknown>> {
  return async function receive(message, sender) {
    if (!trusted(sender)) {
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
      if (!has(direction.messages, type)) continue;
      if (!direction.accepts(sender)) return refuse('bad-sender', direction.refusal(type));
      const parsed = v.safeParse(direction.messages[type]!.schema, payload);
      if (!parsed.success) return refuse('bad-payload', describeIssues(parsed.issues));
      const handler = direction.handlers[type]!;
      return run(() => handler(parsed.output, sender));
    }
    return refuse('unknown-type', `Unknown message type “${type.slice(0, 64)}”.`);
  };
}
