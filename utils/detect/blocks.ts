/**
 * Detection block by block, for a document that keeps changing (a web page): each block (a
 * paragraph, which no name crosses) is matched once, on its own, and resolution runs over the
 * blocks in document order. After a change only the references it can affect are resolved again:
 * a reference's verdict depends only on the hits that share its referent key (the full names of
 * the key's bearers, unlisted people and resolved references under that key), so re-resolving
 * every hit of the touched keys gives what resolving the whole document again would.
 * The result equals detect() over the blocks joined by U+2029 (tests/unit/utils/detect/blocks.test.ts).
 */
import type { AliasEntry } from './aliases';
import { BlockListing } from './block-listing';
import { keysTouched, TOPIC_HITS } from './document';
import { type CompiledCatalogue, MARGIN, SEGMENT } from './index';
import { findHits, type Hit } from './match';
import { type Normalised, normalise } from './normalise';
import { earliestYearAround, paragraphBreaks, possessiveAfter, topicAround } from './page-topic';
import { hitAt, type ResolvedSoFar, resolutionOrder, resolveHitsSteps } from './resolve';
import { drain, type Steps } from './steps';
import type { Mention } from './types';
import { isIsoDatePrefix } from '../validate/dates';

export { ALL_KEYS } from './block-listing';

/** The hits of one block, offsets local to its text; `texts[h]` is hit h's surface text. */
export interface BlockHits {
  /** Length of the block's text. */
  readonly length: number;
  readonly hits: readonly Hit[];
  readonly texts: readonly string[];
  /**
   * What resolution reads of the text (document.ts), taken while it is at hand: per hit, the
   * topic words around it (the first TOPIC_HITS hits of each entry; -1 for the others) and the
   * earliest year written near it (references only; 0 for none); the paragraph breaks.
   */
  readonly topics?: readonly number[];
  readonly years?: readonly number[];
  /** Per hit: 1 where a full name is followed by a possessive ("Kim Jong Un's"), else 0. */
  readonly possessives?: readonly number[];
  readonly breaks?: readonly number[];
}

/** A block as resolution sees it: its hits and, once resolved, a verdict per hit. */
export interface ResolvedBlock {
  readonly match: BlockHits;
  /**
   * Per hit: the mention it makes (offsets local to the block), or null when it shows nothing
   * (a blocker, an unresolved reference). Empty until the block is resolved the first time.
   */
  verdicts: (Mention | null)[];
  /** Bumped by resolution whenever one of the block's verdicts changes (for callers that cache). */
  revision?: number;
}

// Normalisation buffers shared by every call: each segment is normalised afresh, and its hits are
// taken before the next yield, so interleaved generators never read each other's segment.
let scratch: Normalised | undefined;

/**
 * Text matched between two yields: an eighth of Detector.detect's segment, with the same margins
 * (which is what makes segments find the hits the whole text has), so that one block dense with
 * names (a hostile page's 300,000 characters of them) is never a long task.
 */
const BLOCK_SEGMENT = SEGMENT / 8;

/** matchBlock in steps: yields after each 8 K segment of a long text. */
export function* matchBlockSteps(compiled: CompiledCatalogue, text: string): Steps<BlockHits> {
  const hits: Hit[] = [];
  const texts: string[] = [];
  for (let from = 0; ; from += BLOCK_SEGMENT) {
    const lo = Math.max(0, from - MARGIN);
    const hi = Math.min(text.length, from + BLOCK_SEGMENT + MARGIN);
    const last = hi === text.length;
    scratch = normalise(text, scratch, lo, hi);
    for (const hit of findHits(compiled.matcher, scratch, text)) {
      if (hit.start >= from && (last || hit.start < from + BLOCK_SEGMENT)) {
        hits.push(hit);
        texts.push(hit.entry.kind === 'blocker' ? '' : text.slice(hit.start, hit.end));
      }
    }
    if (last) break;
    yield;
  }
  return { length: text.length, hits, texts, ...readAround(text, hits) };
}

/** The text features of a block's hits (see BlockHits), read as detect() reads them. */
function readAround(
  text: string,
  hits: readonly Hit[],
): { topics: number[]; years: number[]; possessives: number[]; breaks: number[] } {
  const topics: number[] = [];
  const years: number[] = [];
  const possessives: number[] = [];
  const breaks: number[] = [];
  const seen = new Map<AliasEntry, number>();
  for (const { entry, start, end } of hits) {
    const n = seen.get(entry) ?? 0;
    seen.set(entry, n + 1);
    topics.push(n < TOPIC_HITS ? topicAround(text, start, end) : -1);
    const reference = entry.kind === 'surname' || entry.kind === 'given';
    years.push(reference ? earliestYearAround(text, start, end) : 0);
    const full = entry.kind === 'full' || entry.kind === 'native';
    possessives.push(full && possessiveAfter(text, end) ? 1 : 0);
  }
  paragraphBreaks(text, 0, text.length, breaks);
  return { topics, years, possessives, breaks };
}

