/**
 * Who has been named so far in a document, per surname or given-name key. Full names and unlisted
 * people are known up front (in text order); resolved references are appended as the resolver
 * walks forward, so both lists stay sorted without insertions. A document that grows at its end
 * (a feed) adds its new full names and unlisted people after everyone's, then `extend`s.
 *
 * Each list is two parallel arrays (offsets as small integers, figure ids) rather than one object
 * per referent: a long page has tens of thousands of them, and objects that live that long are
 * copied and promoted by the GC (which made 10 MB cost far more than ten times 1 MB).
 */
import { countBefore } from './document';

/** How far back a reader's memory reaches: bounds the work per reference on huge inputs. */
const MEMORY = 64;

/** Referents of one key: `at[i]` is where someone was mentioned, `id[i]` the figure (null: an unlisted person). */
interface Column {
  at: number[];
  id: (string | null)[];
}

/** Resolved references of one key, with how many went to each figure (counted when first asked). */
interface ResolvedColumn extends Column {
  counts: Map<string | null, number>;
  counted: number;
}

/** The distinct referents named in full bearing a key, in the order of their first mention. */
interface FirstNamed {
  ids: (string | null)[];
  at: number[];
}

/** What the log knows under one key: kept in one record, so a reference costs one lookup. */
interface KeyRecord {
  /** Unlisted people bearing the key (in text order, before any lookup). */
  unlisted: number[] | undefined;
  /** Merged on first use (see namedFor), with `first`. */
  named: Column | undefined;
  first: FirstNamed | undefined;
  resolved: ResolvedColumn | undefined;
}

/** The referents of one document. */
export class ReferentLog {
  /**
   * Everyone named up front, once each, in text order: full names per figure, unlisted people per
   * key. A figure bears several keys (Kim, Ким, 김, 金, キム, Jong Un …); the per-key lists merge
   * its bearers' lists, only for keys a reference asks about, on first use.
   */
  private readonly byFigure = new Map<string, number[]>();
  private readonly keys = new Map<string, KeyRecord>();
  /**
   * Full names and unlisted people recorded after the first lookup (a document that grew at its
   * end), not yet in the per-key lists merged by then (see extend); undefined before any merge.
   */
  private pending: { at: number; id: string | null; key: string }[] | undefined = undefined;
  // References of one key come in runs: the last key's record is asked again and again.
  private lastKey: string | undefined = undefined;
  private lastRecord: KeyRecord | undefined = undefined;

  /**
   * `bearersOf(key)`: the catalogue figures bearing a surname or given-name key; `keysOf(id)`:
   * the keys a figure bears.
   */
  constructor(
    private readonly bearersOf: (key: string) => readonly string[] | undefined,
    private readonly keysOf: (figureId: string) => readonly string[] | undefined,
  ) {}

  /** Records a full name of a figure at `at` (in text order; after a lookup, call extend next). */
  addFigure(at: number, figureId: string): void {
    this.pending?.push({ at, id: figureId, key: '' });
    const list = this.byFigure.get(figureId);
    if (list) list.push(at);
    else this.byFigure.set(figureId, [at]);
  }

  /** Records an unlisted person bearing `key` at `at` (in text order; after a lookup, extend next). */
  addUnlisted(key: string, at: number): void {
    this.pending?.push({ at, id: null, key });
    const record = this.recordOf(key);
    if (record.unlisted) record.unlisted.push(at);
    else record.unlisted = [at];
  }

  /** Records a resolved reference (call in text order). */
  addResolved(key: string, at: number, figureId: string): void {
    const record = this.recordOf(key);
    let column = record.resolved;
    if (column === undefined) {
      column = { at: [], id: [], counts: new Map(), counted: 0 };
      record.resolved = column;
    }
    column.at.push(at);
    column.id.push(figureId);
  }

  private recordOf(key: string): KeyRecord {
    if (key === this.lastKey) return this.lastRecord!;
    let record = this.keys.get(key);
    if (record === undefined) {
      record = { unlisted: undefined, named: undefined, first: undefined, resolved: undefined };
      this.keys.set(key, record);
    }
    this.lastKey = key;
    this.lastRecord = record;
    return record;
  }

  /** The named referents bearing `key`, in text order: a merge of its bearers' lists (built on first use). */
  private namedFor(record: KeyRecord, key: string): Column {
    return record.named ?? this.mergeNamed(record, key);
  }

  private mergeNamed(record: KeyRecord, key: string): Column {
    this.pending ??= [];
    const lists: number[][] = [];
    const ids: (string | null)[] = [];
    for (const id of this.bearersOf(key) ?? []) {
      const list = this.byFigure.get(id);
      if (list) {
        lists.push(list);
        ids.push(id);
      }
    }
    if (record.unlisted) {
      lists.push(record.unlisted);
      ids.push(null);
    }
    if (lists.length <= 1) {
      // One referent (most keys): the column is a copy of its list, nothing to merge.
      const list = lists[0] ?? [];
      record.named = { at: list.slice(), id: new Array<string | null>(list.length).fill(ids[0]!) };
      record.first = list.length === 0 ? { ids: [], at: [] } : { ids: [ids[0]!], at: [list[0]!] };
      return record.named;
    }
    const column: Column = { at: [], id: [] };
    // The distinct referents in the order of their first mention, noted on the way.
    const first: FirstNamed = { ids: [], at: [] };
    // Each list's next offset (Infinity once it is used up); ties go to the earlier list.
    const heads = lists.map((list) => list[0]!);
    const next = lists.map(() => 0);
    for (;;) {
      let best = -1;
      let bestAt = Infinity;
      for (let l = 0; l < heads.length; l++) {
        if (heads[l]! < bestAt) {
          best = l;
          bestAt = heads[l]!;
        }
      }
      if (best < 0) break;
      const list = lists[best]!;
      const n = ++next[best]!;
      heads[best] = n < list.length ? list[n]! : Infinity;
      if (n === 1 && !first.ids.includes(ids[best]!)) {
        first.ids.push(ids[best]!);
        first.at.push(bestAt);
      }
      column.at.push(bestAt);
      column.id.push(ids[best]!);
    }
    record.first = first;
    record.named = column;
    return column;
  }

