/** A figure's name as a reader of the UI language usually writes it (Korean: in Hangul). */
import type { Figure } from './types';

/** Only Hangul syllables, spaces and middle dots: a name, not a phrase in another script. */
const HANGUL_NAME = /^[\uac00-\ud7a3][\uac00-\ud7a3 ·]*$/;

/**
 * `language` `ko`: the fullest Hangul form among the native names, then the aliases ("블라디미르
 * 푸틴" over "푸틴"; on a tie the first, so the native name wins); the display name when there is
 * none. Any other language: the display name.
 */
export function localName(
  figure: Pick<Figure, 'name' | 'nativeNames'> & { aliases?: readonly string[] },
  language: string,
): string {
  if (language !== 'ko') return figure.name;
  let best = '';
  for (const form of [...figure.nativeNames, ...(figure.aliases ?? [])])
    if (HANGUL_NAME.test(form) && form.length > best.length) best = form;
  return best || figure.name;
}

/** The names shown beside the local one: the display name first when it is not the local one. */
export function otherNames(
  figure: Pick<Figure, 'name' | 'nativeNames'> & { aliases?: readonly string[] },
  language: string,
): string[] {
  const local = localName(figure, language);
  // In Hangul the local name already says it; other spellings in Hangul would only repeat it.
  return [figure.name, ...figure.nativeNames].filter(
    (name) => name !== local && !(language === 'ko' && HANGUL_NAME.test(name)),
  );
}
