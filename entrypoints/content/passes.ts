/**
 * When the scanner runs. One pass at a time, in slices. After the page changes we wait for it to
 * be quiet (QUIET_MS without a change, never longer than MAX_WAIT_MS in all); a page that keeps
 * changing right after each pass gets a longer wait each time (backoff, up to MAX_QUIET_MS), and
 * re-reading the whole page (after a burst of records) happens at most every FULL_INTERVAL_MS.
 * Nothing runs while nothing changes: no polling.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { asOurTask, later, noteError, runInSlices, STOPPED, type Job } from './slices';

export const QUIET_MS = 60;
export const MAX_QUIET_MS = 2000;
export const MAX_WAIT_MS = 1500;
export const FULL_INTERVAL_MS = 1000;

/**
 * Which pass to run: the whole page, the changes recorded since the last one, or only the marks
 * (after a reader's correction, or when the viewport moved on a capped page).
 */
export type PassKind = 'full' | 'changes' | 'mark' | 'viewport';

export class PassScheduler {
  private running = false;
  private timer: number | undefined;
  /** Bumped by stop(): a pass of an older generation ends at its next slice. */
  private generation = 0;
  private fullWanted = false;
  private changesWanted = false;
  private markWanted: 'mark' | 'viewport' | null = null;
  /** Resolved when the next pass ends (every pass ends by marking with what is current). */
  private waiters: (() => void)[] = [];
  private quietMs = QUIET_MS;
  private firstChangeAt = 0;
  private lastChangeAt = 0;
  private lastPassEnd = -Infinity;
  private lastFullStart = -Infinity;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly pass: (kind: PassKind) => Job<void>,
    /** Whether the recorded changes call for a full pass (a burst over the record limit). */
    private readonly overflowed: () => boolean,
    private readonly done: (kind: PassKind) => void,
  ) {}

  /** Whether a pass is running or waiting. */
  get busy(): boolean {
    return this.running || this.timer !== undefined;
  }

  /** Reads the whole page: at once (`now`), or once the page is quiet (after a navigation). */
  requestFull(now: boolean): void {
    this.fullWanted = true;
    if (now && this.running) this.generation++; // what the running pass reads is stale
    if (now) {
      this.running = false;
      this.clearTimer();
      this.start();
    } else this.noteChange();
  }

  /** Marks again (no reading): now, or after the running pass; resolves once marked. */
  requestMark(kind: 'mark' | 'viewport'): Promise<void> {
    if (this.markWanted !== 'mark') this.markWanted = kind;
    const marked = new Promise<void>((done) => this.waiters.push(done));
    if (!this.running && this.timer === undefined) this.start();
    return marked;
  }

  /** The page changed (called from the mutation observer: only schedules). */
  noteChange(): void {
    const now = performance.now();
    this.changesWanted = true;
    this.lastChangeAt = now;
    if (this.firstChangeAt === 0) this.firstChangeAt = now;
    if (!this.running && this.timer === undefined) this.arm(this.quietMs);
  }

  /** Stops the running pass (at its next slice) and every wait. */
  stop(): void {
    this.generation++;
    this.running = false;
    this.clearTimer();
    this.fullWanted = false;
    this.changesWanted = false;
    this.markWanted = null;
    this.firstChangeAt = 0;
    this.quietMs = QUIET_MS;
    this.settleWaiters(); // nothing more will be marked: let them go
  }

  private settleWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const done of waiters) done();
  }

  /** The timer's callback, made once (the page may change before every pass). */
  private readonly timerTask = asOurTask('timer', () => {
    this.timer = undefined;
    this.onTimer();
  });

  private arm(ms: number): void {
    this.clearTimer();
    this.timer = later(this.ctx, this.timerTask, Math.max(0, ms));
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private onTimer(): void {
    if (this.running) return; // the pass re-arms when it ends
    const now = performance.now();
    const quietFor = now - this.lastChangeAt;
    const waited = now - this.firstChangeAt;
    if (this.changesWanted && quietFor < this.quietMs && waited < MAX_WAIT_MS) {
      this.arm(Math.min(this.quietMs - quietFor, MAX_WAIT_MS - waited));
      return;
    }
    const full = this.fullWanted || this.overflowed();
    if (full && now - this.lastFullStart < FULL_INTERVAL_MS) {
      this.arm(FULL_INTERVAL_MS - (now - this.lastFullStart));
      return;
    }
    this.start();
  }

  private start(): void {
    const reading = this.fullWanted || this.changesWanted;
    if (!reading && this.markWanted) {
      const kind = this.markWanted;
      this.markWanted = null;
      this.run(kind);
      return;
    }
    const kind: PassKind = this.fullWanted || this.overflowed() ? 'full' : 'changes';
    const startedAt = performance.now();
    // Changes soon after the last pass mean a busy page: wait longer next time.
    this.quietMs =
      startedAt - this.lastPassEnd < this.quietMs * 2
        ? Math.min(this.quietMs * 2, MAX_QUIET_MS)
        : QUIET_MS;
    if (kind === 'full') this.lastFullStart = startedAt;
    this.fullWanted = false;
    this.changesWanted = false;
    this.markWanted = null; // a pass ends by marking with what is current
    this.firstChangeAt = 0;
    this.run(kind);
  }

  private run(kind: PassKind): void {
    this.running = true;
    const generation = this.generation;
    const current = () => generation === this.generation && this.ctx.isValid;
    void runInSlices(this.pass(kind), current).then(
      // Ours too (the report to the background runs here), after the last slice's task.
      asOurTask('pass-end', (outcome: void | typeof STOPPED) => {
        if (!current()) return;
        this.running = false;
        this.lastPassEnd = performance.now();
        if (outcome !== STOPPED) this.done(kind);
        if (!this.markWanted) this.settleWaiters();
        if (this.fullWanted || this.changesWanted) this.arm(this.quietMs);
        else if (this.markWanted) this.start();
      }),
      (error: unknown) => {
        // A pass that threw leaves the last marks; the next change tries again.
        noteError(error);
        if (current()) this.running = false;
        this.settleWaiters();
      },
    );
  }
}