  /**
   * Takes in the full names and unlisted people recorded since the first lookup, all after
   * everyone recorded before (hits appended to the document): the per-key lists merged so far
   * get them at their end, as a merge of the lists as they are now would have them.
   */
  extend(): void {
    const pending = this.pending;
    if (pending === undefined || pending.length === 0) return;
    // In text order, each to the merged lists of the keys it bears (an unlisted person: its own).
    for (const { at, id, key } of pending) {
      for (const of of id === null ? [key] : (this.keysOf(id) ?? [])) {
        const { named, first } = this.keys.get(of) ?? {};
        if (named === undefined || first === undefined) continue;
        named.at.push(at);
        named.id.push(id);
        if (!first.ids.includes(id)) {
          first.ids.push(id);
          first.at.push(at);
        }
      }
    }
    pending.length = 0;
  }

  /**
   * Visits the figure ids of referents before `at`, nearest first (at most MEMORY of them), until
   * `visit` returns something other than undefined, and returns that (`context` is handed to
   * `visit`, so callers need no closure per call).
   */
  findEarlier<C, T>(
    key: string,
    at: number,
    context: C,
    visit: (figureId: string | null, context: C, at: number) => T | undefined,
  ): T | undefined {
    const record = this.recordOf(key);
    const named = this.namedFor(record, key);
    const resolved = record.resolved;
    let i = countBefore(named.at, at) - 1;
    let j = resolved ? lastBefore(resolved.at, at) : -1;
    for (let n = 0; n < MEMORY && (i >= 0 || j >= 0); n++) {
      const fromNamed = j < 0 || (i >= 0 && named.at[i]! > resolved!.at[j]!);
      const result = fromNamed
        ? visit(named.id[i]!, context, named.at[i--]!)
        : visit(resolved!.id[j]!, context, resolved!.at[j--]!);
      if (result !== undefined) return result;
    }
    return undefined;
  }

  /**
   * The distinct referents named in full (figure ids, null for unlisted people) bearing `key`, in
   * the order of their first mention, with where that was.
   */
  firstNamed(key: string): FirstNamed {
    const record = this.recordOf(key);
    if (record.first === undefined) this.mergeNamed(record, key); // merging the key's lists notes its firsts
    return record.first!;
  }

  /**
   * The distinct referents named in full bearing `key` after `at` (at most MEMORY mentions read):
   * undefined when there are none, the id itself when all are one (the common case, no array made).
   */
  namedAfter(key: string, at: number): string | null | (string | null)[] | undefined {
    const named = this.namedFor(this.recordOf(key), key);
    const from = countBefore(named.at, at + 1);
    const to = Math.min(named.at.length, from + MEMORY);
    if (from >= to) return undefined;
    const first = named.id[from]!;
    let i = from + 1;
    while (i < to && named.id[i] === first) i++;
    if (i === to) return first;
    const ids: (string | null)[] = [first];
    for (; i < to; i++) if (!ids.includes(named.id[i]!)) ids.push(named.id[i]!);
    return ids;
  }

  /**
   * How prominent a referent is before `upTo`: its full names there plus the references under
   * `key` resolved to it before the reference at `at` (all so far, when resolving forward); for
   * unlisted people bearing `key`, how often they were named there.
   */
  weight(key: string, figureId: string | null, upTo: number, at = Infinity): number {
    const record = this.recordOf(key);
    if (figureId === null) return countBefore(record.unlisted ?? [], upTo);
    const named = countBefore(this.byFigure.get(figureId) ?? [], upTo);
    const column = record.resolved;
    if (column === undefined) return named;
    // Counted only when a weight is asked for (rarely), so resolving stays two pushes per reference.
    for (; column.counted < column.id.length; column.counted++) {
      const id = column.id[column.counted]!;
      column.counts.set(id, (column.counts.get(id) ?? 0) + 1);
    }
    let resolved = column.counts.get(figureId) ?? 0;
    // A reference resolved again after those behind it (blocks.ts, after an append): only the
    // ones before it count, as when it was resolved in its turn.
    for (let i = column.at.length - 1; i >= 0 && column.at[i]! >= at; i--) {
      if (column.id[i] === figureId) resolved--;
    }
    return named + resolved;
  }
}

/**
 * The index of the last of the sorted `list` below `at` (-1: none): countBefore − 1, at once when
 * `at` is past the whole list (resolved references are asked about from after the last one).
 */
function lastBefore(list: readonly number[], at: number): number {
  const n = list.length;
  return n === 0 || list[n - 1]! < at ? n - 1 : countBefore(list, at) - 1;
}
