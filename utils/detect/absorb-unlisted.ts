/**
 * Unlisted people whose name contains a catalogue surname or given name (Kim Jong-nam, Lee Jong-seok,
 * Young Kim, Hunter Biden, Kim Kardashian, Ли Су Ен): the hit grows over the adjacent given name and
 * becomes a blocker, so it is not shown and it claims later bare uses of the surname. A Korean name
 * in a spelling the catalogue does not list ("Park Jiwon", "Wi Sung-lak") is read as its figure.
 */
import { latinEntry } from './alias-entry';
import type { AliasEntry, AliasIndex } from './aliases';
import { lowerOrCaseless } from './boundaries';
import { CharClass } from './char-class';
import {
  KOREAN_SIDES,
  koreanFigureNamed,
  reversedNameEntry,
  variantFullEntry,
} from './korean-names';
import type { Hit } from './match';
import {
  afterHyphen,
  headlineVerb,
  inTitleCaseLine,
  latinTokenBefore,
  nameLike,
  participle,
  tokenAt,
} from './name-tokens';
import { nameBefore, SPOKEN } from './name-as-word';
import { type Normalised, sliceCodes, sourceIndex } from './normalise';
import { looksLikeKoreanGivenName } from './romanised-korean';

const SPACE = 0x20;
const MAX_RIGHT_TOKENS = 3;

/** An unlisted person under `key`: not shown, claims later bare uses of the key. */
export function unlistedBlocker(key: string): AliasEntry {
  return latinEntry('blocker', [], key, false);
}

/** A Korean given name read after a surname or before it: where it lies and how it is spelled. */
interface GivenName {
  start: number;
  end: number;
  /** Lowercase syllables, spaced as the text spaces or hyphenates them ("jong seok", "jiwon"). */
  text: string;
}

/**
 * A Korean given name right after `end`: one joined or hyphenated name ("Jiwon", "Jong-seok") or two
 * capitalised syllables ("Jong Kook"), crossing only given-name or surname hits ("Moon Chung-in").
 */
function givenNameAfter(
  norm: Normalised,
  source: string,
  end: number,
  nextHit: Hit | undefined,
): GivenName | undefined {
  if (norm.codes[end] !== SPACE) return undefined;
  const first = tokenAt(norm, end + 1, CharClass.Latin);
  if (!first || !nameLike(norm, source, first) || afterHyphen(norm, source, first))
    return undefined;
  let last = first;
  if (norm.codes[first.end] === SPACE) {
    const second = tokenAt(norm, first.end + 1, CharClass.Latin);
    if (second && nameLike(norm, source, second)) last = second;
  }
  const crossed = nextHit !== undefined && nextHit.start < last.end;
  if (crossed && (nextHit.entry.kind === 'full' || nextHit.entry.kind === 'native'))
    return undefined;
  if (crossed && nextHit.end > last.end) return undefined;
  const text = sliceCodes(norm, first.start, last.end);
  if (looksLikeKoreanGivenName(text)) return { start: first.start, end: last.end, text };
  if (last === first) return undefined;
  const one = sliceCodes(norm, first.start, first.end);
  if (nextHit && nextHit.start < first.end) return undefined;
  return looksLikeKoreanGivenName(one)
    ? { start: first.start, end: first.end, text: one }
    : undefined;
}

/** A Korean given name written before the surname ("Jiwon Park", "Kyung-wha Kang", "Song Kim"). */
function givenNameBefore(norm: Normalised, source: string, start: number): GivenName | undefined {
  if (start < 2 || norm.codes[start - 1] !== SPACE || source[sourceIndex(norm, start - 1)] === '-')
    return undefined;
  let first = latinTokenBefore(norm, start - 1);
  if (!first) return undefined;
  const last = first;
  if (afterHyphen(norm, source, first) && first.start >= 2) {
    const before = latinTokenBefore(norm, first.start - 1);
    if (!before || lowerOrCaseless(source, sourceIndex(norm, before.start))) return undefined;
    first = before;
  } else if (!nameLike(norm, source, first)) return undefined;
  const text = sliceCodes(norm, first.start, last.end);
  return looksLikeKoreanGivenName(text) ? { start: first.start, end: last.end, text } : undefined;
}

