/** The mentions a frame has marked, kept for the hover card: hit tests, keyboard order, overrides. */
import type { Mention } from '@/utils/detect/types';
import type { PageOverrides } from '@/utils/page-overrides';

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

/**
 * The frame's marked mentions for the card: found by text node and offset in O(log n) without
 * asking the DOM anything (comparing document positions walks every earlier sibling: thousands in
 * a feed), kept up to date mention by mention as the marks change.
 */
export class MentionIndex {
  /** Per text node, the stretches of it that mentions cover, sorted by offset (they never overlap). */
  private readonly byNode = new Map<Node, Span[]>();
  /** Each indexed mention's stretches (what to take out when it goes). */
  private readonly spans = new Map<PageMention, Span[]>();

  /** `inOrder` lists the indexed mentions in document order (asked only when `all` is read). */
  constructor(private readonly inOrder: () => readonly PageMention[]) {}

  /** The mentions in document order (listed afresh: the card's hit tests never ask). */
  get all(): readonly PageMention[] {
    return this.inOrder();
  }

  /** The mention containing the point (`node`, `offset`), if any. */
  at(node: Node, offset: number): PageMention | undefined {
    const spans = this.byNode.get(node);
    if (!spans) return undefined;
    const i = spanBefore(spans, offset);
    const span = spans[i];
    return span && span.from <= offset && offset < span.to ? span.mention : undefined;
  }

  /** The stretches of one text node that mentions cover, in order. */
  inNode(node: Node): readonly Span[] {
    return this.byNode.get(node) ?? [];
  }

  get size(): number {
    return this.spans.size;
  }

  /** Indexes a mention (marked now). */
  add(mention: PageMention): void {
    const spans = spansOf(mention);
    this.spans.set(mention, spans);
    for (const span of spans) {
      let inNode = this.byNode.get(span.node);
      if (!inNode) this.byNode.set(span.node, (inNode = []));
      inNode.splice(spanBefore(inNode, span.from) + 1, 0, span);
    }
  }

  /** Forgets a mention (no longer marked). */
  remove(mention: PageMention): void {
    const spans = this.spans.get(mention);
    if (!spans) return;
    this.spans.delete(mention);
    for (const span of spans) {
      const inNode = this.byNode.get(span.node)!;
      if (inNode.length === 1) this.byNode.delete(span.node);
      else inNode.splice(inNode.indexOf(span), 1);
    }
  }

  /** Forgets every mention. */
  clear(): void {
    this.byNode.clear();
    this.spans.clear();
  }
}

/** A stretch of one text node that a mention covers: [from, to) in the node's offsets. */
export interface Span {
  node: Node;
  from: number;
  to: number;
  mention: PageMention;
}

/** The index of the last span starting at or before `offset` (-1 if none). */
function spanBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.from <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/**
 * The stretches of each text node a mention covers: one, or (across inline elements, as in
 * "Kim <b>Jong</b> Un") several, 64 at most.
 */
function spansOf(mention: PageMention): Span[] {
  const { startContainer, startOffset, endContainer, endOffset } = mention.staticRange;
  if (startContainer === endContainer) {
    return [{ node: startContainer, from: startOffset, to: endOffset, mention }];
  }
  const spans: Span[] = [{ node: startContainer, from: startOffset, to: Infinity, mention }];
  const walker = startContainer.ownerDocument!.createTreeWalker(startContainer.getRootNode(), 0x4);
  walker.currentNode = startContainer;
  for (
    let n = walker.nextNode(), i = 0;
    n && n !== endContainer && i < 64;
    n = walker.nextNode(), i++
  ) {
    spans.push({ node: n, from: 0, to: Infinity, mention });
  }
  spans.push({ node: endContainer, from: 0, to: endOffset, mention });
  return spans;
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
