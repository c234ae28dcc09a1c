/** One scan of a frame: read the text in one pass, detect, then paint in one pass. */
import { detectInChunks } from '@/utils/detect/text-nodes';
import type { PageFigure } from '@/utils/protocol';
import type { Highlighter } from './highlights';
import { NO_OVERRIDES, type PageOverrides } from '@/utils/page-overrides';
import { applyOverrides, indexMentions, type MentionIndex, type PageMention } from './mentions';
import { collectPageText } from './page-text';

/** What one scan found. */
export interface ScanResult {
  figures: PageFigure[];
  marks: number;
  ms: number;
  mentions: MentionIndex;
}

/** An ambiguous mention is marked (dotted) only when a reader could pick from its candidates. */
const MAX_CHOICES = 4;

export const EMPTY_SCAN: ScanResult = { figures: [], marks: 0, ms: 0, mentions: indexMentions([]) };

/** Scans `root`, paints linked and ambiguous mentions, and counts figures. */
export function scanFrame(
  root: Node,
  date: string | null,
  highlighter: Highlighter,
  overrides: PageOverrides = NO_OVERRIDES,
): ScanResult {
  const started = performance.now();
  const chunks = collectPageText(root);
  const found = detectInChunks(
    chunks.map(({ text, blockStart }) => ({ text, blockStart })),
    { date, lang: root.ownerDocument?.documentElement.lang || null },
  );
  const counts = new Map<string, number>();
  const mentions: PageMention[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  for (const { mention: raw, start, end } of found) {
    const mention = applyOverrides(raw, overrides);
    const choices = mention?.candidates?.length ?? 0;
    if (!mention || (!mention.figureId && (choices < 2 || choices > MAX_CHOICES))) continue;
    if (mention.figureId) counts.set(mention.figureId, (counts.get(mention.figureId) ?? 0) + 1);
    const range = doc.createRange();
    range.setStart(chunks[start.chunkIndex]!.node, start.offset);
    range.setEnd(chunks[end.chunkIndex]!.node, end.offset);
    mentions.push({
      range,
      text: mention.text,
      kind: mention.kind,
      figureId: mention.figureId,
      candidates: mention.figureId ? undefined : mention.candidates,
    });
  }
  highlighter.paint(
    mentions.filter((m) => m.figureId).map((m) => m.range),
    mentions.filter((m) => !m.figureId).map((m) => m.range),
  );
  const figures = [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return {
    figures,
    marks: mentions.length,
    ms: performance.now() - started,
    mentions: indexMentions(mentions),
  };
}
