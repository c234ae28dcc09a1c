/** Directions whose payloads are checked against the contract's schemas (the background's). */
import * as v from 'valibot';
import type { MessageMap } from './contract';
import { type AnyHandler, type HandlerMap, has, type Inbound } from './receive';

/** Binds a direction's messages to their handlers, type-checked against each other. */
export function inbound<M extends MessageMap, C>(
  messages: M,
  handlers: HandlerMap<M, C>,
  accepts: (sender: C) => boolean,
  refusal: (type: string) => string,
): Inbound<C> {
  return {
    check(type, payload) {
      if (!has(messages, type)) return undefined;
      const parsed = v.safeParse(messages[type]!.schema, payload);
      return parsed.success ? { payload: parsed.output } : describeIssues(parsed.issues);
    },
    handlers: handlers as Record<string, AnyHandler<C>>,
    accepts,
    refusal,
  };
}

function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? 'payload'}: ${issue.message}`)
    .join('; ')
    .slice(0, 300);
}
