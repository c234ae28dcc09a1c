/** The mentions a frame has marked, kept for the hover card: hit tests, keyboard order, overrides. */
import type { Mention } from '@/utils/detect/types';
import type { PageOverrides } from '@/utils/page-overrides';
import { compareNodes } from './dom-order';

/** One marked mention on the page. */
export interface PageMention {
  /**
   * Where it is: a live range over the page's text, made on first read (live ranges cost the page
   * on every DOM change, so the index keeps only `staticRange` until someone asks).
   */
  readonly range: Range;
  /** The same place as painted: fixed offsets, updated by the next scan when the page changes. */
  readonly staticRange: StaticRange;
  text: string;
  /** How it names its figure: a full name, a bare surname, a title and surname… */
  kind: Mention['kind'];
  /** The linked figure; absent when the mention is ambiguous. */
  figureId?: string;
  /** Who it might be when the reader could not tell (at least two). */
  candidates?: string[];
  /** Why the engine linked it (`full-name`, `title-cue`, `earlier-mention`, …), when it says. */
  reason?: string;
}

/** The frame's current mentions, in document order. */
export interface MentionIndex {
  readonly all: readonly PageMention[];
  /** The mention containing the point (`node`, `offset`), if any; O(log n). */
  at(node: Node, offset: number): PageMention | undefined;
}

/** A marked mention whose live range is made when first read. */
export function pageMention(
  staticRange: StaticRange,
  mention: Pick<PageMention, 'text' | 'kind' | 'figureId' | 'candidates'>,
): PageMention {
  let live: Range | undefined;
  return {
    staticRange,
    text: mention.text,
    kind: mention.kind,
    figureId: mention.figureId,
    candidates: mention.candidates,
    get range(): Range {
      if (!live) {
        const { startContainer, startOffset, endContainer, endOffset } = staticRange;
        live = startContainer.ownerDocument!.createRange();
        try {
          live.setStart(startContainer, startOffset);
          live.setEnd(endContainer, endOffset);
        } catch {
          // The text changed since the scan (the next scan replaces this mention): keep it empty.
          live.setStart(startContainer, 0);
        }
      }
      return live;
    },
  };
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

/**
 * Where a point lies relative to a mention: -1 before it, 0 inside, 1 at its end or after.
 * Compares boundary points with one scratch range (a point in another tree — a shadow root —
 * is compared by node order).
 */
function sideOf(scratch: Range, mention: PageMention, node: Node, offset: number): number {
  const { startContainer, startOffset, endContainer, endOffset } = mention.staticRange;
  try {
    scratch.setStart(startContainer, startOffset);
    scratch.setEnd(endContainer, endOffset);
    const side = scratch.comparePoint(node, offset);
    if (side === 0 && endContainer === node && endOffset === offset) return 1;
    return side;
  } catch {
    return compareNodes(node, startContainer) <= 0 ? -1 : 1;
  }
}

/** An index over mentions already in document order. */
export function indexMentions(all: readonly PageMention[]): MentionIndex {
  let scratch: Range | undefined;
  return {
    all,
    at(node, offset) {
      if (all.length === 0) return undefined;
      scratch ??= all[0]!.staticRange.startContainer.ownerDocument!.createRange();
      let lo = 0;
      let hi = all.length - 1;
      try {
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const side = sideOf(scratch, all[mid]!, node, offset);
          if (side === 0) return all[mid];
          if (side < 0) hi = mid - 1;
          else lo = mid + 1;
        }
      } finally {
        scratch.collapse(true); // a collapsed scratch range is cheap to keep
      }
      return undefined;
    },
  };
}
