/**
 * The hits that block resolution (blocks.ts) hands to the resolver, kept from one resolution to
 * the next. A page growing at its end (a feed) is resolved again after every change over the
 * same blocks plus a few new ones, under the same keys: listing the unchanged blocks' hits again
 * cost as much as resolving them. Only the listing is kept; every listed hit is still resolved.
 */
import type { AliasEntry } from './aliases';
import type { BlockHits, ResolvedBlock } from './blocks';
import {
  countBefore,
  type DocumentFeatures,
  keysTouched,
  paragraphStartIn,
  TOPIC_HITS,
} from './document';
import type { CompiledCatalogue } from './index';
import { type Hit, HitList } from './match';
import type { ResolvedSoFar } from './resolve';
import type { Steps } from './steps';
import type { Mention } from './types';

/**
 * Keys that stand for every key: resolution lists every hit (as with no keys) and keeps the
 * listing, so that blocks appended later are resolved on from where it stopped (a page's first
 * scan, then a feed growing at its end: see blocks.ts ResolveOptions.appended). Compared by identity.
 */
export const ALL_KEYS: ReadonlySet<string> = new (class AllKeys extends Set<string> {
  override has(): boolean {
    return true;
  }
})();

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
  /**
   * What the resolver reads of the listed text (the columns above), made once with the listing,
   * which is kept across passes (not closures per resolution: see ARCHITECTURE.md).
   */
  readonly features: DocumentFeatures = {
    topicOf: (k) => this.topics[k]!,
    paragraphAt: (offset) => countBefore(this.breaks, offset),
    paragraphStart: (offset) => paragraphStartIn(this.breaks, offset),
    yearNear: (k) => this.years[k]!,
    possessive: (k) => this.possessives[k] === 1,
  };
  /**
   * The resolver's state after the first `sofar.count` listed hits, and the date they were
   * resolved for (blocks.ts): kept while those hits stay listed, to resolve hits appended after.
   */
  sofar: ResolvedSoFar = { count: 0 };
  sofarDate: string | null | undefined = undefined;
  /**
   * What the last settle after appends found (see settle): how many listed hits it classified,
   * how many of them it kept, and which were open; 0 when it could not be reused.
   */
  private classified = 0;
  private classifiedKept = 0;
  private classifiedOpen: number[] = [];
  /**
   * Per listed hit, for the resolver (settle): its verdict kept as it is (a linked reference's
   * figure, else null) or undefined to resolve it again.
   */
  readonly settled: (string | null | undefined)[] = [];
  /**
   * Per key listed: where (listed block indexes) the document gave it what the verdicts of
   * references before an appended block can depend on (see settle).
   */
  private readonly ledger = new Map<string, KeyLedger>();
  /** The catalogue and keys the blocks were listed for (keys copied; null: nothing to keep). */
  private compiled: CompiledCatalogue | null = null;
  private keys: ReadonlySet<string> | null = null;
  /** Per block listed: the block and its hits then, whether every hit was listed, counts after it. */
  private readonly blocks: ResolvedBlock[] = [];
  private readonly matches: BlockHits[] = [];
  private readonly whole: boolean[] = [];
  /** Per block listed: whether it was listed with hits touching none of the keys (listed whole). */
  private readonly loose: boolean[] = [];
  /** The blocks before this one were carried over by the last listing: resolved, not whole. */
  private carried = 0;
  /** The array the blocks were listed from. */
  private source: readonly ResolvedBlock[] | null = null;
  /**
   * Under ALL_KEYS: the keys that blocks appended since the listing was made touch. Earlier
   * references under other keys keep their verdicts (see settle).
   */
  private readonly appendedKeys = new Set<string>();
  /** Whether the resolution that used this listing last ran to its end (blocks.ts resolveListed). */
  complete = false;
  private readonly hitsAfter: number[] = [];
  private readonly breaksAfter: number[] = [];
  private readonly baseAfter: number[] = [];

  /**
   * Lists every hit of `blocks` not resolved yet, and every hit of the others that `keys` touch
   * (all when null or ALL_KEYS). The leading blocks listed last time under the same keys,
   * unchanged and resolved since, keep their entries; the rest is listed again. When `appended`
   * (see blocks.ts ResolveOptions) under ALL_KEYS, the blocks listed are taken over without
   * looking at each if they came from the same array and a resolution since ran to its end;
   * returns how many were, or -1 when they were not.
   */
  *listSteps(
    compiled: CompiledCatalogue,
    blocks: readonly ResolvedBlock[],
    keys: ReadonlySet<string> | null,
    appended = false,
  ): Steps<number> {
    let budget = ITEMS_PER_STEP;
    let keep = 0;
    let taken = -1;
    const all = keys === ALL_KEYS;
    if (
      keys !== null &&
      this.keys !== null &&
      compiled === this.compiled &&
      (all ? this.keys === ALL_KEYS : this.keys !== ALL_KEYS && sameKeys(this.keys, keys))
    ) {
      const most = Math.min(blocks.length, this.blocks.length);
      // Under every key no hit is loose: the blocks listed are the array's first, all resolved.
      if (appended && all && blocks === this.source && this.complete && most === this.blocks.length)
        taken = keep = most;
      while (keep < most) {
        const block = blocks[keep]!;
        if (
          block !== this.blocks[keep] ||
          block.match !== this.matches[keep] ||
          this.loose[keep] ||
          block.verdicts.length !== block.match.hits.length
        )
          break;
        // Listed whole when new, and every hit touched a key: as listed now it is resolved
        // (below `carried`, not whole).
        keep++;
        if (--budget <= 0) {
          budget = ITEMS_PER_STEP;
          yield;
        }
      }
    }
    this.complete = false;
    // Blocks taken over whole leave nothing to forget (a walk over every key's ledger, per batch).
    if (taken < 0) this.truncate(keep);
    this.carried = keep;
    this.source = blocks;
    this.compiled = compiled;
    this.keys = keys === null ? null : all ? ALL_KEYS : new Set(keys);
    // The keys of `keys` an entry's hits touch, asked once per entry (a page repeats its names).
    const touched = new Map<AliasEntry, readonly string[]>();
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
      let loose = false;
      for (let h = 0; h < match.hits.length; h++) {
        // Counted hit by hit: one block may hold tens of thousands (a hostile page).
        if (--budget <= 0) {
          budget = ITEMS_PER_STEP;
          yield;
        }
        const hit = match.hits[h]!;
        if (keys !== null) {
          let touching = touched.get(hit.entry);
          if (touching === undefined) {
            const under: string[] = [];
            for (const key of keysTouched(compiled.index, hit.entry))
              if (keys.has(key)) under.push(key);
            touching = under;
            touched.set(hit.entry, touching);
          }
          // Under every key, hits touching none (a name two figures share) are listed too.
          if (touching.length === 0 && !all) {
            if (!whole) continue;
            loose = true;
          }
          for (const key of touching) this.note(key, hit, b);
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
      this.loose.push(loose);
      this.hitsAfter.push(list.count);
      this.breaksAfter.push(this.breaks.length);
      this.baseAfter.push(base);
    }
    return taken;
  }

  /** Notes in the ledger of `key` a hit touching it, in listed block `b`. */
  private note(key: string, hit: Hit, b: number): void {
    let ledger = this.ledger.get(key);
    if (ledger === undefined) {
      ledger = { hits: [], unlisted: -1, named: [], namedAt: [] };
      this.ledger.set(key, ledger);
    }
    if (ledger.hits.length < TOPIC_HITS) ledger.hits.push(b);
    const { entry } = hit;
    let referent: string | null | undefined = undefined;
    if (entry.kind === 'blocker') {
      if (ledger.unlisted < 0) ledger.unlisted = b;
      referent = null;
    } else if (
      (entry.kind === 'full' || entry.kind === 'native') &&
      entry.figureIds.length === 1 &&
      hit.place !== true
    ) {
      referent = entry.figureIds[0]!;
    }
    if (referent !== undefined && ledger.named.length < 2 && !ledger.named.includes(referent)) {
      ledger.named.push(referent);
      ledger.namedAt.push(b);
    }
  }

  /**
   * Fills `settled` (see there) for the hits of the blocks resolved before this listing, and
   * returns how many it keeps. A full name's verdict reads only its figure's first key
   * (resolve.ts fullNameElsewhere): kept when no block touching that key changed (it is not
   * one of the keys listed; its hits may not all be listed).
   *
   * With `boundary` > 0, the blocks from there on were appended after the others, which were
   * the whole document as last resolved (a feed growing). An appended block changes an earlier
   * reference's verdict only through what the resolver reads of the whole document under its
   * key (resolve.ts, reading.ts): whether the key has unlisted people, the topic of its first
   * TOPIC_HITS hits, whether two referents are named in full under it, and, for a reference
   * that found no one before it, the names given after it. So under a key whose first three
   * the appended blocks leave as they were, a reference linked to an earlier mention or to a
   * subject keeps its verdict, and so do full names of figures whose first key it is. The
   * other earlier references are resolved again and pushed to `open` (listed index, old
   * verdict): if one of them changed, what followed it may have too.
   */
  settle(
    compiled: CompiledCatalogue,
    blocks: readonly ResolvedBlock[],
    boundary: number,
    open: { k: number; verdict: Mention | null }[],
  ): number {
    const keys = this.keys!;
    const changed = new Set<string>();
    this.ledger.forEach((ledger, key) => {
      const hitsBefore = countBefore(ledger.hits, boundary);
      const namedBefore = countBefore(ledger.namedAt, boundary);
      if (
        (hitsBefore < TOPIC_HITS && hitsBefore < ledger.hits.length) ||
        ledger.unlisted >= boundary ||
        namedBefore < ledger.named.length
      )
        changed.add(key);
    });
    const { list, settled, blockOf, hitOf, whole } = this;
    settled.length = list.count;
    // Hits from `end` on are in blocks not resolved yet (listed whole): resolved in any case.
    const end = boundary > 0 ? this.hitsBefore(boundary) : list.count;
    for (let k = end; k < list.count; k++) settled[k] = undefined;
    let from = 0;
    let kept = 0;
    // Under every key, a reference of a key no appended block touches keeps its verdict. The keys
    // touched so far are kept, so that a classification stands while no new one comes.
    const all = keys === ALL_KEYS;
    const { appendedKeys } = this;
    const touchedBefore = appendedKeys.size;
    for (let k = end; all && k < list.count; k++) {
      for (const key of keysTouched(compiled.index, list.entry(k))) appendedKeys.add(key);
    }
    // After appends that changed nothing under the keys, the hits the last settle classified are
    // as it found them (their verdicts stand, or the resolver went back to all of them): only
    // those listed since are looked at.
    const stable = boundary > 0 && changed.size === 0;
    const again = stable && appendedKeys.size === touchedBefore;
    if (again && this.classified > 0 && this.classified <= end) {
      from = this.classified;
      kept = this.classifiedKept;
      for (const k of this.classifiedOpen) {
        open.push({ k, verdict: blocks[blockOf[k]!]!.verdicts[hitOf[k]!] ?? null });
      }
    }
    for (let k = from; k < end; k++) {
      let verdict: string | null | undefined = undefined;
      const b = blockOf[k]!;
      if (b < this.carried || !whole[b]) {
        const entry = list.entry(k);
        if (entry.kind === 'blocker') verdict = null;
        else if (entry.kind === 'full' || entry.kind === 'native') {
          // Read by index: destructuring walks an array iterator until the code is optimised.
          const ids = entry.figureIds;
          const first = ids.length === 1 ? compiled.index.keysOf.get(ids[0]!)?.[0] : undefined;
          if (first === undefined || !keys.has(first) || (b < boundary && !changed.has(first))) {
            verdict = null;
          }
        } else if (b < boundary && !changed.has(entry.key)) {
          const old = blocks[b]!.verdicts[hitOf[k]!] ?? null;
          const reason = old?.reason;
          if (all && !appendedKeys.has(entry.key)) verdict = old?.figureId ?? null;
          else if (reason === 'earlier-mention' || reason === 'subject') verdict = old!.figureId;
          else open.push({ k, verdict: old });
        }
      }
      settled[k] = verdict;
      if (verdict !== undefined) kept++;
    }
    // Made with the keys as they are now: the next settle takes it over if no key comes.
    this.classified = stable ? end : 0;
    this.classifiedKept = kept;
    this.classifiedOpen = stable ? open.map(({ k }) => k) : [];
    return kept;
  }

  /**
   * Whether the resolver can go on from block `boundary` (resolveHitsSteps' `sofar`): it resolved
   * exactly the hits listed before it, for this date.
   */
  resumable(boundary: number, date: string | null | undefined): boolean {
    return this.sofar.count === this.hitsBefore(boundary) && this.sofarDate === date;
  }

  /** How many hits are listed before listed block `b`. */
  hitsBefore(b: number): number {
    return b === 0 ? 0 : this.hitsAfter[b - 1]!;
  }

  /** Keeps the first `blocks` blocks listed and forgets the rest. */
  private truncate(blocks: number): void {
    if (blocks === 0) {
      this.ledger.clear();
      this.appendedKeys.clear();
    }
    const hits = this.hitsBefore(blocks);
    if (hits < this.sofar.count) this.sofar = { count: 0 };
    if (hits < this.classified) this.classified = 0;
    this.ledger.forEach((ledger) => {
      ledger.hits.length = countBefore(ledger.hits, blocks);
      if (ledger.unlisted >= blocks) ledger.unlisted = -1;
      ledger.named.length = ledger.namedAt.length = countBefore(ledger.namedAt, blocks);
    });
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
      this.loose,
      this.hitsAfter,
      this.breaksAfter,
      this.baseAfter,
    ])
      column.length = blocks;
  }
}

/** Whether two sets of keys hold the same keys. */
export function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of b) if (!a.has(key)) return false;
  return true;
}

/** What a document gave one key, as listed block indexes (ascending). */
interface KeyLedger {
  /** The blocks of its first TOPIC_HITS hits (the hits its topic is read from). */
  hits: number[];
  /** The block of its first unlisted person (-1: none). */
  unlisted: number;
  /** Its first two distinct referents named in full (null: an unlisted person), and their blocks. */
  named: (string | null)[];
  namedAt: number[];
}
