import { describe, expect, it } from 'vitest';
import { sentencesContaining, splitSentences } from '@/utils/text/sentences';

const cut = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it.each([
    [
      'splits on full stops followed by a space',
      'Kim met Moon. They talked.',
      ['Kim met Moon.', 'They talked.'],
    ],
    [
      'keeps U.S. and Mr. inside the sentence',
      'The U.S. envoy met Mr. Kim. Talks stalled.',
      ['The U.S. envoy met Mr. Kim.', 'Talks stalled.'],
    ],
    [
      'keeps closing quotes with their sentence',
      '“We are ready,” he said. “Anytime.” Then he left.',
      ['“We are ready,” he said.', '“Anytime.”', 'Then he left.'],
    ],
    [
      'ends a sentence at a paragraph break',
      'A headline\n\nThe body text. More.',
      ['A headline', 'The body text.', 'More.'],
    ],
    [
      'splits CJK full stops without spaces',
      '김정은이 말했다。회담이 끝났다。',
      ['김정은이 말했다。', '회담이 끝났다。'],
    ],
    [
      'does not split decimals',
      'It grew 2.5 percent. Then fell.',
      ['It grew 2.5 percent.', 'Then fell.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(cut(text)).toEqual(expected);
  });

  it('returns ranges that never overlap and cover only text', () => {
    const text = '  One.  Two!   Three?  ';
    expect(cut(text)).toEqual(['One.', 'Two!', 'Three?']);
  });
});

describe('sentencesContaining', () => {
  it('keeps each sentence once, in order, even with several spans inside it', () => {
    const text = 'Kim met Kim. Nobody else. Kim left.';
    const sentences = splitSentences(text);
    const hits = sentencesContaining(sentences, [
      [0, 3],
      [8, 11],
      [26, 29],
    ]);
    expect(hits.map(([s, e]) => text.slice(s, e))).toEqual(['Kim met Kim.', 'Kim left.']);
  });
});
