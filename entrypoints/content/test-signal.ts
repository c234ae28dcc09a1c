import type { PageFigure } from '@/utils/protocol';
import type { FullPassTimes } from './scanner';

/**
 * What a frame's content script publishes after each pass in test builds (read by the e2e and
 * Firefox harnesses and the page benchmark).
 */
export interface ScanSignal {
  state: 'active' | 'paused';
  tabId: number;
  /** Passes completed, full or incremental. */
  scans: number;
  fullScans: number;
  figures: PageFigure[];
  /** Mentions marked (after the caps). */
  marks: number;
  /** The last pass, from its start to its end (ms). */
  ms: number;
  /** Mutation records the frame has seen. */
  records: number;
  /** Messages the frame has sent to the background. */
  sent: number;
  /** 'viewport' while a long page's first marks are up and the rest is being read. */
  phase?: 'viewport';
  /** When it was published (ms since navigation). */
  at: number;
  /** Tasks of ours so far (test builds time every one), their time in all and by kind. */
  tasks: number;
  busyMs: number;
  busyByKind: Record<string, number>;
  /** The longest task of ours so far. */
  longestTaskMs: number;
  /** The longest single step of a job and the phase it was in. */
  longestStep: { ms: number; phase: string };
  errors: number;
  firstError: string;
  /** The last full pass: viewport marked after, compile time, total (ms from its start). */
  lastFull: FullPassTimes;
  /** The last change pass, phase by phase (ms) and how many runs it resolved again. */
  lastChange: Record<string, number>;
  /** More mentions than marks. */
  capped: boolean;
}

/**
 * Test builds only (`wxt build --mode test`): publish what the last scan found on the frame's
 * root element so end-to-end tests wait on a fact instead of sleeping. Production builds drop it.
 */
export function publishTestSignal(doc: Document, state: ScanSignal): void {
  if (import.meta.env.MODE !== 'test') return;
  const text = JSON.stringify(state);
  doc.documentElement.dataset.backchannelScan = text;
  doc.dispatchEvent(new CustomEvent('backchannel:scan', { detail: text }));
}

/** Test builds only: the card opened (or closed), and how long its first render took. */
export function publishCardSignal(doc: Document, state: Record<string, unknown>): void {
  if (import.meta.env.MODE !== 'test') return;
  const text = JSON.stringify(state);
  doc.documentElement.dataset.backchannelCard = text;
  doc.dispatchEvent(new CustomEvent('backchannel:card', { detail: text }));
}
