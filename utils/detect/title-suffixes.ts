/** Korean and Chinese/Japanese titles read right after a surname ("김 위원장", "金委員長"). */
import { type Normalised, startsWithAt } from './normalise';
import {
  ADVISER,
  AMBASSADOR,
  CHAIR,
  ENVOY,
  FM,
  internCue,
  LEADER,
  MINISTER,
  PM,
  PRESIDENT,
  SECRETARY,
  SPY,
  type TitleCue,
} from './title-cues';
import type { RoleKind } from './types';

/**
 * Titles after a surname, by the offices they point at. No title starts another that begins with
 * the same unit, so the order in which they are tried does not matter.
 */
const AFTER_BY_OFFICE: [RoleKind[] | null, string][] = [
  // 국방위원장: Kim Jong Il's title as chairman of the National Defence Commission ("김 국방위원장").
  [CHAIR, '국무위원장 국방위원장 위원장 委員長 委员长'],
  [LEADER, '총비서 사무총장 総書記 總書記 总书记'],
  [PRESIDENT, '대통령 大統領 总统 總統'],
  [['president', 'leader'], '주석 主席'],
  [PM, '총리 首相 総理 总理 總理'],
  [FM, '외무상 외교부장 부장 外相 外长 外長'],
  // 부위원장: a party or committee vice chairman (김영철 in 2018).
  [['party-official'], '부위원장 부부장 副委員長 副委员长 副部長 副部长'],
  [[...MINISTER, 'secretary-of-state'], '장관'],
  // 본부장: 한반도평화교섭본부장, Seoul's chief nuclear envoy ("노 본부장").
  [ENVOY, '본부장 특별대표 대표 특사 特使 特別代表 特别代表'],
  [AMBASSADOR, '대사 大使'],
  [ADVISER, '안보실장'],
  [[...ADVISER, 'chief-of-staff'], '실장'],
  [SPY, '국정원장 원장'],
  [['lawmaker'], '의원'],
  [SECRETARY, '国务卿 國務卿'],
  // 당선인: elected, not yet in office (윤 당선인 in March 2022): a title, but no office yet.
  [null, '씨 당선인 氏 先生'],
];

const AFTER: [string, RoleKind[] | null][] = AFTER_BY_OFFICE.flatMap(([roles, words]) =>
  words.split(' ').map((word): [string, RoleKind[] | null] => [word, roles]),
);

/** Reads a title right after a Hangul/CJK surname ending at `at` (an optional space, "전"/"前" for former). */
export function titleAfter(
  norm: Normalised,
  at: number,
): { cue: TitleCue; length: number } | undefined {
  const cue = titleCueAfter(norm, at);
  return cue && { cue, length: titleLength };
}

/** The length of the last title titleCueAfter found. */
let titleLength = 0;
/** The interned cue of AFTER[t] at 2t, its former's at 2t + 1 (made on first use). */
const afterCues: TitleCue[] = [];

/** The titles by their first unit: AFTER's indexes, in AFTER's order (the first that matches wins). */
const AFTER_BY_FIRST = new Map<number, number[]>();
for (let t = 0; t < AFTER.length; t++) {
  const first = AFTER[t]![0].charCodeAt(0);
  const list = AFTER_BY_FIRST.get(first);
  if (list) list.push(t);
  else AFTER_BY_FIRST.set(first, [t]);
}

/** titleAfter's cue, without an object per call (most hits ask only whether there is one). */
export function titleCueAfter(norm: Normalised, at: number): TitleCue | undefined {
  let offset = at;
  if (norm.codes[offset] === 0x20) offset++;
  if (offset >= norm.length || TITLE_START[norm.codes[offset]!] !== 1) return undefined; // most 金 are not 金委員長
  if (startsWithAt(norm, offset, NEW_PREFIX)) offset += NEW_PREFIX.length; // "노 신임 본부장"
  let former = 0;
  for (const prefix of FORMER_PREFIXES) {
    if (startsWithAt(norm, offset, prefix)) {
      former = 1;
      offset += prefix.length;
      break;
    }
  }
  // Only a title starting with the unit at `offset` can match: read only those.
  const list = offset < norm.length ? AFTER_BY_FIRST.get(norm.codes[offset]!) : undefined;
  if (list === undefined) return undefined;
  for (const t of list) {
    const [word, roles] = AFTER[t]!;
    if (startsWithAt(norm, offset, word)) {
      titleLength = offset + word.length - at;
      return (afterCues[2 * t + former] ??= internCue(roles, true, undefined, former === 1));
    }
  }
  return undefined;
}

const FORMER_PREFIXES = ['전 ', '前 ', '前', '元'];
/** "Newly appointed" between a surname and its title: the title is read after it. */
const NEW_PREFIX = '신임 ';
/** First units of the titles (and former-prefixes) read after a surname. */
export const TITLE_START = new Uint8Array(65536);
for (const w of [...AFTER.map(([word]) => word), ...FORMER_PREFIXES, NEW_PREFIX])
  TITLE_START[w.charCodeAt(0)] = 1;
