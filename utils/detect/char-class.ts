/** Per-code-unit script classes, built once as a 64 KiB table, for boundary checks without RegExp. */

/**
 * Script classes of UTF-16 code units. An object rather than a `const enum`: the build compiles
 * each file on its own, so an enum stays an object built at run time and every use a property
 * read, where the minifier inlines each of these as its number.
 */
export const CharClass = {
  Other: 0,
  Latin: 1,
  Digit: 2,
  Hangul: 3,
  Han: 4,
  /** Katakana (hiragana is classed with Han). */
  Kana: 5,
  Cyrillic: 6,
  /** Letters of other scripts (Greek, Arabic, Thai …): they still glue words together. */
  OtherLetter: 7,
} as const;

/** Script class of a UTF-16 code unit. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

let table: Uint8Array | undefined;

function fill(t: Uint8Array, from: number, to: number, cls: CharClass): void {
  t.fill(cls, from, to + 1);
}

/** The shared class table (lazily built; about 0.1 ms). */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  fill(t, 0x30, 0x39, CharClass.Digit);
  fill(t, 0x41, 0x5a, CharClass.Latin);
  fill(t, 0x61, 0x7a, CharClass.Latin);
  fill(t, 0xc0, 0x24f, CharClass.Latin);
  t[0xd7] = t[0xf7] = CharClass.Other;
  fill(t, 0x1e00, 0x1eff, CharClass.Latin);
  fill(t, 0x370, 0x3ff, CharClass.OtherLetter);
  fill(t, 0x400, 0x52f, CharClass.Cyrillic);
  fill(t, 0x530, 0x8ff, CharClass.OtherLetter); // Armenian, Hebrew, Arabic, Syriac …
  fill(t, 0x900, 0xdff, CharClass.OtherLetter); // Indic scripts
  fill(t, 0xe00, 0xeff, CharClass.OtherLetter); // Thai, Lao
  fill(t, 0x1100, 0x11ff, CharClass.Hangul);
  fill(t, 0x3130, 0x318f, CharClass.Hangul);
  fill(t, 0xa960, 0xa97f, CharClass.Hangul);
  fill(t, 0xac00, 0xd7a3, CharClass.Hangul);
  fill(t, 0xd7b0, 0xd7ff, CharClass.Hangul);
  // Hiragana is mostly particles and endings that sit right against names ("ロシアのプーチン大統領",
  // "首相はトランプ氏と"): it must not glue to a katakana name, so it is classed with Han.
  fill(t, 0x3040, 0x309f, CharClass.Han);
  fill(t, 0x30a0, 0x30ff, CharClass.Kana);
  t[0x30fb] = CharClass.Other; // katakana middle dot separates names
  fill(t, 0x31f0, 0x31ff, CharClass.Kana);
  fill(t, 0x3400, 0x4dbf, CharClass.Han);
  fill(t, 0x4e00, 0x9fff, CharClass.Han);
  fill(t, 0xf900, 0xfaff, CharClass.Han);
  fill(t, 0xd800, 0xdbff, CharClass.OtherLetter); // astral characters: treat as word matter
  table = t;
  return t;
}

/** Whether a class glues to a Latin or Cyrillic name (a name must not touch it). */
export function isWordClass(cls: number): boolean {
  return (
    cls === CharClass.Latin ||
    cls === CharClass.Digit ||
    cls === CharClass.Cyrillic ||
    cls === CharClass.OtherLetter
  );
}
