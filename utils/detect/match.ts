/** Finds name occurrences: one automaton pass, per-script boundary checks, longest match wins, unlisted names claimed. */
import type { AliasEntry, AliasIndex } from './aliases';
import { type Automaton, growInts, MatchBuffer, type QuickReject, scan } from './automaton';
import {
  cyrillicEnd,
  dottedNameBefore,
  hanGivenNameStandsAlone,
  hangulByline,
  hanNameInWord,
  hangulBoundsOk,
  hangulStartOk,
  kanaBoundsOk,
  koreanHeadlineAbbreviation,
  latinBoundsOk,
  lowerOrCaseless,
} from './boundaries';
import { CharClass, charClasses } from './char-class';
import { type Normalised, sliceCodes, sourceIndex } from './normalise';
import { mayHaveCueBefore, type TitleCue, titleBefore, wordsBefore } from './title-cues';
import { titleCueAfter } from './title-suffixes';
import { absorbUnlistedNames, unlistedBlocker } from './absorb-unlisted';
import { fitsNoBearer } from './title-fit';
import { keepWordNamesInContext, PERSON_CUE, readingEnd, skipReading } from './word-names';
import { spacedHangulName } from './korean-names';
import { possessiveAfter } from './page-topic';

/** One accepted occurrence (offsets into the normalised text inside findHits, into the source after it). */
export interface Hit {
  start: number;
  end: number;
  entry: AliasEntry;
  /** The title or side read around a surname or given name ("President Moon", "김 위원장"). */
  cue?: TitleCue;
  /**
   * A full name that is part of a place or institution's name ("Kim Il Sung Square"), or the
   * reading of a name just given (金永南(キム・ヨンナム)): it is shown, but names no one anew, so
   * later bare surnames do not link to it (nor weigh its figure twice).
   */
  place?: boolean;
}

/**
 * The hits of a whole document, column-wise, in typed arrays only. A long page has tens of
 * thousands of hits that all live until resolution. As objects, or as growing arrays of pointers,
 * they kept the GC busy (old-space arrays, write barriers, marking) and made the later segments of
 * a 10 MB text slower than the first: 10 MB cost 11.3 × 1 MB. So each segment's Hit objects die
 * young, and a hit is kept as numbers: offsets, and ids into small tables of the distinct entries,
 * cues and texts of the document.
 */
export class HitList {
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  entryIds: Int32Array = new Int32Array(1024);
  /** 0: no cue; else an index into cueTable. */
  cueIds: Int32Array = new Int32Array(1024);
  textIds: Int32Array = new Int32Array(1024);
  /** 1 where the hit is a place's name (see Hit.place). */
  places: Uint8Array = new Uint8Array(1024);
  /**
   * 1 where a full or native name is followed by a possessive in the source (page-topic.ts
   * possessiveAfter), read by push while the segment is in the CPU cache; 0 after pushWithText.
   */
  possessives: Uint8Array = new Uint8Array(1024);
  count = 0;
  readonly entryTable: AliasEntry[] = [];
  readonly cueTable: (TitleCue | undefined)[] = [undefined];
  /** Mention texts, taken while the segment is still in the CPU cache (names repeat: few strings). */
  readonly textTable: string[] = [''];
  private readonly entryIdOf = new Map<AliasEntry, number>();
  private readonly cueIdOf = new Map<TitleCue, number>();
  /** Per entry id, the id of the last text made for it (0: none yet). */
  private readonly lastTextOf: number[] = [];
  /** Ids of texts given by pushWithText. */
  private readonly textIdOf = new Map<string, number>();

  /** Empties the list for reuse, keeping its buffers (blocks.ts resolves again and again). */
  clear(): void {
    this.count = 0;
    this.entryTable.length = 0;
    this.cueTable.length = 1;
    this.textTable.length = 1;
    this.entryIdOf.clear();
    this.cueIdOf.clear();
    this.lastTextOf.length = 0;
    this.textIdOf.clear();
  }

  entry(h: number): AliasEntry {
    return this.entryTable[this.entryIds[h]!]!;
  }

  cue(h: number): TitleCue | undefined {
    return this.cueTable[this.cueIds[h]!];
  }

  text(h: number): string {
    return this.textTable[this.textIds[h]!]!;
  }

  /** Appends a hit whose offsets are into `source`. */
  push(hit: Hit, source: string): void {
    const { kind } = hit.entry;
    const entryId = idOf(this.entryIdOf, this.entryTable, hit.entry);
    const textId = kind === 'blocker' ? 0 : this.textId(entryId, source, hit.start, hit.end);
    this.append(hit, entryId, textId);
    if ((kind === 'full' || kind === 'native') && possessiveAfter(source, hit.end))
      this.possessives[this.count - 1] = 1;
  }

  /** Appends a hit whose mention text was taken earlier (blocks.ts keeps hits between resolutions). */
  pushWithText(hit: Hit, text: string): void {
    const entryId = idOf(this.entryIdOf, this.entryTable, hit.entry);
    const blocker = hit.entry.kind === 'blocker';
    this.append(hit, entryId, blocker ? 0 : idOf(this.textIdOf, this.textTable, text));
  }

