/** The scan's quick verdicts only drop occurrences that the full boundary checks reject anyway. */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '@/bench/corpus';
import { buildAliasIndex } from '@/utils/detect/aliases';
import { buildAutomaton, MatchBuffer, scan } from '@/utils/detect/automaton';
import { quickRejectFor } from '@/utils/detect/boundaries';
import { FIGURES } from '@/utils/detect/catalogue';
import { findHits } from '@/utils/detect/match';
import { normalise } from '@/utils/detect/normalise';
import { mayHaveCueBefore, titleBefore, wordsBefore } from '@/utils/detect/title-cues';

const index = buildAliasIndex(FIGURES);
const automaton = buildAutomaton(index.patterns);
const quick = quickRejectFor(index.entries);
/** A matcher whose quick verdicts keep everything: only the full checks decide. */
const keepAll = { automaton, index, quick: { ...quick, bits: new Uint8Array(quick.bits.length) } };

const TEXTS: [string, string][] = [
  ['the benchmark corpus (mixed scripts)', generateCorpus(1 << 17, 11).text],
  [
    'names followed by every kind of neighbour',
    'Kimchi, Kim. Kim2 Kim’s Moon-led 김치 김 위원장 김위원장 김정은이 김정은씨 金委员长 黄金价格 金 委员长 ' +
      'トランプ大統領 トランプで トランプカード Путина Путиным Путинка Лавровым Лаврова. 习主席 習近平',
  ],
];

describe('quick reject in the scan', () => {
  it.each(TEXTS)('finds the same hits as the full checks alone: %s', (_, text) => {
    const norm = normalise(text);
    const withQuick = findHits({ automaton, index, quick }, norm, text);
    const norm2 = normalise(text);
    const without = findHits(keepAll, norm2, text);
    expect(withQuick.map((h) => [h.start, h.end, h.entry.key, h.cue])).toEqual(
      without.map((h) => [h.start, h.end, h.entry.key, h.cue]),
    );
    expect(withQuick.length).toBeGreaterThan(0);
  });

  it('drops most raw occurrences of the corpus before the full checks', () => {
    const text = TEXTS[0]![1];
    const norm = normalise(text);
    const all = new MatchBuffer();
    scan(automaton, norm.codes, norm.length, all, keepAll.quick);
    const kept = new MatchBuffer();
    scan(automaton, norm.codes, norm.length, kept, quick);
    expect(kept.count).toBeLessThan(all.count / 2);
  });

  it('skips reading title cues only where there is none to read', () => {
    const text = `${TEXTS[0]![1]} the constructor Kim. Former North Korean leader Kim. Пре­зидент Путин. U.S. envoy Kim`;
    const norm = normalise(text);
    let skipped = 0;
    let cues = 0;
    for (let i = 1; i < norm.length; i++) {
      if (norm.codes[i - 1] !== 0x20) continue;
      const cue = titleBefore(wordsBefore(norm, i));
      if (cue) cues++;
      if (!mayHaveCueBefore(norm, i)) {
        skipped++;
        expect(cue).toBeUndefined();
      }
    }
    expect(cues).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(cues);
  });
});