/** Replaces hits that are part of a longer unlisted name by blockers spanning that name. */
export function absorbUnlistedNames(
  hits: Hit[],
  norm: Normalised,
  source: string,
  index: AliasIndex,
): Hit[] {
  const out: Hit[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const { kind, script, key } = hit.entry;
    const before =
      kind === 'surname' ? nameBefore(norm, source, hit.start, script === CharClass.Cyrillic) : -1;
    const grown =
      before !== -1
        ? {
            start: before === SPOKEN ? hit.start : before,
            end: hit.end,
            entry: unlistedBlocker(key),
            cue: undefined,
            place: false,
          }
        : hit.entry.script === CharClass.Latin
          ? growLatin(hit, hits[h + 1], out[out.length - 1], norm, source, index)
          : hit.entry.script === CharClass.Cyrillic && hit.entry.kind === 'surname'
            ? growCyrillic(hit, hits[h + 1], norm, source, index)
            : undefined;
    if (!grown) {
      out.push(hit);
      continue;
    }
    // A name read before the surname takes the given-name hit it may hold ("Kyung-wha Kang").
    while (out.length > 0 && out[out.length - 1]!.end > grown.start) out.pop();
    out.push(grown);
    while (h + 1 < hits.length && hits[h + 1]!.start < grown.end) h++; // hits inside the name go
  }
  return out;
}

/** The hit a Latin surname, given name or two-word full name grows into, or undefined when it stands alone. */
function growLatin(
  hit: Hit,
  nextHit: Hit | undefined,
  prevHit: Hit | undefined,
  norm: Normalised,
  source: string,
  index: AliasIndex,
): Hit | undefined {
  const { entry } = hit;
  const anchor = entry.kind === 'blocker';
  if (entry.kind !== 'surname' && entry.kind !== 'given' && !entry.pairName && !anchor)
    return undefined;
  if (!entry.koreanSurname || entry.kind === 'given') {
    return anchor ? undefined : growWestern(hit, nextHit, prevHit, norm, source);
  }
  const after = givenNameAfter(norm, source, hit.end, nextHit);
  if (after) {
    const [surname, pairGiven] = wordsOf(norm, hit);
    const given = pairGiven === '' ? after.text : `${pairGiven} ${after.text}`;
    const figure = koreanFigureNamed(index, surname, given);
    return {
      start: hit.start,
      end: after.end,
      entry: figure ? variantFullEntry(index, figure) : unlistedBlocker(keyOf(entry, surname)),
      cue: undefined,
      place: false,
    };
  }
  const before = entry.kind !== 'full' ? givenNameBefore(norm, source, hit.start) : undefined;
  if (before && takesOver(prevHit, before)) {
    const figure = koreanFigureNamed(index, wordsOf(norm, hit)[0], before.text);
    return {
      start: before.start,
      end: hit.end,
      entry: figure ? reversedNameEntry(index, figure) : unlistedBlocker(entry.key),
      cue: undefined,
      place: false,
    };
  }
  return anchor ? undefined : growWestern(hit, nextHit, prevHit, norm, source);
}

/** Whether a given name read before a surname may take the hit before it (only a given name inside it). */
function takesOver(prevHit: Hit | undefined, given: GivenName): boolean {
  if (prevHit === undefined || prevHit.end <= given.start) return true;
  return prevHit.entry.kind === 'given' && prevHit.start >= given.start;
}

/** A hit's surname and, for a two-word name ("Kim Song"), its given name (else ""). */
function wordsOf(norm: Normalised, hit: Hit): [string, string] {
  const first = tokenAt(norm, hit.start, CharClass.Latin)!;
  const surname = sliceCodes(norm, first.start, first.end);
  return [surname, first.end < hit.end ? sliceCodes(norm, first.end + 1, hit.end) : ''];
}

