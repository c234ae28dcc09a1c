/** Alias entries made while matching rather than from the catalogue's written forms. */
import type { AliasEntry } from './aliases';
import { CharClass } from './char-class';

/**
 * A Latin-script entry with nothing but a kind, its figures, its referent key and whether it needs
 * a cue: unlisted people found on the page, a Korean figure's name in a variant spelling or order.
 */
export function latinEntry(
  kind: AliasEntry['kind'],
  figureIds: string[],
  key: string,
  needsCue: boolean,
): AliasEntry {
  return {
    kind,
    figureIds,
    key,
    needsCue,
    needsTitle: false,
    needsContext: false,
    abbreviates: false,
    script: CharClass.Latin,
    pairName: false,
    koreanSurname: false,
  };
}
