/** Page text is hostile: words that are Object.prototype members must read as ordinary words. */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';

const WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype'];

describe('prototype words around names', () => {
  it.each(WORDS)('"%s" before a surname is no title', (word) => {
    const mentions = detect(
      `Kim Jong Un spoke. The ${word} Kim left. ${word} Moon. ${word} of state Kim.`,
    );
    expect(mentions.map((m) => [m.text, m.figureId])).toEqual([
      ['Kim Jong Un', 'kim-jong-un'],
      ['Kim', 'kim-jong-un'],
      ['Kim', 'kim-jong-un'],
    ]);
  });

  it.each(WORDS)('"%s" after a Korean or Chinese surname is no title', (word) => {
    expect(() => detect(`김 ${word} 金${word} Ким ${word}`)).not.toThrow();
  });
});
