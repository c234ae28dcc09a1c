/**
 * Well-known people outside the catalogue whose names begin with a catalogue surname. They are
 * matched like aliases so that the longest match wins and they claim the bare surname after them.
 * Latin names need no list (an adjacent capitalised given name is detected), but Hangul and Chinese
 * names do, since the bare surname is not matched on its own there.
 */

/** [written name, surname key it claims]. */
export const UNLISTED_PEOPLE: readonly (readonly [string, string])[] = [
  ['Kim Jong Nam', 'Kim'],
  ['Kim Kardashian', 'Kim'],
  ['Kim Yu-na', 'Kim'],
  ['Kim Young-sam', 'Kim'],
  ['Kim Keon-hee', 'Kim'],
  ['Ri Sol Ju', 'Ri'],
  ['Park Chung-hee', 'Park'],
  ['Donald Trump Jr', 'Trump'],
  ['Shinjiro Koizumi', 'Koizumi'],
  ['Koizumi Shinjiro', 'Koizumi'],
  ['김정남', '김'],
  ['김건희', '김'],
  ['김영삼', '김'],
  ['김종필', '김'],
  ['김용현', '김'],
  ['김의겸', '김'],
  ['김연아', '김'],
  ['리설주', '리'],
  ['이설주', '이'],
  ['박정희', '박'],
  ['노태우', '노'],
  ['문정인', '문'],
  ['이승만', '이'],
  ['이낙연', '이'],
  ['金正男', '金'],
  ['金建希', '金'],
  ['金泳三', '金'],
  ['朴正熙', '朴'],
  ['李雪主', '李'],
  ['小泉進次郎', '小泉'],
  ['小泉进次郎', '小泉'],
  ['安倍昭恵', '安倍'],
  // A Western figure's wife in the scripts whose given names the matcher cannot tell.
  ['힐러리 클린턴', '클린턴'],
  ['ヒラリー・クリントン', 'クリントン'],
];
