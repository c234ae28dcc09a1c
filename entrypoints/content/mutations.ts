/**
 * What changed on the page since the last pass. One MutationObserver for the document and every
 * open shadow root we read; its callback only keeps the records (no DOM reads, no detection) and
 * asks for a pass. Past MAX_RECORDS the details are dropped and the next pass re-reads the page.
 */
import { asOurTask } from './slices';
import { isOwnNode } from './card/mount';

/**
 * A record that only adds or removes elements Backchannel inserted (the card's host). Our hosts
 * go in as children of the root element (card/mount.ts, card/drawer.ts): a record of any other
 * target is the page's, told apart without reading its node lists (which made most of the
 * callback's time on a growing feed).
 */
function isOwnRecord(record: MutationRecord, rootElement: Element | null): boolean {
  if (record.type !== 'childList' || record.target !== rootElement) return false;
  // Indexed: the callback runs for every change of the page, spreading NodeLists walks iterators.
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (let i = 0; i < addedNodes.length; i++) if (!isOwnNode(addedNodes[i]!)) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!isOwnNode(removedNodes[i]!)) return false;
  return true;
}

/** Beyond this many records a pass reads the whole page again instead of following each one. */
export const MAX_RECORDS = 1000;

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Changes recorded since the last take(). */
export interface Changes {
  records: MutationRecord[];
  /** More than MAX_RECORDS records came: re-read the page. */
  overflow: boolean;
  /** Records seen in all (including those dropped past the limit). */
  seen: number;
}

/** Records the page's changes; `onChange` is called after each batch (it should only schedule). */
export class MutationLog {
  private readonly observer: MutationObserver;
  private batches: MutationRecord[][] = [];
  private count = 0;
  private overflow = false;
  private observed = new WeakSet<Node>();
  /** Records seen over the log's life. */
  total = 0;

  constructor(
    private readonly doc: Document,
    onChange: () => void,
  ) {
    this.observer = new MutationObserver(
      asOurTask('observer', (all: MutationRecord[]) => {
        // Opening and closing the card adds and removes our own host: not a change of the page.
        const rootElement = doc.documentElement;
        const records: MutationRecord[] = [];
        for (const record of all) if (!isOwnRecord(record, rootElement)) records.push(record);
        if (records.length === 0) return;
        this.keep(records);
        onChange();
      }),
    );
  }

  private keep(records: MutationRecord[]): void {
    this.total += records.length;
    this.count += records.length;
    if (this.overflow) return;
    if (this.count > MAX_RECORDS) {
      this.overflow = true;
      this.batches = [];
    } else this.batches.push(records);
  }

  /** Starts watching the document (again). */
  start(): void {
    this.observe(this.doc);
  }

  /** Watches a root too (an open shadow root the reader entered); idempotent. */
  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
  }

  /** Whether the records since the last take() passed MAX_RECORDS. */
  get overflowed(): boolean {
    return this.overflow;
  }

  /** Whether something is waiting for a pass. */
  get pending(): boolean {
    return this.count > 0;
  }

  /** Takes what changed so far (including records the observer has not delivered yet). */
  take(): Changes {
    const late = this.observer.takeRecords();
    if (late.length > 0) this.keep(late);
    const changes: Changes = {
      records: this.batches.flat(),
      overflow: this.overflow,
      seen: this.count,
    };
    this.batches = [];
    this.count = 0;
    this.overflow = false;
    return changes;
  }

  /** Stops watching everything and forgets what was recorded. */
  stop(): void {
    this.observer.disconnect();
    this.batches = [];
    this.count = 0;
    this.overflow = false;
    this.observed = new WeakSet(); // a disconnect forgets every root: observe them again on restart
  }
}
