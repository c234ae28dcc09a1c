/** Detection over a page's text nodes, mapped back to node offsets. */
import { describe, expect, it } from 'vitest';
import { detectInChunks, type TextChunk } from '@/utils/detect/text-nodes';

const chunk = (text: string, blockStart = false): TextChunk => ({ text, blockStart });

describe('detectInChunks', () => {
  it('maps a mention inside one node', () => {
    const [found] = detectInChunks([chunk('Hello '), chunk('Kim Jong Un'), chunk(' said.')]);
    expect(found).toMatchObject({
      start: { chunkIndex: 1, offset: 0 },
      end: { chunkIndex: 1, offset: 11 },
    });
    expect(found!.mention.figureId).toBe('kim-jong-un');
  });

  it('joins inline-adjacent nodes into one name', () => {
    const [found] = detectInChunks([
      chunk('Met '),
      chunk('Kim'),
      chunk(' Jong Un'),
      chunk(' today'),
    ]);
    expect(found).toMatchObject({
      start: { chunkIndex: 1, offset: 0 },
      end: { chunkIndex: 2, offset: 8 },
    });
    expect(found!.mention.figureId).toBe('kim-jong-un');
  });

  it('never joins a name across a block boundary', () => {
    const found = detectInChunks([chunk('Sung', true), chunk('Kim', true)]);
    expect(found.every((f) => f.start.chunkIndex === f.end.chunkIndex)).toBe(true);
    expect(found.some((f) => f.mention.figureId === 'sung-kim')).toBe(false);
  });

  it('resolves across nodes as one document', () => {
    const found = detectInChunks([
      chunk('Sung Kim arrived.', true),
      chunk('Later ', true),
      chunk('Kim'),
      chunk(' spoke.'),
    ]);
    const last = found[found.length - 1]!;
    expect(last.mention.figureId).toBe('sung-kim');
    expect(last.start).toEqual({ chunkIndex: 2, offset: 0 });
    expect(last.end).toEqual({ chunkIndex: 2, offset: 3 });
  });

  it('skips empty nodes', () => {
    const [found] = detectInChunks([chunk(''), chunk('Noh Kyu-duk'), chunk('')]);
    expect(found).toMatchObject({
      start: { chunkIndex: 1, offset: 0 },
      end: { chunkIndex: 1, offset: 11 },
    });
  });

  it('passes the date through', () => {
    const [found] = detectInChunks([chunk('President Lee said')], { date: '2009-01-01' });
    expect(found!.mention.figureId).toBe('lee-myung-bak');
  });

  it('returns nothing for no chunks', () => {
    expect(detectInChunks([])).toEqual([]);
  });
});
