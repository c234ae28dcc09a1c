/**
 * The hits that block resolution (blocks.ts) hands to the resolver, kept from one resolution to
 * the next. A page growing at its end (a feed) is resolved again after every change over the
 * same blocks plus a few new ones, under the same keys: listing the unchanged blocks' hits again
 * cost as much as resolving them. Only the listing is kept; every listed hit is still resolved.
 */
import type { AliasEntry } from './aliases';
import type { BlockHits, ResolvedBlock } from './blocks';
import type { CompiledCatalogue } from './index';
import { HitList } from './match';
import type { Steps } from './steps';

/** Hits (or blocks without any) looked at between two yields (see ITEMS_PER_STEP in blocks.ts). */
const ITEMS_PER_STEP = 512;

/**
 * The hits of some blocks in document order, with offsets as in the blocks joined by one
 * separator each (what detect() sees), and what resolution reads of each.
 */
export class BlockListing {
  readonly list = new HitList();
  /** Per listed hit: its block (an index into the blocks listed), its index there, the block's offset. */
  readonly blockOf: number[] = [];
  readonly hitOf: number[] = [];
  readonly baseOf: number[] = [];
  readonly topics: number[] = [];
  readonly years: number[] = [];
  readonly possessives: number[] = [];
  /** Paragraph breaks, the separator after each block included. */
  readonly breaks: number[] = [];
  /** The catalogue and keys the blocks were listed for (keys copied; null: nothing to keep). */
  private compiled: CompiledCatalogue | null = null;
  private keys: ReadonlySet<string> | null = null;
  /** Per block listed: the block and its hits then, whether every hit was listed, counts after it. */
  private readonly blocks: ResolvedBlock[] = [];
  private readonly matches: BlockHits[] = [];
  private readonly whole: boolean[] = [];
  private readonly hitsAfter: number[] = [];
  private readonly breaksAfter: number[] = [];
  private readonly baseAfter: number[] = [];

  /**
   * Lists every hit of `blocks` not resolved yet, and every hit of the others that `keys` touch
   * (all when null). The leading blocks listed last time under the same keys, unchanged and
   * resolved since, keep their entries; the rest is listed again.
   */
  *listSteps(
    compiled: CompiledCatalogue,
    blocks: readonly ResolvedBlock[],
    keys: ReadonlySet<string> | null,
  ): Steps<void> {
    let budget = ITEMS_PER_STEP;
    let keep = 0;
    if (
      keys !== null &&
      this.keys !== null &&
      compiled === this.compiled &&
      sameKeys(this.keys, keys)
    ) {
      const most = Math.min(blocks.length, this.blocks.length);
      while (keep < most) {
        const block = blocks[keep]!;
        if (
          block !== this.blocks[keep] ||
          block.match !== this.matches[keep] ||
          this.whole[keep] ||
          block.verdicts.length !== block.match.hits.length
        )
          break;
        keep++;
        if (--budget <= 0) {
          budget = ITEMS_PER_STEP;
          yield;
        }
      }
    }
    this.truncate(keep);
    this.compiled = compiled;
    this.keys = keys === null ? null : new Set(keys);
    // Whether an entry's hits touch `keys`, asked once per entry (a page repeats its names).
    const touched = new Map<AliasEntry, boolean>();
    const { list } = this;
    let base = keep === 0 ? 0 : this.baseAfter[keep - 1]!;
    for (let b = keep; b < blocks.length; b++) {
      const block = blocks[b]!;
      const { match } = block;
      if (--budget <= 0) {
        budget = ITEMS_PER_STEP;
        yield;
      }
      const whole = keys === null || block.verdicts.length !== match.hits.length;
      for (let h = 0; h < match.hits.length; h++) {
        // Counted hit by hit: one block may hold tens of thousands (a hostile page).
        if (--budget <= 0) {
          budget = ITEMS_PER_STEP;
          yield;
        }
        const hit = match.hits[h]!;
        if (!whole) {
          let touching = touched.get(hit.entry);
          if (touching === undefined) {
            touching = touches(compiled, hit.entry, keys);
            touched.set(hit.entry, touching);
          }
          if (!touching) continue;
        }
        list.pushWithText(
          {
            start: base + hit.start,
            end: base + hit.end,
            entry: hit.entry,
            cue: hit.cue,
            place: hit.place,
          },
          match.texts[h]!,
        );
        this.blockOf.push(b);
        this.hitOf.push(h);
        this.baseOf.push(base);
        this.topics.push(match.topics?.[h] ?? 0);
        this.years.push(match.years?.[h] ?? 0);
        this.possessives.push(match.possessives?.[h] ?? 0);
      }
      for (const at of match.breaks ?? []) this.breaks.push(base + at);
      // The separator detect() sees between this block and the next.
      this.breaks.push(base + match.length);
      base += match.length + 1;
      // Noted once the block is listed whole: a listing stopped half-way keeps a valid prefix.
      // A listing of every hit (no keys) is never carried over: nothing to note.
      if (keys === null) continue;
      this.blocks.push(block);
      this.matches.push(match);
      this.whole.push(whole);
      this.hitsAfter.push(list.count);
      this.breaksAfter.push(this.breaks.length);
      this.baseAfter.push(base);
    }
  }

  /** Keeps the first `blocks` blocks listed and forgets the rest. */
  private truncate(blocks: number): void {
    const hits = blocks === 0 ? 0 : this.hitsAfter[blocks - 1]!;
    if (hits === 0) this.list.clear();
    else this.list.count = hits;
    for (const column of [
      this.blockOf,
      this.hitOf,
      this.baseOf,
      this.topics,
      this.years,
      this.possessives,
    ])
      column.length = hits;
    this.breaks.length = blocks === 0 ? 0 : this.breaksAfter[blocks - 1]!;
    for (const column of [
      this.blocks,
      this.matches,
      this.whole,
      this.hitsAfter,
      this.breaksAfter,
      this.baseAfter,
    ])
      column.length = blocks;
  }
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of b) if (!a.has(key)) return false;
  return true;
}

const NO_KEYS: readonly string[] = [];

/** The referent keys whose references a hit of this entry can affect (or be affected by). */
export function keysOfEntry(compiled: CompiledCatalogue, entry: AliasEntry): readonly string[] {
  if (entry.kind === 'full' || entry.kind === 'native') {
    const [only, other] = entry.figureIds;
    return only !== undefined && other === undefined
      ? (compiled.index.keysOf.get(only) ?? NO_KEYS)
      : NO_KEYS;
  }
  return [entry.key];
}

function touches(
  compiled: CompiledCatalogue,
  entry: AliasEntry,
  keys: ReadonlySet<string>,
): boolean {
  for (const key of keysOfEntry(compiled, entry)) if (keys.has(key)) return true;
  return false;
}
