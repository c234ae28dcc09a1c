/** The detection engine: finds and resolves mentions of catalogue figures in a text. */
import { type AliasIndex, buildAliasIndexSteps } from './aliases';
import { buildAutomatonSteps } from './automaton';
import { quickRejectForSteps } from './boundaries';
import { FIGURES } from './catalogue';
import { textFeatures } from './document';
import { findHits, HitList, type Matcher } from './match';
import { type Normalised, normalise } from './normalise';
import { paragraphBreaks } from './page-topic';
import { resolveHits } from './resolve';
import { drain, type Steps } from './steps';
import type { DetectOptions, Figure, Mention } from './types';
import { isIsoDatePrefix } from '../validate/dates';

export type { DetectOptions, Figure, Mention, MentionKind, Role, Side } from './types';
export { FIGURES, getFigure, roleAt } from './catalogue';

/** A compiled catalogue: build once, detect many times. */
export interface Detector {
  /** Mentions in `text`, sorted by start. */
  detect(text: string, options?: DetectOptions): Mention[];
  /** Number of distinct normalised patterns and automaton states (for the benchmark). */
  readonly patternCount: number;
  readonly stateCount: number;
  /** The compiled parts, for detection block by block (blocks.ts). */
  readonly compiled: CompiledCatalogue;
}

/** A compiled catalogue's parts: its written forms and the matcher over them. */
export interface CompiledCatalogue {
  index: AliasIndex;
  matcher: Matcher;
}

/** Segment length for large texts (keeps the working set in cache), and the context read around it. */
export const SEGMENT = 1 << 16;
export const MARGIN = 512;

/** Compiles `figures` (default: the built-in catalogue) into a detector. */
export function compileCatalogue(figures: readonly Figure[] = FIGURES): Detector {
  return drain(compileCatalogueSteps(figures));
}

/**
 * compileCatalogue in steps of about a millisecond each (see steps.ts), for a caller that must
 * not block its thread for the whole build (the content script); the detector is the same.
 */
export function* compileCatalogueSteps(figures: readonly Figure[] = FIGURES): Steps<Detector> {
  const index = yield* buildAliasIndexSteps(figures);
  const matcher: Matcher = {
    automaton: yield* buildAutomatonSteps(index.patterns),
    index,
    quick: yield* quickRejectForSteps(index.entries),
  };
  // Normalisation buffers (one segment long) are kept between calls; detect is synchronous.
  let scratch: Normalised | undefined;
  return {
    patternCount: index.patterns.length,
    stateCount: matcher.automaton.stateCount,
    compiled: { index, matcher },
    // `options.lang` is accepted but not needed yet: every rule keys on the script of the name itself.
    detect(text: string, options: DetectOptions = {}): Mention[] {
      const date = isIsoDatePrefix(options.date) ? options.date : null;
      const hits = new HitList();
      const breaks: number[] = [];
      // Large texts go in cache-sized segments; each is read with a margin of context on both
      // sides and keeps only the hits that start inside it, so no name or cue is cut.
      for (let from = 0; ; from += SEGMENT) {
        const lo = Math.max(0, from - MARGIN);
        const hi = Math.min(text.length, from + SEGMENT + MARGIN);
        const last = hi === text.length;
        scratch = normalise(text, scratch, lo, hi);
        for (const hit of findHits(matcher, scratch, text)) {
          if (hit.start >= from && (last || hit.start < from + SEGMENT)) hits.push(hit, text);
        }
        paragraphBreaks(text, from, last ? text.length : from + SEGMENT, breaks);
        if (last) break;
      }
      return resolveHits(hits, index, date, textFeatures(text, hits, breaks));
    },
  };
}

let defaultDetector: Detector | undefined;

/** Mentions of catalogue figures in `text`, sorted by start (the catalogue is compiled on first use). */
export function detect(text: string, options?: DetectOptions): Mention[] {
  defaultDetector ??= compileCatalogue();
  return defaultDetector.detect(text, options);
}
