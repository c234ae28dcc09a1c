/** The mentions a frame has marked, kept for the hover card: hit tests, keyboard order, overrides. */
import type { Mention } from '@/utils/detect/types';
import type { PageOverrides } from '@/utils/page-overrides';

/** One marked mention on the page. */
export interface PageMention {
  /** Where it is: a live range over the page's text. */
  range: Range;
  text: string;
  /** The linked figure; absent when the mention is ambiguous. */
  figureId?: string;
  /** Who it might be when the reader could not tell (at least two). */
  candidates?: string[];
  /** How it names its figure: a full name, a bare surname, a title and surname… */
  kind: Mention['kind'];
}

/** The frame's current mentions, in document order. */
export interface MentionIndex {
  readonly all: readonly PageMention[];
  /** The mention containing the point (`node`, `offset`), if any; O(log n). */
  at(node: Node, offset: number): PageMention | undefined;
}

/** Kinds of mention that lean on another mention of the page (a bare surname, a title, a given name). */
const LEANING: ReadonlySet<Mention['kind']> = new Set(['surname', 'title', 'given']);

/**
 * The mention as the reader wants it: their chosen figure, or without a figure they refused.
 * "Not this person" on a name refuses that figure for the same text everywhere on the page, and
 * for every bare surname, title or given name there (those were resolved through such a name);
 * other full names of the figure stay linked. Returns null when nobody is left.
 */
export function applyOverrides(mention: Mention, overrides: PageOverrides): Mention | null {
  const chosen = overrides.chosen.find((c) => c.text === mention.text);
  if (chosen) return { ...mention, figureId: chosen.figureId, candidates: undefined };
  const refused = new Set(
    overrides.notThis
      .filter((n) => n.text === mention.text || LEANING.has(mention.kind))
      .map((n) => n.figureId),
  );
  if (refused.size === 0) return mention;
  if (mention.figureId && !refused.has(mention.figureId)) return mention;
  const left = (mention.candidates ?? []).filter((id) => !refused.has(id));
  if (left.length === 0) return null;
  if (left.length === 1) return { ...mention, figureId: left[0], candidates: undefined };
  return { ...mention, figureId: undefined, candidates: left };
}

/** An index over mentions already in document order. */
export function indexMentions(all: readonly PageMention[]): MentionIndex {
  return {
    all,
    at(node, offset) {
      let lo = 0;
      let hi = all.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const range = all[mid]!.range;
        let side: number;
        try {
          side = range.comparePoint(node, offset);
        } catch {
          return undefined; // the node is in another document or a detached tree
        }
        if (side === 0 && !(range.endContainer === node && range.endOffset === offset))
          return all[mid];
        if (side < 0) hi = mid - 1;
        else lo = mid + 1;
      }
      return undefined;
    },
  };
}
