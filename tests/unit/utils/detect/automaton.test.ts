/** The Aho–Corasick automaton finds exactly what a naive search finds (at word starts for anchored scripts). */
import { describe, expect, it } from 'vitest';
import { buildAutomaton, MatchBuffer, scan } from '@/utils/detect/automaton';
import { normalise } from '@/utils/detect/normalise';

/** No quick verdict: every occurrence is kept. */
const KEEP_ALL = { bits: new Uint8Array(0), rejectAfter: new Uint8Array(65536) };

function find(patterns: string[], text: string): [string, number][] {
  const a = buildAutomaton(patterns);
  const n = normalise(text);
  const found = new MatchBuffer();
  scan(a, n.codes, n.length, found, KEEP_ALL);
  const out: [string, number][] = [];
  for (let k = 0; k < found.count; k++) out.push([patterns[found.patterns[k]!]!, found.starts[k]!]);
  return out.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
}

describe('automaton', () => {
  it.each([
    [
      'overlapping Latin names at word starts',
      ['kim', 'kim jong un', 'jong un'],
      'kim jong un',
      [
        ['kim', 0],
        ['kim jong un', 0],
        ['jong un', 4],
      ],
    ],
    ['no Latin match inside a word', ['im', 'lee'], 'time fleet him', []],
    ['Latin after punctuation', ['kim'], '(kim)', [['kim', 1]]],
    [
      'Han matches as substrings',
      ['金正恩', '金'],
      '朝鲜金正恩',
      [
        ['金', 2],
        ['金正恩', 2],
      ],
    ],
    ['Hangul only at a word start', ['김정은'], '북한김정은 김정은이', [['김정은', 6]]],
    ['katakana only at a word start', ['プーチン'], 'プーチン大統領', [['プーチン', 0]]],
    ['Cyrillic at word starts', ['путин'], 'путина распутин', [['путин', 0]]],
    [
      'a failure link into a word-start suffix',
      ['sung kim', 'kim jong un'],
      'sung kim jong un',
      [
        ['sung kim', 0],
        ['kim jong un', 5],
      ],
    ],
  ])('%s', (_name, patterns, text, expected) => {
    expect(find(patterns, text)).toEqual(
      [...expected].sort(
        (x, y) => (x[1] as number) - (y[1] as number) || String(x[0]).localeCompare(String(y[0])),
      ),
    );
  });
});
