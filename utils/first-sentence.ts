/** The first sentence of a bio: the line the hover card shows on its own. */
export function firstSentence(bio: string): string {
  return /^.+?[.!?](?=\s+[A-Z"“]|$)/.exec(bio)?.[0] ?? bio;
}
