/**
 * One document being resolved: what the resolver knows about it (referents, topics, paragraphs)
 * and about the reference in hand. Kept apart from the per-date context (resolve.ts), which is
 * shared between documents.
 */
import type { AliasIndex } from './aliases';
import type { DocumentFeatures, KeyTopics } from './document';
import { isOtherTopic, politicalWords } from './page-topic';
import type { ReferentLog } from './referents';
import { deadLongBefore } from './role-dates';
import type { TitleCue } from './title-cues';
import type { Figure, Side } from './types';

/** Sides whose names many people share (Korean, Chinese and Japanese names). */
const COMMON_NAMES: ReadonlySet<Side> = new Set<Side>([
  'DPRK',
  'DPRK→ROK',
  'ROK',
  'China',
  'Japan',
]);

/** What a reading needs of the per-date context. */
export interface ReadingContext {
  readonly index: AliasIndex;
  readonly date: string | null;
  figure(id: string): Figure;
}

/** Whether a cue names an office or a side (and so picks among bearers on its own). */
export function isSpecific(cue: TitleCue | undefined): boolean {
  return cue !== undefined && ((cue.roles !== null && cue.titled) || cue.side !== undefined);
}

/** A document being resolved, and the reference in hand (set by `begin`). */
export class DocumentReading<C extends ReadingContext> {
  key = '';
  cue: TitleCue | undefined = undefined;
  specific = false;
  /** Where the reference in hand starts, and its hit. */
  at = 0;
  hit = 0;
  /** Where the referent acceptEarlier accepted was named. */
  foundAt = 0;
  /** Scratch for resolve.ts preferSubject: the nearest referent, its paragraph, the paragraph's first. */
  nearestId: string | null = null;
  subjectFrom = -1;
  subject: string | null | undefined = undefined;
  /** A long-dead referent passed over on the way back, taken when nobody else is found. */
  deadFallback: string | undefined = undefined;
  private ownParagraph = -1;
  /** Whether the words around the key in hand are about something else, once asked. */
  private keyOther: boolean | undefined = undefined;
  private readonly otherTopicOf = new Map<string, boolean>();
  private readonly fullNameOther = new Map<string, boolean>();
  /**
   * elsewhere's answers per key and figure: they hold for the whole document (unlisted people and
   * topics are known before the first reference), and references ask about a few figures in turn.
   */
  private readonly elsewhereOf = new Map<string, Map<string, boolean>>();
  /** The key in hand's answers (one of elsewhereOf's). */
  private keyElsewhere = new Map<string, boolean>();
  private readonly deadLong = new Map<Figure, boolean>();
  private recalledHit = -1;
  private recalledAnswer = false;

  constructor(
    /** Where full names followed by a possessive were named ("Kim Jong Un's sister"). */
    readonly modifiers: ReadonlySet<number>,
    readonly context: C,
    readonly referents: ReferentLog,
    private readonly topics: KeyTopics,
    private readonly features: DocumentFeatures,
  ) {}

  /** Starts on the reference at `at` under `key`. */
  begin(key: string, cue: TitleCue | undefined, at: number, hit: number): void {
    // Whether the key's words are about something else holds for the whole document: kept while
    // references of one key follow each other.
    if (key !== this.key) {
      this.keyOther = undefined;
      let answers = this.elsewhereOf.get(key);
      if (answers === undefined) this.elsewhereOf.set(key, (answers = new Map()));
      this.keyElsewhere = answers;
    }
    this.key = key;
    this.hit = hit;
    this.cue = cue;
    this.specific = isSpecific(cue);
    this.at = at;
    this.foundAt = at;
    this.deadFallback = undefined;
    this.subject = undefined;
    this.ownParagraph = -1;
  }

  /** The paragraph of the reference in hand. */
  paragraph(): number {
    if (this.ownParagraph < 0) this.ownParagraph = this.features.paragraphAt(this.at);
    return this.ownParagraph;
  }

  paragraphOf(at: number): number {
    return this.features.paragraphAt(at);
  }

  /** Where the paragraph holding `at` begins: the offset of the break before it (-1: none). */
  paragraphStart(at: number): number {
    return this.features.paragraphStart(at);
  }

  /**
   * Whether the words around this figure's name say the page is about someone else who shares it
   * (an actress, a pastor): only for figures with an office, since a figure known for something
   * else (an athlete) is at home on such a page.
   */
  elsewhere(figureId: string): boolean {
    let answer = this.keyElsewhere.get(figureId);
    if (answer === undefined) {
      answer = this.readElsewhere(figureId, this.key);
      this.keyElsewhere.set(figureId, answer);
    }
    return answer;
  }

  /** elsewhere for a full name: read under the figure's first key (every full name touches it). */
  fullNameElsewhere(figureId: string): boolean {
    let answer = this.fullNameOther.get(figureId);
    if (answer === undefined) {
      const key = this.context.index.keysOf.get(figureId)?.[0];
      answer = key !== undefined && this.readElsewhere(figureId, key);
      this.fullNameOther.set(figureId, answer);
    }
    return answer;
  }

  private otherTopic(key: string): boolean {
    if (key === this.key && this.keyOther !== undefined) return this.keyOther;
    let answer = this.otherTopicOf.get(key);
    if (answer === undefined) {
      answer = isOtherTopic(this.topics.of(key));
      this.otherTopicOf.set(key, answer);
    }
    if (key === this.key) this.keyOther = answer;
    return answer;
  }

  private readElsewhere(figureId: string, key: string): boolean {
    const figure = this.context.figure(figureId);
    if (figure.roles.length === 0) return false;
    // "Trump" on a page about playing cards is still Trump: only a name many people bear (East
    // Asian names), or one the page gives someone else too, can belong to someone else here.
    if (!COMMON_NAMES.has(figure.side) && this.referents.weight(key, null, Infinity) === 0) {
      return false;
    }
    return this.otherTopic(key); // last: reading the words around a name costs the most
  }

  /** Whether the words around `key`'s names are political (for the date prior). */
  political(key: string): boolean {
    const topic = this.topics.of(key);
    return politicalWords(topic) > 0 && !isOtherTopic(topic);
  }

  /**
   * Whether the figure died long before the document and the reference in hand speaks of the
   * document's present: no "former", no earlier year written near it ("met Kim in 2004").
   */
  dead(figure: Figure): boolean {
    const { date } = this.context;
    if (date === null || figure.died === undefined || this.cue?.former === true) return false;
    let long = this.deadLong.get(figure);
    if (long === undefined) this.deadLong.set(figure, (long = deadLongBefore(figure, date)));
    return long && !this.recalled();
  }

  /** Whether a year before the document's is written near the reference in hand (read once per reference). */
  recalled(): boolean {
    if (this.recalledHit !== this.hit) {
      const { date } = this.context;
      const year = date === null ? 0 : this.features.yearNear(this.hit);
      this.recalledAnswer = year !== 0 && year < Number(date!.slice(0, 4));
      this.recalledHit = this.hit;
    }
    return this.recalledAnswer;
  }

  /**
   * How much weight the document gives a referent of the key in hand, up to the reference (the
   * whole document with `all`): see ReferentLog.weight; being named first adds a half.
   */
  weight(figureId: string | null, all = false): number {
    const first = this.referents.firstNamed(this.key).ids[0];
    const upTo = all ? Infinity : this.at;
    return (
      this.referents.weight(this.key, figureId, upTo, this.at) + (first === figureId ? 0.5 : 0)
    );
  }
}
