/** The detection engine (issue #3): finds and resolves mentions of catalogue figures in a text. */
import { buildAliasIndex } from './aliases';
import { buildAutomaton } from './automaton';
import { FIGURES } from './catalogue';
import { findHits, type Matcher } from './match';
import { type Normalised, normalise } from './normalise';
import { resolveHits } from './resolve';
import type { DetectOptions, Figure, Mention } from './types';

export type { DetectOptions, Figure, Mention, MentionKind, Role, Side } from './types';
export { FIGURES, getFigure, roleAt } from './catalogue';

/** A compiled catalogue: build once, detect many times. */
export interface Detector {
  /** Mentions in `text`, sorted by start. */
  detect(text: string, options?: DetectOptions): Mention[];
  /** Number of distinct normalised patterns and automaton states (for the benchmark). */
  readonly patternCount: number;
  readonly stateCount: number;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Keep normalisation buffers up to 4 Mi code units (24 MB) between calls; larger texts allocate. */
const MAX_KEPT_BUFFER = 1 << 22;

/** Compiles `figures` (default: the built-in catalogue) into a detector. */
export function compileCatalogue(figures: readonly Figure[] = FIGURES): Detector {
  const index = buildAliasIndex(figures);
  const matcher: Matcher = { automaton: buildAutomaton(index.patterns), index };
  // Normalisation buffers are kept between calls (detect is synchronous, so never shared).
  let scratch: Normalised | undefined;
  return {
    patternCount: index.patterns.length,
    stateCount: matcher.automaton.stateCount,
    detect(text: string, options: DetectOptions = {}): Mention[] {
      const date = options.date && ISO_DATE.test(options.date) ? options.date : null;
      const norm = normalise(text, scratch);
      scratch = norm.codes.length <= MAX_KEPT_BUFFER ? norm : undefined;
      return resolveHits(findHits(matcher, norm, text), norm, text, index, date);
    },
  };
}

let defaultDetector: Detector | undefined;

/** Mentions of catalogue figures in `text`, sorted by start (the catalogue is compiled on first use). */
export function detect(text: string, options?: DetectOptions): Mention[] {
  defaultDetector ??= compileCatalogue();
  return defaultDetector.detect(text, options);
}
