/** The envelope every answer travels in: errors cross the boundary as values, never as throws. */

/** Machine-readable reasons a message was refused. */
export type ErrorCode =
  | 'bad-sender'
  | 'unknown-type'
  | 'bad-payload'
  | 'too-large'
  | 'not-found'
  | 'unavailable'
  | 'internal';

/** The answer to every message. */
export type Reply<T> =
  { ok: true; result: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Builds a refusal. */
export function refuse<T = never>(code: ErrorCode, message: string): Reply<T> {
  return { ok: false, error: { code, message } };
}

/** Thrown on the sending side when the receiver refused; carries the receiver's code. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Thrown by a handler to refuse with a specific code (e.g. an unknown figure id). */
export class HandlerError extends Error {
  constructor(
    readonly code: 'not-found' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

/** Unwraps a reply, throwing a MessageError on refusal or on a malformed answer. */
export function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new MessageError(
      'unavailable',
      'No answer from Backchannel (is the extension reloading?)',
    );
  }
  const typed = reply as Reply<T>;
  if (typed.ok) return typed.result;
  throw new MessageError(typed.error.code, typed.error.message);
}
