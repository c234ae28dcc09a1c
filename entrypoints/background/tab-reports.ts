/** What each tab's frames last reported; lets the popup say who is on a tab across frames. */
import type { PageFigure, PageSummary } from '@/utils/protocol';

const reports = new Map<number, Map<number, PageSummary>>();

/** Records the latest report of one frame. */
export function recordReport(tabId: number, frameId: number, summary: PageSummary): void {
  if (frameId === 0 && reports.get(tabId)?.get(0)?.url !== summary.url) reports.delete(tabId);
  const frames = reports.get(tabId) ?? new Map<number, PageSummary>();
  frames.set(frameId, summary);
  reports.set(tabId, frames);
}

/** Forgets a tab (closed). */
export function forgetTab(tabId: number): void {
  reports.delete(tabId);
}

/** The tab's top frame summary with the figures of every frame added up; null if none known. */
export function mergedReport(tabId: number, top?: PageSummary): PageSummary | null {
  // Pausing is per tab (the top frame's site): a paused top frame means no frame marks anything.
  if (top && !top.active) return { ...top, figures: [] };
  const frames = new Map(reports.get(tabId));
  if (top) frames.set(0, top);
  const main = frames.get(0) ?? [...frames.values()][0];
  if (!main) return null;
  const counts = new Map<string, number>();
  for (const frame of frames.values()) {
    for (const figure of frame.figures)
      counts.set(figure.id, (counts.get(figure.id) ?? 0) + figure.count);
  }
  const figures: PageFigure[] = [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { ...main, figures };
}
