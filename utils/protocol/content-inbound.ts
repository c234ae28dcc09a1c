/**
 * The background's messages to a content script, checked by hand as the contract's schemas
 * (`backgroundToContent`) check them, so the content script, loaded into every page, carries no
 * schema library. tests/unit/utils/protocol/content-inbound.test.ts holds both to the same answers.
 */
import { isFigureId } from '../validate/ids';
import type { BackgroundToContent } from './contract';
import { type AnyHandler, type Checked, type HandlerMap, has, type Inbound } from './receive';

/** An object with no fields but `allowed` (inherited enumerable ones count, as for the schemas). */
function fields(payload: unknown, allowed?: string): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'payload: expected an object';
  for (const key in payload) {
    if (key !== allowed) return `payload: unexpected key “${key.slice(0, 64)}”`;
  }
  return undefined;
}

/** A payload with no fields (`v.strictObject({})`). */
const empty = (payload: unknown): Checked => fields(payload) ?? { payload: {} };

/** A payload of one well-formed figure id (`v.strictObject({ figureId: FigureId })`). */
function figure(payload: unknown): Checked {
  const refused = fields(payload, 'figureId');
  if (refused !== undefined) return refused;
  const { figureId } = payload as { figureId?: unknown };
  return isFigureId(figureId) ? { payload: { figureId } } : 'figureId: is not a figure id';
}

const CHECKS: Record<keyof BackgroundToContent, (payload: unknown) => Checked> = {
  'background.pageSummary': empty,
  'background.openCard': empty,
  'background.showMention': figure,
  'background.mentionTexts': figure,
};

/** The background's direction into a content script, bound to its handlers. */
export function contentInbound<C>(
  handlers: HandlerMap<BackgroundToContent, C>,
  accepts: (sender: C) => boolean,
  refusal: (type: string) => string,
): Inbound<C> {
  return {
    check: (type, payload) =>
      has(CHECKS, type) ? CHECKS[type as keyof BackgroundToContent](payload) : undefined,
    handlers: handlers as Record<string, AnyHandler<C>>,
    accepts,
    refusal,
  };
}