  private append(hit: Hit, entryId: number, textId: number): void {
    if (this.count === this.starts.length) this.grow();
    const h = this.count++;
    this.starts[h] = hit.start;
    this.ends[h] = hit.end;
    this.places[h] = hit.place === true ? 1 : 0;
    this.possessives[h] = 0;
    this.entryIds[h] = entryId;
    this.cueIds[h] = hit.cue === undefined ? 0 : idOf(this.cueIdOf, this.cueTable, hit.cue);
    this.textIds[h] = textId;
  }

  /** `source.slice(start, end)` as a text id, reusing the entry's last text when spelled the same way. */
  private textId(entryId: number, source: string, start: number, end: number): number {
    const lastId = this.lastTextOf[entryId] ?? 0;
    if (lastId !== 0) {
      const last = this.textTable[lastId]!;
      if (last.length === end - start && source.startsWith(last, start)) return lastId;
    }
    const id = this.textTable.length;
    this.textTable.push(source.slice(start, end));
    this.lastTextOf[entryId] = id;
    return id;
  }

  private grow(): void {
    this.starts = growInts(this.starts);
    this.ends = growInts(this.ends);
    this.entryIds = growInts(this.entryIds);
    this.cueIds = growInts(this.cueIds);
    this.textIds = growInts(this.textIds);
    this.places = growBytes(this.places);
    this.possessives = growBytes(this.possessives);
  }
}

function growBytes(bytes: Uint8Array): Uint8Array {
  const grown = new Uint8Array(bytes.length * 2);
  grown.set(bytes);
  return grown;
}

/** The id of `value` in `table` (its index), appending it on first sight. */
export function idOf<T>(ids: Map<T, number>, table: (T | undefined)[], value: T): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = table.length;
    table.push(value);
    ids.set(value, id);
  }
  return id;
}

/** A compiled matcher: the automaton, the entries of its patterns and the scan's quick verdicts. */
export interface Matcher {
  automaton: Automaton;
  index: AliasIndex;
  quick: QuickReject;
}

/** Occurrences that passed the full boundary checks, plus scratch for orderByStart. */
class RawHits extends MatchBuffer {
  order: Int32Array = new Int32Array(1024);
}

// One buffer each for every segment and call (findHits is synchronous and not re-entered).
const sharedScan = new MatchBuffer();
const sharedRaw = new RawHits();

/**
 * All hits in `norm` (the normalised `source`), non-overlapping, in text order, with their title
 * cues read and their offsets mapped back to `source`.
 */
export function findHits(matcher: Matcher, norm: Normalised, source: string): Hit[] {
  const { entries } = matcher.index;
  const found = sharedScan;
  found.count = 0;
  scan(matcher.automaton, norm.codes, norm.length, found, matcher.quick);
  const raw = sharedRaw;
  raw.count = 0;
  for (let k = 0; k < found.count; k++) {
    const pattern = found.patterns[k]!;
    const entry = entries[pattern]!;
    const stop = acceptedEnd(norm, source, entry, found.starts[k]!, found.ends[k]!);
    if (stop >= 0) raw.push(found.starts[k]!, stop, pattern);
    else if (
      entry.needsTitle &&
      entry.script === CharClass.Hangul &&
      norm.codes[found.ends[k]!] === 0x20
    ) {
      const name = spacedHangulName(matcher.index, norm, found.starts[k]!, found.ends[k]!);
      if (name) raw.push(found.starts[k]!, name.end, name.pattern);
    }
  }
  // `cue` is present from the start so every hit keeps one shape (no property added later).
  const kept: Hit[] = [];
  for (const k of selectLongest(raw)) {
    kept.push({
      start: raw.starts[k]!,
      end: raw.ends[k]!,
      entry: entries[raw.patterns[k]!]!,
      cue: undefined,
      place: false,
    });
  }
  const hits = absorbUnlistedNames(keepWordNamesInContext(kept, norm), norm, source, matcher.index);
  let prev: Hit | undefined;
  let prevEnd = -1;
  for (const hit of hits) {
    const { kind, script, needsContext } = hit.entry;
    if (kind === 'surname' && isCjk(script)) {
      const reading = readingEnd(norm, hit.start, hit.end);
      if (reading >= 0) {
        // 金永南(キム・ヨンナム): the reading names whom the name before it names (or no one we know).
        // It is shown, but registers no second naming (which would weigh the figure double).
        hit.entry = prevEnd === hit.start - 1 ? prev!.entry : NOBODY;
        hit.end = reading;
        hit.place = true;
      } else if (
        script !== CharClass.Hangul &&
        dottedNameBefore(norm, source, hit.start, prevEnd)
      ) {
        // 伊万卡·特朗普: a given name of its own script dotted before the surname is someone else's,
        // most often a relative's, so later bare uses of the surname are left to the figure.
        hit.entry = NOBODY;
      } else {
        hit.cue =
          titleCueAfter(norm, skipReading(norm, hit.end)) ??
          (needsContext ? PERSON_CUE : undefined);
      }
    } else if ((kind === 'surname' || kind === 'given') && !isCjk(script)) {
      hit.cue = mayHaveCueBefore(norm, hit.start)
        ? titleBefore(wordsBefore(norm, hit.start))
        : undefined;
      // "Mrs. Clinton", "Secretary Clinton": a title no bearer of the name could have is someone else's.
      if (hit.cue && kind === 'surname' && fitsNoBearer(hit.entry, hit.cue, matcher.index))
        hit.entry = unlistedBlocker(hit.entry.key);
    } else if (kind === 'full' && script === CharClass.Latin) {
      hit.place = namesPlace(norm, source, hit.end);
    }
    prev = hit;
    prevEnd = hit.end;
    hit.start = sourceIndex(norm, hit.start);
    hit.end = sourceIndex(norm, hit.end);
  }
  return hits;
}

