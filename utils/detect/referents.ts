/**
 * Who has been named so far in a document, per surname or given-name key. Full names and unlisted
 * people are known up front (in text order); resolved references are appended as the resolver
 * walks forward, so both lists stay sorted without insertions.
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

/** The referents of one document. */
export class ReferentLog {
  /**
   * Everyone named up front, once each, in text order: full names per figure, unlisted people per
   * key. A figure bears several keys (Kim, Ким, 김, 金, キム, Jong Un …); the per-key lists merge
   * its bearers' lists, only for keys a reference asks about, on first use.
   */
  private readonly byFigure = new Map<string, number[]>();
  private readonly unlisted = new Map<string, number[]>();
  private readonly named = new Map<string, Column>();
  private readonly resolved = new Map<string, ResolvedColumn>();
  private readonly firsts = new Map<string, { ids: (string | null)[]; at: number[] }>();
  private lastKey: string | undefined = undefined;
  private lastColumn: Column | undefined = undefined;
  private lastFirstKey: string | undefined = undefined;
  private lastFirst: { ids: (string | null)[]; at: number[] } | undefined = undefined;

  /** `bearersOf(key)`: the catalogue figures bearing a surname or given-name key. */
  constructor(private readonly bearersOf: (key: string) => readonly string[] | undefined) {}

  /** Records a full name of a figure at `at` (call in text order, before any lookup). */
  addFigure(at: number, figureId: string): void {
    const list = this.byFigure.get(figureId);
    if (list) list.push(at);
    else this.byFigure.set(figureId, [at]);
  }

  /** Records an unlisted person bearing `key` at `at` (call in text order, before any lookup). */
  addUnlisted(key: string, at: number): void {
    const list = this.unlisted.get(key);
    if (list) list.push(at);
    else this.unlisted.set(key, [at]);
  }

  /** Records a resolved reference (call in text order). */
  addResolved(key: string, at: number, figureId: string): void {
    let column = this.resolved.get(key);
    if (column === undefined) {
      column = { at: [], id: [], counts: new Map(), counted: 0 };
      this.resolved.set(key, column);
    }
    column.at.push(at);
    column.id.push(figureId);
  }

  /** The named referents bearing `key`, in text order: a merge of its bearers' lists (built on first use). */
  private namedFor(key: string): Column {
    // References of one key come in runs: the last key's column is asked again and again.
    if (key === this.lastKey) return this.lastColumn!;
    let column = this.named.get(key);
    if (column === undefined) column = this.mergeNamed(key);
    this.lastKey = key;
    this.lastColumn = column;
    return column;
  }

  private mergeNamed(key: string): Column {
    const lists: number[][] = [];
    const ids: (string | null)[] = [];
    for (const id of this.bearersOf(key) ?? []) {
      const list = this.byFigure.get(id);
      if (list) {
        lists.push(list);
        ids.push(id);
      }
    }
    const blockers = this.unlisted.get(key);
    if (blockers) {
      lists.push(blockers);
      ids.push(null);
    }
    const column: Column = { at: [], id: [] };
    // The distinct referents in the order of their first mention, noted on the way.
    const first: { ids: (string | null)[]; at: number[] } = { ids: [], at: [] };
    const next = lists.map(() => 0);
    for (;;) {
      let best = -1;
      for (let l = 0; l < lists.length; l++) {
        const at = lists[l]![next[l]!];
        if (at !== undefined && (best < 0 || at < lists[best]![next[best]!]!)) best = l;
      }
      if (best < 0) break;
      const at = lists[best]![next[best]!++]!;
      if (next[best] === 1 && !first.ids.includes(ids[best]!)) {
        first.ids.push(ids[best]!);
        first.at.push(at);
      }
      column.at.push(at);
      column.id.push(ids[best]!);
    }
    this.firsts.set(key, first);
    this.named.set(key, column);
    return column;
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
    const named = this.namedFor(key);
    const resolved = this.resolved.get(key);
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
  firstNamed(key: string): { ids: (string | null)[]; at: number[] } {
    if (key === this.lastFirstKey) return this.lastFirst!;
    let first = this.firsts.get(key);
    if (first === undefined) first = this.readFirstNamed(key);
    this.lastFirstKey = key;
    this.lastFirst = first;
    return first;
  }

  private readFirstNamed(key: string): { ids: (string | null)[]; at: number[] } {
    this.namedFor(key); // merging the key's lists notes its firsts
    return this.firsts.get(key)!;
  }

  /**
   * The distinct referents named in full bearing `key` after `at` (at most MEMORY mentions read):
   * undefined when there are none, the id itself when all are one (the common case, no array made).
   */
  namedAfter(key: string, at: number): string | null | (string | null)[] | undefined {
    const named = this.namedFor(key);
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
   * `key` resolved to it so far; for unlisted people bearing `key`, how often they were named there.
   */
  weight(key: string, figureId: string | null, upTo: number): number {
    if (figureId === null) return countBefore(this.unlisted.get(key) ?? [], upTo);
    const named = countBefore(this.byFigure.get(figureId) ?? [], upTo);
    const column = this.resolved.get(key);
    if (column === undefined) return named;
    // Counted only when a weight is asked for (rarely), so resolving stays two pushes per reference.
    for (; column.counted < column.id.length; column.counted++) {
      const id = column.id[column.counted]!;
      column.counts.set(id, (column.counts.get(id) ?? 0) + 1);
    }
    return named + (column.counts.get(figureId) ?? 0);
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
