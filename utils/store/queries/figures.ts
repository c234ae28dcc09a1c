/** What the store says about one figure: card, articles, co-mentions and coverage; plain data for messaging. */
import { getFigure, roleAt } from '../../detect/catalogue';
import type { Figure, Role } from '../../detect/types';
import { clampLimit } from '../../validate/limits';
import { NEWEST_PER_FIGURE } from '../derived/figure-newest';
import { figureRange, newestFirst, type StoreDB } from '../db/schema';
import { PLAUSIBLE_YEARS } from '../../validate/dates';
import { figureArticle, trimFigureArticle, type FigureArticle } from './summaries';

/** A figure's card: who they are and how much the store says about them. */
export interface FigureBackground {
  id: string;
  name: string;
  side: Figure['side'];
  nativeNames: string[];
  roles: Role[];
  /** The role held today, if any. */
  currentRole: Role | null;
  bio: string;
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The source that added this figure, or null for the built-in catalogue. */
  addedBy: string | null;
  /** When the open-ended roles were last checked against public reporting (`YYYY-MM`). */
  checked?: string;
  /** Date of death, where it applies. */
  died?: string;
}

/** A figure that appears in the same articles, with how many. */
export interface CoMention {
  figureId: string;
  name: string;
  count: number;
}

/** Mentions in one month (`YYYY-MM`) or year (`YYYY`). */
export interface CoverageBucket {
  period: string;
  count: number;
}

/** Look a figure up in the catalogue, then in feed additions. */
async function findFigure(
  db: StoreDB,
  id: string,
): Promise<{ figure: Figure; addedBy: string | null } | null> {
  const builtIn = getFigure(id);
  if (builtIn) return { figure: builtIn, addedBy: null };
  const added = await db.get('figures', id);
  if (!added) return null;
  const { sourceId, ...figure } = added;
  return { figure, addedBy: sourceId };
}

/** Figure, roles, bio, mention count and first/last seen; null for an unknown id. */
export async function figureBackground(db: StoreDB, id: string): Promise<FigureBackground | null> {
  const found = await findFigure(db, id);
  if (!found) return null;
  const { figure, addedBy } = found;
  const tx = db.transaction(['articles', 'figureStats']);
  const index = tx.objectStore('articles').index('by-figure-date');
  const range = figureRange(id);
  const [stats, first, last] = await Promise.all([
    tx.objectStore('figureStats').get(id),
    index.openKeyCursor(range, 'next'),
    index.openKeyCursor(range, 'prev'),
  ]);
  const mentionCount = stats?.articles ?? 0;
  return {
    id: figure.id,
    name: figure.name,
    side: figure.side,
    nativeNames: [...figure.nativeNames],
    roles: figure.roles.map((r) => ({ ...r })),
    currentRole: roleAt(figure) ?? null,
    bio: figure.bio,
    mentionCount,
    // The index runs newest first, so its last entry is the first time the figure was seen.
    firstSeen: last ? newestFirst(last.key[1]) : null,
    lastSeen: first ? newestFirst(first.key[1]) : null,
    addedBy,
    ...(figure.checked ? { checked: figure.checked } : {}),
    ...(figure.died ? { died: figure.died } : {}),
  };
}

/**
 * Newest articles mentioning a figure (strictly before `before`, a YYYY-MM-DD date), each with the sentences
 * naming them. A first page (no `before`, up to NEWEST_PER_FIGURE) is the figure's materialised newest
 * articles, one small read; older pages and bigger limits read the `by-figure-date` index.
 */
export async function articlesForFigure(
  db: StoreDB,
  id: string,
  options: { before?: string; limit: number },
): Promise<FigureArticle[]> {
  const limit = clampLimit(options.limit, 1);
  // Decided before reading: an older page that first read the view would pay a second round trip (~2 ms).
  if (options.before === undefined && limit <= NEWEST_PER_FIGURE) {
    const view = await db.get('figureNewest', id);
    // A view holds the newest min(capacity, count) articles; none means no articles (or, defensively, ask the index).
    if (view) return view.articles.slice(0, limit).map(trimFigureArticle);
  }
  return articlesForFigureFromIndex(db, id, { ...options, limit });
}

/** `articlesForFigure` read from the `by-figure-date` index: older pages, bigger limits, and tests. */
export async function articlesForFigureFromIndex(
  db: StoreDB,
  id: string,
  options: { before?: string; limit: number },
): Promise<FigureArticle[]> {
  const found = await db.getAllFromIndex(
    'articles',
    'by-figure-date',
    figureRange(id, options.before),
    clampLimit(options.limit, 1),
  );
  return found.map((article) => figureArticle(article, id));
}

/** Figures appearing in the same articles as `id`, most shared articles first. */
export async function coMentioned(db: StoreDB, id: string, limit: number): Promise<CoMention[]> {
  const stats = await db.get('figureStats', id);
  const ranked = Object.entries(stats?.co ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, clampLimit(limit, 1));
  return Promise.all(
    ranked.map(async ([figureId, count]) => ({
      figureId,
      name: (await findFigure(db, figureId))?.figure.name ?? figureId,
      count,
    })),
  );
}

/** Most buckets a coverage chart gets: 300 years, or 100 years of months; the newest are kept. */
export const MAX_COVERAGE_BUCKETS = 1200;

/**
 * Mention counts per month or year from the first to the last, gaps filled with zeros, for a chart. Only
 * plausible years count (a stored 9999-12-31 must not draw 100,000 bars), periods are compared as numbers, and
 * at most MAX_COVERAGE_BUCKETS are returned (the newest).
 */
export async function coverageOverTime(
  db: StoreDB,
  id: string,
  bucket: 'month' | 'year',
): Promise<CoverageBucket[]> {
  const stats = await db.get('figureStats', id);
  // A period as a number: the year, or year * 12 + month index.
  const counts = new Map<number, number>();
  for (const [month, n] of Object.entries(stats?.months ?? {})) {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    if (!match || typeof n !== 'number' || !(n > 0)) continue;
    const year = Number(match[1]);
    const monthIndex = Number(match[2]) - 1;
    if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) continue;
    if (monthIndex < 0 || monthIndex > 11) continue;
    const period = bucket === 'year' ? year : year * 12 + monthIndex;
    counts.set(period, (counts.get(period) ?? 0) + n);
  }
  if (counts.size === 0) return [];
  const periods = [...counts.keys()];
  const last = Math.max(...periods);
  const first = Math.max(Math.min(...periods), last - MAX_COVERAGE_BUCKETS + 1);
  const out: CoverageBucket[] = [];
  for (let period = first; period <= last; period++) {
    out.push({ period: periodLabel(period, bucket), count: counts.get(period) ?? 0 });
  }
  return out;
}

/** `YYYY` or `YYYY-MM` of a numeric period. */
function periodLabel(period: number, bucket: 'month' | 'year'): string {
  if (bucket === 'year') return String(period).padStart(4, '0');
  const year = Math.floor(period / 12);
  return `${String(year).padStart(4, '0')}-${String((period % 12) + 1).padStart(2, '0')}`;
}