/** The hits of one block of text, found without the rest of the document. */
export function matchBlock(compiled: CompiledCatalogue, text: string): BlockHits {
  return drain(matchBlockSteps(compiled, text));
}

/** Adds to `into` every referent key a block's hits touch: what adding or removing it can change. */
export function keysOfBlock(
  compiled: CompiledCatalogue,
  match: BlockHits,
  into: Set<string>,
): void {
  for (const hit of match.hits)
    for (const key of keysTouched(compiled.index, hit.entry)) into.add(key);
}

/**
 * Resolves the blocks (in document order): every hit of a block not resolved yet, and every hit
 * of the others that the referent `keys` touch (all hits when `keys` is null). Writes each
 * resolved hit's verdict into its block; returns how many hits were resolved.
 * With `appended`, the blocks resolved before are the whole document as it was last resolved,
 * and the blocks not resolved yet were appended after them all (a feed growing): the earlier
 * verdicts the appended blocks cannot change are kept, not resolved again (BlockListing.settle).
 */
export function resolveBlocks(
  compiled: CompiledCatalogue,
  blocks: readonly ResolvedBlock[],
  date: string | null | undefined,
  keys: ReadonlySet<string> | null,
  appended = false,
): number {
  return drain(resolveBlocksSteps(compiled, blocks, date, keys, { appended }));
}

/** How to resolve blocks again (resolveBlocks), and where to note the blocks whose verdicts changed. */
export interface ResolveOptions {
  /**
   * Blocks were only added at the end since the last resolution. Under ALL_KEYS, when `blocks`
   * is that resolution's own array (grown in place) and it ran to its end, the blocks it had are
   * taken over from the listing without looking at each (a long page's every run).
   */
  appended?: boolean;
  /** Gets every block whose revision was bumped (some more than once). */
  changed?: ResolvedBlock[];
}

/**
 * Hits (or blocks without any) looked at between two yields of resolveBlocksSteps (sized for a
 * page's first scan, when the code is still interpreted: see HITS_PER_STEP in resolve.ts).
 */
const ITEMS_PER_STEP = 512;

/** resolveBlocks in steps (see steps.ts); the blocks must not change until it is done. */
export function* resolveBlocksSteps(
  compiled: CompiledCatalogue,
  blocks: readonly ResolvedBlock[],
  date: string | null | undefined,
  keys: ReadonlySet<string> | null,
  { appended = false, changed }: ResolveOptions = {},
): Steps<number> {
  // One listing reused while free: a page is resolved again after every change, and fresh typed
  // arrays each time kept the garbage collector busy; what it listed last carries over.
  const listing = spareListing ?? new BlockListing();
  spareListing = undefined;
  try {
    // Taken over: the blocks before `from` are resolved, those after it new (some without hits).
    const from = yield* listing.listSteps(compiled, blocks, keys, appended);
    const all = { listing, compiled, blocks, date, changed };
    if (keys === null) return yield* resolveListed(all);
    const open: { k: number; verdict: Mention | null }[] = [];
    const boundary = !appended
      ? 0
      : from < 0
        ? appendedFrom(blocks)
        : from < blocks.length
          ? from
          : 0;
    let kept = listing.settle(compiled, blocks, boundary, open);
    // The resolver's state after the earlier hits at hand, and none of their verdicts can change
    // but the open ones': only those and the appended blocks' hits are resolved (a feed growing at
    // its end costs what its new paragraphs hold), unless an open one changed.
    const { blockOf, hitOf } = listing;
    const same = () =>
      open.every(({ k, verdict }) => blocks[blockOf[k]!]!.verdicts[hitOf[k]!] === verdict);
    const before = boundary > 0 ? listing.hitsBefore(boundary) : -1;
    if (before >= 0 && kept + open.length === before) {
      if (!listing.resumable(boundary, date)) {
        // The first append since the listing was made: the resolver's state after the earlier
        // hits is made from their verdicts as they stand (the open ones' too), and this batch
        // goes on from there as the next ones will.
        const settled = listing.settled.slice(0, before);
        for (const { k, verdict } of open) settled[k] = verdict?.figureId ?? null;
        yield* resolveListed({ ...all, settled, until: boundary });
      }
      const again = open.map(({ k }) => k);
      yield* resolveListed({ ...all, resumeAt: boundary, again });
      if (same()) return listing.list.count - kept;
      open.length = 0;
      kept = listing.settle(compiled, blocks, 0, open);
    }
    yield* resolveListed({ ...all, settled: listing.settled });
    // An earlier reference resolved again changed (the same verdict keeps its object): what
    // followed it may have too; resolve them all again.
    if (!same()) {
      kept = listing.settle(compiled, blocks, 0, open);
      yield* resolveListed({ ...all, settled: listing.settled });
    }
    return listing.list.count - kept;
  } finally {
    spareListing = listing;
  }
}

