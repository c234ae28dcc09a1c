/**
 * What resolution reads of the document besides its hits: the topic words around a hit and the
 * paragraph an offset is in. detect() reads them from the text, on demand; blocks.ts from what
 * each block recorded when it was matched. Both give the same answers for the same document.
 */
import type { AliasEntry, AliasIndex } from './aliases';
import type { HitList } from './match';
import { addTopic, earliestYearAround, topicAround } from './page-topic';

/** The document around the hits, as resolution asks about it. */
export interface DocumentFeatures {
  /** Packed topic counts (page-topic.ts) around hit `h`; asked only of the first few hits of an entry. */
  topicOf(h: number): number;
  /** Which paragraph `offset` is in: the number of paragraph breaks before it. */
  paragraphAt(offset: number): number;
  /** The offset of the paragraph break before `offset` (-1 when there is none). */
  paragraphStart(offset: number): number;
  /** The earliest year written near reference hit `h` (page-topic.ts earliestYearAround), or 0. */
  yearNear(h: number): number;
  /** Whether full-name hit `h` is followed by a possessive (page-topic.ts possessiveAfter). */
  possessive(h: number): boolean;
}

/** Numbers in increasing order (one comparator, not an arrow per sort: see ARCHITECTURE.md). */
const ascending = (a: number, b: number): number => a - b;

/** A document about nothing in particular, in one paragraph (resolution as before topics). */
export const NO_FEATURES: DocumentFeatures = {
  topicOf: () => 0,
  paragraphAt: () => 0,
  paragraphStart: () => -1,
  yearNear: () => 0,
  possessive: () => false,
};

/** Hits per entry whose surroundings are read for the topic (the first few of each name). */
export const TOPIC_HITS = 4;

/**
 * Features read from `text`, the document the hits were found in (offsets into it), with its
 * paragraph breaks (page-topic.ts paragraphBreaks; read by detect segment by segment, while each
 * was in the CPU cache: read later, the whole text came from memory again).
 */
export function textFeatures(
  text: string,
  hits: HitList,
  breaks: readonly number[],
): DocumentFeatures {
  const topics = new Map<number, number>();
  return {
    topicOf(h) {
      let t = topics.get(h);
      if (t === undefined) topics.set(h, (t = topicAround(text, hits.starts[h]!, hits.ends[h]!)));
      return t;
    },
    paragraphAt(offset) {
      return countBefore(breaks, offset);
    },
    paragraphStart(offset) {
      return paragraphStartIn(breaks, offset);
    },
    yearNear(h) {
      return earliestYearAround(text, hits.starts[h]!, hits.ends[h]!);
    },
    possessive(h) {
      return hits.possessives[h] === 1; // read by HitList.push, while its segment was in cache
    },
  };
}

/** The break that opens the paragraph holding `offset`, given the sorted `breaks` (-1 for the first). */
export function paragraphStartIn(breaks: readonly number[], offset: number): number {
  const paragraph = countBefore(breaks, offset);
  return paragraph === 0 ? -1 : breaks[paragraph - 1]!;
}

/** How many of the sorted `list` are below `at`. */
export function countBefore(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The topic of each referent key: the words around the first TOPIC_HITS hits of every entry that
 * touches the key (a full name touches all its figure's keys), the first TOPIC_HITS of those in
 * text order. It depends only on hits touching the key, like every verdict under that key, so
 * resolving a page's blocks again per key (blocks.ts) stays equal to detect().
 */
export class KeyTopics {
  private firstHits: Int32Array;
  /** Per entry, how many of its first hits are noted; hits noted so far. */
  private seen: Uint8Array;
  private noted = 0;
  private readonly byKey = new Map<string, number>();
  /** The entries touching each key (see keysTouched), in entry order: made on the first `of`. */
  private entriesByKey: Map<string, number[]> | undefined = undefined;

  constructor(
    private readonly hits: HitList,
    private readonly index: AliasIndex,
    private features: DocumentFeatures,
  ) {
    this.firstHits = new Int32Array(0);
    this.seen = new Uint8Array(0);
    this.extend(features);
  }

  /**
   * Takes in the hits added to the list since (a document that grew at its end): the topics
   * asked for after this are those of the whole list, as a new KeyTopics would read them.
   */
  extend(features: DocumentFeatures): this {
    const { entryIds, count, entryTable } = this.hits;
    const entries = entryTable.length;
    const known = this.seen.length;
    if (entries > known) {
      const first = new Int32Array(entries * TOPIC_HITS).fill(-1);
      first.set(this.firstHits);
      const seen = new Uint8Array(entries);
      seen.set(this.seen);
      this.firstHits = first;
      this.seen = seen;
      // New entries join the keys they touch (entry order is kept: they come last).
      if (this.entriesByKey) addEntries(this.entriesByKey, this.hits, this.index, known);
    }
    const { firstHits: first, seen } = this;
    for (let h = this.noted; h < count; h++) {
      const e = entryIds[h]!;
      if (seen[e]! < TOPIC_HITS) first[e * TOPIC_HITS + seen[e]!++] = h;
    }
    if (this.noted > 0) this.byKey.clear();
    this.noted = count;
    this.features = features;
    return this;
  }

  /** The packed topic counts of `key`. */
  of(key: string): number {
    let topic = this.byKey.get(key);
    if (topic !== undefined) return topic;
    this.entriesByKey ??= entriesByKey(this.hits, this.index);
    const picked: number[] = [];
    for (const e of this.entriesByKey.get(key) ?? []) {
      for (let k = 0; k < TOPIC_HITS; k++) {
        const h = this.firstHits[e * TOPIC_HITS + k]!;
        if (h >= 0) picked.push(h);
      }
    }
    picked.sort(ascending);
    topic = 0;
    for (let k = 0; k < picked.length && k < TOPIC_HITS; k++) {
      topic = addTopic(topic, this.features.topicOf(picked[k]!));
    }
    this.byKey.set(key, topic);
    return topic;
  }
}

const NO_KEYS: readonly string[] = [];

/**
 * The referent keys an entry touches, whose references its hits can affect or be affected by: its
 * own key, or for a full name of one figure every key of that figure (a shared full name, none).
 */
export function keysTouched(index: AliasIndex, entry: AliasEntry): readonly string[] {
  if (entry.kind !== 'full' && entry.kind !== 'native') return [entry.key];
  if (entry.figureIds.length !== 1) return NO_KEYS;
  return index.keysOf.get(entry.figureIds[0]!) ?? NO_KEYS;
}

/** Per key, the ids of the entries of `hits` touching it, in entry order (each entry once). */
function entriesByKey(hits: HitList, index: AliasIndex): Map<string, number[]> {
  return addEntries(new Map(), hits, index, 0);
}

/** Adds to `byKey` the entries of `hits` from entry `from` on (see entriesByKey). */
function addEntries(
  byKey: Map<string, number[]>,
  hits: HitList,
  index: AliasIndex,
  from: number,
): Map<string, number[]> {
  const { entryTable } = hits;
  for (let e = from; e < entryTable.length; e++) {
    for (const key of keysTouched(index, entryTable[e]!)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [e]);
      else if (list[list.length - 1] !== e) list.push(e);
    }
  }
  return byKey;
}