/** A name that hides the hit under it and claims no later reference (its key is no one's). */
const NOBODY = unlistedBlocker('');

/** Words that make a preceding full name the name of a place or institution. */
const PLACE_WORDS = new Set(
  (
    'square stadium university airport street avenue bridge station hall school academy college ' +
    'prize medal order mausoleum palace library foundation institute youth league'
  ).split(' '),
);

/** "Kim Il Sung Square", "Kim Il Sung Military University": a capitalised place word within two words. */
function namesPlace(norm: Normalised, source: string, end: number): boolean {
  let at = end;
  for (let n = 0; n < 2 && norm.codes[at] === 0x20 && at + 1 < norm.length; n++) {
    const from = at + 1;
    let to = from;
    while (to < norm.length && charClasses()[norm.codes[to]!] === CharClass.Latin) to++;
    if (to === from || lowerOrCaseless(source, sourceIndex(norm, from))) return false;
    if (PLACE_WORDS.has(sliceCodes(norm, from, to))) return true;
    at = to;
  }
  return false;
}

function isCjk(script: CharClass): boolean {
  return script === CharClass.Hangul || script === CharClass.Han || script === CharClass.Kana;
}

/** Where an accepted occurrence ends (a Cyrillic case ending may extend it), or -1 if the boundaries reject it. */
function acceptedEnd(
  norm: Normalised,
  source: string,
  entry: AliasEntry,
  start: number,
  end: number,
): number {
  switch (entry.script) {
    case CharClass.Latin:
      return latinBoundsOk(norm, source, start, end, entry.kind === 'full') ? end : -1;
    case CharClass.Cyrillic:
      return cyrillicEnd(norm, start, end);
    case CharClass.Hangul:
    case CharClass.Han:
    case CharClass.Kana: {
      const hangul = entry.script === CharClass.Hangul;
      if (entry.needsTitle) {
        // Korean writes "김 위원장" with a space; without it "위원장" would read as surname 위 + 원장.
        if (hangul && (norm.codes[end] !== 0x20 || !hangulStartOk(norm, start))) return -1;
        if (titleCueAfter(norm, end)) return end;
        return entry.abbreviates && koreanHeadlineAbbreviation(norm, start, end) ? end : -1;
      }
      if (entry.script === CharClass.Han && entry.kind === 'given') {
        return hanGivenNameStandsAlone(norm, start, end) ? end : -1;
      }
      if (entry.script === CharClass.Han && hanNameInWord(norm, start, end)) return -1;
      if (hangul && !hangulBoundsOk(norm, start, end)) return -1;
      if (hangul && entry.kind !== 'surname' && hangulByline(norm, end)) return -1;
      if (entry.script === CharClass.Kana && !kanaBoundsOk(norm, start, end)) return -1;
      return end;
    }
    default:
      return end;
  }
}

/** Leftmost-longest selection over raw hits; returns the indexes kept, in text order. */
function selectLongest(raw: RawHits): number[] {
  const order = orderByStart(raw);
  const kept: number[] = [];
  const { starts, ends, count } = raw;
  for (let i = 0; i < count; i++) {
    const k = order[i]!;
    const last = kept[kept.length - 1];
    if (last === undefined || starts[k]! >= ends[last]!) kept.push(k);
    else if (ends[k]! - starts[k]! > ends[last]! - starts[last]!) kept[kept.length - 1] = k;
  }
  return kept;
}

/**
 * Hit indexes by start, longer first. Hits arrive ordered by end and names are short, so each is
 * at most a few places out of order: insertion sort is linear here (Array#sort would add a log).
 */
function orderByStart(raw: RawHits): Int32Array {
  const { starts, ends, count } = raw;
  if (raw.order.length < count) raw.order = new Int32Array(raw.starts.length);
  const order = raw.order;
  for (let i = 0; i < count; i++) {
    let j = i - 1;
    while (j >= 0) {
      const o = order[j]!;
      if (starts[o]! < starts[i]! || (starts[o] === starts[i] && ends[o]! >= ends[i]!)) break;
      order[j + 1] = o;
      j--;
    }
    order[j + 1] = i;
  }
  return order;
}