/**
 * Where the blocks not resolved yet begin, when they all come after the resolved ones (0: none
 * resolved before them, or not all at the end).
 */
function appendedFrom(blocks: readonly ResolvedBlock[]): number {
  let from = blocks.length;
  while (from > 0 && blocks[from - 1]!.verdicts.length !== blocks[from - 1]!.match.hits.length) {
    from--;
  }
  for (let b = 0; b < from; b++) {
    if (blocks[b]!.verdicts.length !== blocks[b]!.match.hits.length) return 0;
  }
  return from === blocks.length ? 0 : from;
}

let spareListing: BlockListing | undefined = new BlockListing();

/** What resolveListed is given. */
interface Listed {
  listing: BlockListing;
  compiled: CompiledCatalogue;
  blocks: readonly ResolvedBlock[];
  date: string | null | undefined;
  /** Blocks whose verdicts changed are pushed here. */
  changed: ResolvedBlock[] | undefined;
  /** Per listed hit, a verdict kept as it is (see BlockListing.settled); undefined: none kept. */
  settled?: readonly (string | null | undefined)[];
  /** Go on from this block (0: from the start), after resolving again the listed hits `again`. */
  resumeAt?: number;
  again?: readonly number[];
  /** Up to this block (the rest left for a later call); default: all. */
  until?: number;
}

/**
 * Resolves the hits `listing` lists (those `settled` keeps excepted) and writes each verdict into
 * its block; returns how many hits are listed.
 */
function* resolveListed({
  listing,
  compiled,
  blocks,
  date,
  changed,
  settled,
  resumeAt = 0,
  again = [],
  until: untilBlock = blocks.length,
}: Listed): Steps<number> {
  const { list, blockOf, hitOf, baseOf } = listing;
  // Set again once this resolution is done (a job may be cut short).
  listing.complete = false;
  // Up to block `untilBlock` (the rest left for a later call).
  const until = untilBlock === blocks.length ? list.count : listing.hitsBefore(untilBlock);
  // From block `resumeAt` on (0: all), and the listed hits `again`; none resumable until this
  // resolution is done.
  const sofar: ResolvedSoFar = resumeAt > 0 ? { ...listing.sofar, again } : { count: 0 };
  // The listed hits resolved, in the order the mentions come back (read before `sofar` is refilled).
  const order = resolutionOrder(sofar, until);
  listing.sofar = { count: 0 };
  const mentions = yield* resolveHitsSteps(
    list,
    compiled.index,
    isIsoDatePrefix(date) ? date : null,
    listing.features,
    settled,
    sofar,
    until,
  );
  for (let b = resumeAt; b < untilBlock; b++) {
    if (b % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const block = blocks[b]!;
    if (block.verdicts.length !== block.match.hits.length) {
      block.verdicts = new Array<Mention | null>(block.match.hits.length).fill(null);
      block.revision = (block.revision ?? 0) + 1;
      changed?.push(block);
    }
  }
  // Hits do not overlap, so a mention is the hit that starts where it starts.
  let m = 0;
  for (let j = 0; j < order.n; j++) {
    if (j % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const k = hitAt(order, j);
    if (settled !== undefined && settled[k] !== undefined) continue; // kept as it was
    let verdict: Mention | null = null;
    const mention = mentions[m];
    if (mention !== undefined && mention.start === list.starts[k]) {
      mention.start -= baseOf[k]!;
      mention.end -= baseOf[k]!;
      verdict = mention;
      m++;
    }
    const block = blocks[blockOf[k]!]!;
    const h = hitOf[k]!;
    // The same verdict keeps its old object: the new one dies young instead of replacing a
    // long-lived one (a page resolved after every change would promote a copy of each per pass).
    if (sameVerdict(block.verdicts[h]!, verdict)) continue;
    block.revision = (block.revision ?? 0) + 1;
    block.verdicts[h] = verdict;
    changed?.push(block);
  }
  listing.sofar = sofar;
  listing.sofarDate = date;
  listing.complete = true;
  return list.count;
}

/** Whether two verdicts on one hit say the same. */
function sameVerdict(a: Mention | null, b: Mention | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.figureId === b.figureId &&
    a.kind === b.kind &&
    a.confidence === b.confidence &&
    a.reason === b.reason &&
    sameCandidates(a.candidates, b.candidates)
  );
}

/** Whether two candidate lists name the same figures in the same order. */
function sameCandidates(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
