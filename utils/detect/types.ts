/** Shared types of the detection engine. Framework-free: used by the content script, the store builder and the CLI. */

/** Which side of the diplomacy a figure belongs to, as in figures.tsv. */
export type Side = 'DPRK' | 'DPRK→ROK' | 'ROK' | 'US' | 'Russia' | 'China' | 'Japan' | 'UN';

/** A dated role; `end` is absent while the role is held. Dates are ISO `YYYY` / `YYYY-MM` / `YYYY-MM-DD`. */
export interface Role {
  title: string;
  start: string;
  end?: string;
  /** What kind of office this is, so a title cue ("President Lee", "FM Cho") can select it. */
  kind?: RoleKind;
  /** The public reporting the role and its dates rest on. */
  sources?: SourceRef[];
}

/** One piece of public reporting a fact rests on, as a reader can follow it. */
export interface SourceRef {
  /** The publisher, e.g. "Yonhap", "The Associated Press", "US Department of State". */
  outlet: string;
  title: string;
  /** Publication date, ISO `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that is known). */
  date: string;
  /** An http(s) URL where the item can be read. */
  url: string;
}

/** Office kinds that English, Korean, Chinese and Japanese title words point at. */
export type RoleKind =
  | 'leader'
  | 'head-of-state'
  | 'president'
  | 'prime-minister'
  | 'foreign-minister'
  | 'minister'
  | 'secretary-of-state'
  | 'envoy'
  | 'ambassador'
  | 'security-adviser'
  | 'intelligence'
  | 'chief-of-staff'
  | 'party-official'
  | 'lawmaker'
  | 'other';

/** One figure of the catalogue, keyed by the fixed id of figures.tsv. */
export interface Figure {
  id: string;
  name: string;
  side: Side;
  roles: Role[];
  /** A short bio in our own words, from the facts of figures.tsv. */
  bio: string;
  /** Native-script names shown beside the display name (Hangul, Chinese, Cyrillic …). */
  nativeNames: string[];
  /** Every other written form of the full name, any script (variants, romanisations, renderings). */
  aliases?: string[];
  /** Bare family-name forms in any script; a leading `~` marks one that needs a title or an earlier mention. */
  surnames?: string[];
  /** Given-name-only forms readers use alone ("Jong-un", "Ju Ae"); a leading `~` marks one that needs the figure named in the document or a title. */
  givenNames?: string[];
  /** Set for women, so that "Mr. Kim" and "Ms. Kim" can tell people apart; not shown in the UI. */
  gender?: 'female';
  /** Date of death, ISO `YYYY` / `YYYY-MM` / `YYYY-MM-DD`, where it applies. */
  died?: string;
  /** When the open-ended roles were last checked against public reporting (`YYYY-MM`). */
  checked?: string;
  /** False when the native-script names could not be confirmed in a source (shown as unchecked). */
  nativeChecked?: boolean;
}

/** How a mention names its figure. */
export type MentionKind = 'full' | 'surname' | 'title' | 'given' | 'native';

/**
 * Why a mention was linked (or left ambiguous), short enough to quote in a bug report:
 * - `full-name`: the full name, in any script; `shared-name`: a full name two figures share;
 * - `title-cue`: the title or side before or after the name chose the one figure;
 * - `earlier-mention` / `later-full-name`: the nearest earlier referent, else the name given in full later;
 * - `subject`: the document's main referent of that name, over a passing mention nearer by;
 * - `date-prior`: the one bearer holding the top office at the document's date;
 * - `catalogue`: the only figure bearing the name; `ambiguous`: no rule settled it;
 * - `other-topic`: the page is about something else (film, sport, faith …): someone else by that name.
 */
export type MentionReason =
  | 'full-name'
  | 'shared-name'
  | 'title-cue'
  | 'earlier-mention'
  | 'later-full-name'
  | 'subject'
  | 'date-prior'
  | 'catalogue'
  | 'ambiguous'
  | 'other-topic';

/** One mention found in a text; offsets are UTF-16 indexes into the original text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The linked figure; absent when the mention is ambiguous. */
  figureId?: string;
  /** Candidate figure ids when the reader could not tell which one is meant. */
  candidates?: string[];
  /** 0..1; a confident link is ≥ 0.8. */
  confidence: number;
  /** How the engine decided (always set by detect; optional for mentions made elsewhere). */
  reason?: MentionReason;
}

/** What the caller knows about the document. */
export interface DetectOptions {
  /** The document's date, ISO `YYYY-MM-DD`, used to pick who held a title then. */
  date?: string | null;
  /** BCP 47 language code of the document, when known. */
  lang?: string | null;
}
