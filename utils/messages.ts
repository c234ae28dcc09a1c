/**
 * The one typed message protocol of Backchannel (issue #2).
 *
 * Three directions, one map each. Every message is `{ type, payload }`; every answer is a
 * serialisable `Reply<T>` — errors cross the boundary as `{ ok: false, error }`, never as throws.
 * Payload shapes live beside the types as valibot schemas so the receiver validates exactly what
 * the sender's type promises.
 */
import * as v from 'valibot';
import type { StoreStats } from './store/queries/counts';

/** An ISO date `YYYY-MM-DD`. */
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** A figure id of the catalogue: lowercase words joined by hyphens. */
const figureId = v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A figure seen on a page, with how many times it is mentioned there. */
export interface PageFigure {
  id: string;
  count: number;
}

/** What a content script knows about its frame. */
export interface PageSummary {
  url: string;
  title: string;
  /** `article:published_time` (or similar) of the page, as `YYYY-MM-DD`, when the page says. */
  date: string | null;
  /** Whether Backchannel is active here (false when paused for the site or globally). */
  active: boolean;
  figures: PageFigure[];
}

/** The short card shown on hover. */
export interface FigureCard {
  id: string;
  name: string;
  side: string;
  /** The role held on the requested date, if the catalogue knows one. */
  role: string | null;
  bio: string;
  latest: { id: string; title: string; date: string }[];
}

// ---------------------------------------------------------------------------------------------
// content script → background

export const contentToBackgroundSchemas = {
  /** Says hello after a scan; the answer tells the frame its tab id (for tests and logs). */
  'content.hello': v.strictObject({ url: v.pipe(v.string(), v.maxLength(2048)) }),
  /** Reports the figures found in this frame, so the popup can say who is on the tab. */
  'content.report': v.strictObject({
    url: v.pipe(v.string(), v.maxLength(2048)),
    title: v.pipe(v.string(), v.maxLength(512)),
    date: v.nullable(isoDate),
    active: v.boolean(),
    figures: v.pipe(
      v.array(
        v.strictObject({ id: figureId, count: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
      ),
      v.maxLength(500),
    ),
  }),
  /** Asks for the hover card of one figure, as of the page's date. */
  'figure.card': v.strictObject({ figureId, date: v.optional(v.nullable(isoDate)) }),
} as const;

/** content script → background: payload and result of each message. */
export interface ContentToBackground {
  'content.hello': { payload: { url: string }; result: { tabId: number; frameId: number } };
  'content.report': { payload: PageSummary; result: null };
  'figure.card': { payload: { figureId: string; date?: string | null }; result: FigureCard };
}

// ---------------------------------------------------------------------------------------------
// extension pages (popup, options, side panel) → background

export const pageToBackgroundSchemas = {
  /** Who is on a tab: merges the reports of all its frames (asks the frames afresh). */
  'tab.summary': v.strictObject({ tabId }),
  /** Makes sure the article store is open and seeded; answers its counts. */
  'store.prepare': v.strictObject({}),
} as const;

/** Counts of the article store, as shown on the options page (defined by the store). */
export type StoreCounts = StoreStats;

/** extension pages → background: payload and result of each message. */
export interface PageToBackground {
  'tab.summary': { payload: { tabId: number }; result: PageSummary | null };
  'store.prepare': { payload: Record<string, never>; result: StoreCounts };
}

// ---------------------------------------------------------------------------------------------
// background → content script

/** background → content script: payload and result of each message. */
export interface BackgroundToContent {
  /** Asks a frame for its current summary (figures found, active or paused). */
  'page.summary': { payload: Record<string, never>; result: PageSummary };
}

// ---------------------------------------------------------------------------------------------
// envelopes

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

/** A message on the wire. */
export interface Envelope<M, K extends keyof M> {
  type: K;
  payload: M[K] extends { payload: infer P } ? P : never;
}

/** Largest message (as JSON) any receiver accepts: page reports are small; 5 MB is hostile. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** Builds a refusal. */
export function refuse<T>(code: ErrorCode, message: string): Reply<T> {
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