function keyOf(entry: AliasEntry, surname: string): string {
  return entry.kind === 'surname' ? entry.key : `s:${surname}`;
}

/**
 * Western-style growth: a capitalised word after a surname makes it a given name ("Kim Kardashian",
 * "Abe Lincoln") except in a title-case headline ("Kim Blasts Seoul"); one before it makes it a
 * surname ("Hunter Biden", "Young Kim"). The stop list keeps "Biden Administration" and "Kim Says".
 */
function growWestern(
  hit: Hit,
  nextHit: Hit | undefined,
  prevHit: Hit | undefined,
  norm: Normalised,
  source: string,
): Hit | undefined {
  const { entry } = hit;
  const nextStart = nextHit?.start ?? Infinity;
  let end = hit.end;
  // A first name grows too: "Dennis Wilson" is not Dennis Rodman.
  const growsRight = entry.kind === 'surname' || entry.kind === 'given' || entry.pairName;
  let headline: boolean | undefined;
  for (let n = 0; growsRight && n < MAX_RIGHT_TOKENS && norm.codes[end] === SPACE; n++) {
    const token = tokenAt(norm, end + 1, CharClass.Latin);
    if (!token || token.start >= nextStart || !nameLike(norm, source, token)) break;
    headline ??= inTitleCaseLine(source, sourceIndex(norm, hit.start));
    if (headline && headlineVerb(sliceCodes(norm, token.start, token.end))) break;
    end = token.end;
  }
  let start = hit.start;
  if (
    entry.kind !== 'full' &&
    start >= 2 &&
    norm.codes[start - 1] === SPACE &&
    source[sourceIndex(norm, start - 1)] !== '-'
  ) {
    const token = latinTokenBefore(norm, start - 1);
    if (
      token &&
      token.start >= (prevHit?.end ?? -1) &&
      nameLike(norm, source, token) &&
      !participle(sliceCodes(norm, token.start, token.end))
    )
      start = token.start;
  }
  if (start === hit.start && end === hit.end) return undefined;
  const first = tokenAt(norm, start, CharClass.Latin)!;
  // A first name that grew rightwards claims later uses of that first name ("Dennis Wilson" … "Dennis").
  const own = entry.kind === 'surname' || (entry.kind === 'given' && start === hit.start);
  const key = own ? entry.key : `s:${sliceCodes(norm, first.start, first.end)}`;
  return { start, end, entry: unlistedBlocker(key), cue: undefined, place: false };
}

/** Korean syllables as Russian writes them are short: "Ли Су Ен", "Ким Ён Нам" (a case ending may follow). */
const MAX_CYRILLIC_SYLLABLE = 6;

/**
 * "Ли Су Еном": a Korean surname in Cyrillic followed by one or two short capitalised words is
 * someone's full name; when it is no catalogue figure's (those are matched whole), it blocks.
 */
function growCyrillic(
  hit: Hit,
  nextHit: Hit | undefined,
  norm: Normalised,
  source: string,
  index: AliasIndex,
): Hit | undefined {
  if (!hit.entry.figureIds.some((id) => KOREAN_SIDES.has(index.figures.get(id)!.side)))
    return undefined;
  let end = hit.end;
  for (let n = 0; n < 2 && norm.codes[end] === SPACE; n++) {
    const token = tokenAt(norm, end + 1, CharClass.Cyrillic);
    if (!token || token.end - token.start > MAX_CYRILLIC_SYLLABLE) break;
    if (lowerOrCaseless(source, sourceIndex(norm, token.start))) break;
    if (nextHit && nextHit.start < token.end) break;
    end = token.end;
  }
  if (end === hit.end) return undefined;
  return {
    start: hit.start,
    end,
    entry: unlistedBlocker(hit.entry.key),
    cue: undefined,
    place: false,
  };
}
