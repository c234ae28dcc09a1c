/** One scan of a frame: read the text in one pass, detect, then paint in one pass. */
import { detectInChunks } from '@/utils/detect/text-nodes';
import type { PageFigure } from '@/utils/protocol';
import type { Highlighter } from './highlights';
import { collectPageText } from './page-text';

/** What one scan found. */
export interface ScanResult {
  figures: PageFigure[];
  marks: number;
  ms: number;
}

/** Scans `root`, paints confident mentions, and counts figures. */
export function scanFrame(root: Node, date: string | null, highlighter: Highlighter): ScanResult {
  const started = performance.now();
  const chunks = collectPageText(root);
  const found = detectInChunks(
    chunks.map(({ text, blockStart }) => ({ text, blockStart })),
    { date, lang: root.ownerDocument?.documentElement.lang || null },
  );
  const counts = new Map<string, number>();
  const ranges: Range[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  for (const { mention, start, end } of found) {
    if (!mention.figureId) continue;
    counts.set(mention.figureId, (counts.get(mention.figureId) ?? 0) + 1);
    const range = doc.createRange();
    range.setStart(chunks[start.chunkIndex]!.node, start.offset);
    range.setEnd(chunks[end.chunkIndex]!.node, end.offset);
    ranges.push(range);
  }
  highlighter.paint(ranges);
  const figures = [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { figures, marks: ranges.length, ms: performance.now() - started };
}
