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
  ['위원장', CHAIR],
  ['총비서', LEADER],
  ['대통령', PRESIDENT],
  ['당선인', PRESIDENT],
  ['주석', ['president', 'leader']],
  ['총리', PM],
  ['외무상', FM],
  ['외교부장', FM],
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
  const found = findTitleAfter(norm, at);
  if (found < 0) return undefined;
  return { cue: cueOf((found >> 1) & 127, (found & 1) === 1), length: found >> 8 };
}

/** The cue of the title right after `at` (titleAfter's, without an object per call). */
export function titleCueAfter(norm: Normalised, at: number): TitleCue | undefined {
  const found = findTitleAfter(norm, at);
  return found < 0 ? undefined : cueOf((found >> 1) & 127, (found & 1) === 1);
}

/** Whether a title follows `at` (titleAfter's question, for the checks that need no cue). */
export function hasTitleAfter(norm: Normalised, at: number): boolean {
  return findTitleAfter(norm, at) >= 0;
}

/**
 * The title after `at`: -1 when none, else (its end − at) << 8 | (its index in AFTER) << 1 | former.
 */
function findTitleAfter(norm: Normalised, at: number): number {
  let offset = at;
  if (norm.codes[offset] === 0x20) offset++;
  if (offset >= norm.length || TITLE_START[norm.codes[offset]!] !== 1) return -1; // most 金 are not 金委員長
  let former = 0;
  for (const prefix of FORMER_PREFIXES) {
    if (startsWithAt(norm, offset, prefix)) {
      former = 1;
      offset += prefix.length;
      break;
    }
  }
  for (let t = 0; t < AFTER.length; t++) {
    const word = AFTER[t]![0];
    if (startsWithAt(norm, offset, word))
      return ((offset + word.length - at) << 8) | (t << 1) | former;
  }
  return -1;
}

// findTitleAfter packs a title's index in 7 bits.
if (AFTER.length > 127) throw new Error('title-suffixes: too many titles to pack');

/** The interned cue of AFTER[t], former or not (made on first use; cues are shared objects). */
const afterCues: (TitleCue | undefined)[] = [];
function cueOf(t: number, former: boolean): TitleCue {
  const slot = t * 2 + (former ? 1 : 0);
  return (afterCues[slot] ??= internCue(AFTER[t]![1], true, undefined, former));
}

const FORMER_PREFIXES = ['전 ', '前 ', '前', '元'];
/** First units of the titles (and former-prefixes) read after a surname. */
export const TITLE_START = new Uint8Array(65536);
for (const w of [...AFTER.map(([word]) => word), ...FORMER_PREFIXES])
  TITLE_START[w.charCodeAt(0)] = 1;
