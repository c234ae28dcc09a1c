/**
 * Figures whose name, native names or any alias start or contain what the reader typed, in any
 * script: "Kim Yo-jong", "김여정", "金与正", "Ким Ё Чжон" all find Kim Yo Jong. Both sides go through
 * the detection engine's normalisation (case, hyphens, ё/е, full-width forms…), and spaces are
 * ignored too, so "kim yojong" and "김 여정" match as well.
 */
import { FIGURES } from '@/utils/detect/catalogue';
import { normaliseString } from '@/utils/detect/normalise';

interface Entry {
  id: string;
  /** Each written form, normalised, and again without spaces. */
  forms: string[];
}

let index: Entry[] | null = null;

/** Built on first use: about 20 forms per figure, a few hundred strings in all. */
function entries(): Entry[] {
  index ??= FIGURES.map((figure) => {
    const forms = [figure.name, ...figure.nativeNames, ...(figure.aliases ?? [])].map(
      normaliseString,
    );
    return { id: figure.id, forms: [...new Set([...forms, ...forms.map(compact)])] };
  });
  return index;
}

const compact = (s: string) => s.replace(/\s+/g, '');

/** How well a form matches: 0 the whole form, 1 its start, 2 a word's start, 3 inside; -1 not at all. */
function rank(form: string, query: string): number {
  if (form === query) return 0;
  if (form.startsWith(query)) return 1;
  const at = form.indexOf(query);
  if (at < 0) return -1;
  return form[at - 1] === ' ' ? 2 : 3;
}

/** Ids of the figures `query` names, best match first (catalogue order between equals). */
export function figureMatches(query: string, limit = 8): string[] {
  const normal = normaliseString(query);
  if (!normal) return [];
  const queries = [...new Set([normal, compact(normal)])];
  const found: { id: string; rank: number; order: number }[] = [];
  entries().forEach(({ id, forms }, order) => {
    let best = -1;
    for (const form of forms)
      for (const q of queries) {
        const r = rank(form, q);
        if (r >= 0 && (best < 0 || r < best)) best = r;
      }
    if (best >= 0) found.push({ id, rank: best, order });
  });
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((f) => f.id);
}

/**
 * What to ask the article store for `query`: a figure's catalogue name when the query is one of
 * that figure's written forms ("Kim Yo-jong", "Ким Ё Чжон" → "Kim Yo Jong", which the store answers
 * from the figure's own index instead of a full-text search), else the query itself.
 */
export function articleQuery(query: string): string {
  const normal = normaliseString(query);
  if (!normal) return query;
  const exact = entries().filter(({ forms }) => forms.includes(normal));
  const figure = exact.length === 1 ? FIGURES.find((f) => f.id === exact[0]!.id) : undefined;
  return figure?.name ?? query;
}
