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

const AFTER: [string, RoleKind[] | null][] = [
  ['국무위원장', CHAIR],
  // Kim Jong Il's title as chairman of the National Defence Commission ("김 국방위원장").
  ['국방위원장', CHAIR],
  ['위원장', CHAIR],
  ['총비서', LEADER],
  ['대통령', PRESIDENT],
  ['당선인', PRESIDENT],
  ['주석', ['president', 'leader']],
  ['총리', PM],
  ['외무상', FM],
  ['외교부장', FM],
  // 부위원장 before 부부장 and 부장: a party or committee vice chairman (김영철 in 2018).
  ['부위원장', ['party-official']],
  ['부부장', ['party-official']],
  ['부장', FM],
  ['장관', [...MINISTER, 'secretary-of-state']],
  // 한반도평화교섭본부장: Seoul's chief nuclear envoy ("노 본부장").
  ['본부장', ENVOY],
  ['특별대표', ENVOY],
  ['대표', ENVOY],
  ['특사', ENVOY],
  ['대사', AMBASSADOR],
  ['안보실장', ADVISER],
  ['실장', [...ADVISER, 'chief-of-staff']],
  ['국정원장', SPY],
  ['원장', SPY],
  ['의원', ['lawmaker']],
  ['사무총장', LEADER],
  ['씨', null],
  ['委員長', CHAIR],
  ['委员长', CHAIR],
  ['総書記', LEADER],
  ['總書記', LEADER],
  ['总书记', LEADER],
  ['大統領', PRESIDENT],
  ['总统', PRESIDENT],
  ['總統', PRESIDENT],
  ['主席', ['president', 'leader']],
  ['首相', PM],
  ['総理', PM],
  ['总理', PM],
  ['總理', PM],
  ['外相', FM],
  ['外长', FM],
  ['外長', FM],
  ['国务卿', SECRETARY],
  ['國務卿', SECRETARY],
  ['大使', AMBASSADOR],
  ['特使', ENVOY],
  ['特別代表', ENVOY],
  ['特别代表', ENVOY],
  ['副委員長', ['party-official']],
  ['副委员长', ['party-official']],
  ['副部長', ['party-official']],
  ['副部长', ['party-official']],
  ['氏', null],
  ['先生', null],
];

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
