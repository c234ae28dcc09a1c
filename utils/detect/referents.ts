/**
 * Who has been named so far in a document, per surname or given-name key. Full names and unlisted
 * people are known up front (in text order); resolved references are appended as the resolver
 * walks forward, so both lists stay sorted without insertions.
 */

/** Someone mentioned at `at`: a catalogue figure, or null for an unlisted person. */
export interface Referent {
  at: number;
  figureId: string | null;
}

/** How far back a reader's memory reaches: bounds the work per reference on huge inputs. */
const MEMORY = 64;

/** The referents of one document. */
export class ReferentLog {
  private readonly named = new Map<string, Referent[]>();
  private readonly resolved = new Map<string, Referent[]>();

  /** Records a full name or an unlisted person (call in text order). */
  addNamed(key: string, referent: Referent): void {
    push(this.named, key, referent);
  }

  /** Records a resolved reference (call in text order). */
  addResolved(key: string, referent: Referent): void {
    push(this.resolved, key, referent);
  }

  /**
   * Visits referents before `at`, nearest first (at most MEMORY of them), until `visit` returns
   * something other than undefined, and returns that.
   */
  findEarlier<T>(
    key: string,
    at: number,
    visit: (referent: Referent) => T | undefined,
  ): T | undefined {
    const named = this.named.get(key);
    const resolved = this.resolved.get(key);
    let i = named ? firstAtOrAfter(named, at) - 1 : -1;
    let j = resolved ? firstAtOrAfter(resolved, at) - 1 : -1;
    for (let n = 0; n < MEMORY && (i >= 0 || j >= 0); n++) {
      const r =
        j < 0 || (i >= 0 && named![i]!.at > resolved![j]!.at) ? named![i--]! : resolved![j--]!;
      const result = visit(r);
      if (result !== undefined) return result;
    }
    return undefined;
  }

  /** Named referents after `at`, nearest first (at most MEMORY of them). */
  later(key: string, at: number): Referent[] {
    const named = this.named.get(key) ?? [];
    const from = firstAtOrAfter(named, at + 1);
    return named.slice(from, from + MEMORY);
  }
}

function push(map: Map<string, Referent[]>, key: string, referent: Referent): void {
  const list = map.get(key);
  if (list) list.push(referent);
  else map.set(key, [referent]);
}

function firstAtOrAfter(list: readonly Referent[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
