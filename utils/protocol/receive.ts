/**
 * The receiving side of the protocol, used by the background and by every content script: checks
 * who sent a message, its size, its type and its payload's shape before any handler runs. Anything
 * else is answered with a typed refusal and changes nothing. How a direction checks its payloads
 * is its own: against the contract's schemas (`schema-inbound.ts`, the background), or by hand
 * (`content-inbound.ts`, so the content script carries no schema library).
 */
import { MAX_MESSAGE_BYTES } from '../validate/limits';
import type { MessageMap, PayloadOf, ResultOf } from './contract';
import { HandlerError, refuse, type Reply } from './reply';

/** One handler per message of `M`; the compiler checks none is missing. `C` is what the receiver knows of the sender. */
export type HandlerMap<M extends MessageMap, C> = {
  [K in keyof M]: (payload: PayloadOf<M, K>, sender: C) => Promise<ResultOf<M, K>>;
};

export type AnyHandler<C> = (payload: unknown, sender: C) => Promise<unknown>;

/**
 * What a direction makes of a message: undefined when its type is not one of the direction's,
 * the words of a refusal when its payload is malformed, else the payload its handler gets.
 */
export type Checked = undefined | string | { payload: unknown };

/** One direction a receiver accepts: its messages' checks, who may send them, and their handlers. */
export interface Inbound<C> {
  check: (type: string, payload: unknown) => Checked;
  handlers: Record<string, AnyHandler<C>>;
  /** Whether this sender may send these messages. */
  accepts: (sender: C) => boolean;
  /** The refusal's words when it may not. */
  refusal: (type: string) => string;
}

/** Whether `key` is `object`'s own (a type named like an Object.prototype member is none of ours). */
export const has = (object: object, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key);

function byteSize(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity; // cycles or BigInt: not something our senders produce
  }
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
      const checked = direction.check(type, payload);
      if (checked === undefined) continue;
      if (!direction.accepts(sender)) return refuse('bad-sender', direction.refusal(type));
      if (typeof checked === 'string') return refuse('bad-payload', checked);
      const handler = direction.handlers[type]!;
      return run(() => handler(checked.payload, sender));
    }
    return refuse('unknown-type', `Unknown message type “${type.slice(0, 64)}”.`);
  };
}
