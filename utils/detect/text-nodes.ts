/**
 * Detection over a page's text nodes as one document, for the content script: chunks are joined
 * (a block start gets a paragraph separator, so no name spans two blocks) and every mention is
 * mapped back to chunk indexes and offsets.
 */
import { detect } from './index';
import type { DetectOptions, Mention } from './types';

/** One text node's text; `blockStart` when it begins a new block (no name continues across). */
export interface TextChunk {
  text: string;
  blockStart: boolean;
}

/** A position inside one chunk. */
export interface ChunkPosition {
  chunkIndex: number;
  offset: number;
}

/** A mention with its start and (exclusive) end mapped to chunks. */
export interface ChunkMention {
  mention: Mention;
  start: ChunkPosition;
  end: ChunkPosition;
}

/** U+2029 PARAGRAPH SEPARATOR: the normaliser keeps it as a hard break that no alias crosses. */
const BLOCK_SEPARATOR = '\u2029';

/** Detects over `chunks` as one document; mentions come back in document order. */
export function detectInChunks(
  chunks: readonly TextChunk[],
  options?: DetectOptions,
  detectText: (text: string, options?: DetectOptions) => Mention[] = detect,
): ChunkMention[] {
  const starts: number[] = [];
  let text = '';
  chunks.forEach((chunk, i) => {
    if (i > 0 && chunk.blockStart) text += BLOCK_SEPARATOR;
    starts.push(text.length);
    text += chunk.text;
  });
  // The last chunk starting at or before `position`: empty chunks sharing a start are skipped.
  const chunkAt = (position: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return detectText(text, options).map((mention) => {
    const first = chunkAt(mention.start);
    const last = chunkAt(mention.end - 1);
    return {
      mention,
      start: { chunkIndex: first, offset: mention.start - starts[first]! },
      end: { chunkIndex: last, offset: mention.end - starts[last]! },
    };
  });
}
