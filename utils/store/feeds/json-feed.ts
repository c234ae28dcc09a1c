/**
 * A Backchannel feed read from its text in slices: split (json-split.ts), then its head and each article parsed
 * and checked one at a time (`readFeedInSlices`), so no single step takes long even for a 50 MB feed.
 */
import { splitJsonObject, parseMembersExcept } from './json-split';
import type { Pacer } from './pacer';
import {
  notJson,
  readFeed,
  readFeedInSlices,
  type FeedResult,
  type KnownFigures,
} from './validate';
import { MAX_FEED_ITEMS } from './xml-feed';

/** A feed read from text: valid, or unchanged (its content hash is the one stored), or why not. */
export type JsonFeedRead = FeedResult | { ok: true; unchanged: true };

/** How a JSON feed is read. */
export interface JsonFeedOptions {
  known: KnownFigures;
  /** Paces the split (progress in characters) and the articles (progress in articles). */
  reading: Pacer;
  checking: Pacer;
  /** Whether the feed's `contentHash` is the one already stored: then its articles are only parsed, not checked. */
  isUnchanged?: (contentHash: string) => boolean;
}

/** Read a Backchannel feed's text, one article at a time. */
export async function readJsonFeedText(
  text: string,
  options: JsonFeedOptions,
): Promise<JsonFeedRead> {
  // Only an object can be a feed; anything else is small to refuse or not JSON at all.
  if (!text.trimStart().startsWith('{')) return readFeed(text, options.known);
  const scan = splitJsonObject(text, 'articles', MAX_FEED_ITEMS);
  let step = scan.next();
  while (!step.done) {
    if (options.reading.due()) await options.reading.pause(step.value, text.length);
    step = scan.next();
  }
  const split = step.value;
  if (!split.ok) {
    if (split.reason === 'too-many')
      return {
        ok: false,
        error: `The feed has more than ${split.limit} articles; Backchannel syncs at most ${split.limit}.`,
      };
    return notJson(`${split.detail} at character ${split.at}`);
  }
  let head: unknown;
  try {
    head = parseMembersExcept(text, split.members, split.elements ? 'articles' : null);
  } catch (error) {
    return notJson((error as Error).message);
  }
  const elements = split.elements;
  // No articles array: the whole-feed check names what is wrong with it.
  if (!elements) return readFeed(head, options.known);
  const articleAt = (i: number): unknown =>
    JSON.parse(text.slice(elements.starts[i], elements.ends[i]));
  const count = elements.starts.length;
  await options.checking.pause(0, count);
  const hash = (head as { contentHash?: unknown }).contentHash;
  if (typeof hash === 'string' && options.isUnchanged?.(hash)) {
    // The same content as stored: it need not be checked again, but it must still be a whole feed.
    for (let i = 0; i < count; i++) {
      if (options.checking.due()) await options.checking.pause(i, count);
      try {
        articleAt(i);
      } catch (error) {
        return notJson(`articles.${i}: ${(error as Error).message}`);
      }
    }
    return { ok: true, unchanged: true };
  }
  return readFeedInSlices(head, count, articleAt, options.known, options.checking);
}
