/** Small helpers shared by the detection tests. */
import { detect } from '@/utils/detect';

/** What a reader sees: [surface text, figure id] for links, [surface, "?"] for ambiguous mentions. */
export function links(text: string, date: string | null = null): [string, string][] {
  return detect(text, { date }).map((m) => [m.text, m.figureId ?? '?']);
}

/** The figure id linked at `surface` (first occurrence), "?" if ambiguous, null if nothing there. */
export function linkAt(
  text: string,
  surface: string,
  date: string | null = null,
  nth = 0,
): string | null {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = text.indexOf(surface, from + 1);
  const m = detect(text, { date }).find((x) => x.start === from && x.end === from + surface.length);
  return m ? (m.figureId ?? '?') : null;
}
