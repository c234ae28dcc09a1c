/** The IndexedDB schema of the article store at its current version (older shapes live in migrations.ts). */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Figure, SourceRef } from '../../detect/types';
import type { FigureArticle } from '../queries/summaries';

/** The database name in the extension origin. */
export const DB_NAME = 'backchannel-store';
/** The schema version this build opens; each step has a numbered migration. */
export const SCHEMA_VERSION = 4;

/** A half-open UTF-16 range `[start, end)` into an article's text. */
export type TextRange = [number, number];

/** What kind of origin a source is. */
export type SourceKind = 'bundled' | 'synced' | 'imported';

/** One figure's mentions in an article: where it is named, and the sentences around. */
export interface ArticleMention {
  figure: string;
  spans: TextRange[];
  sentences: TextRange[];
}

/**
 * One stored article; `key` is `${sourceId}:${id}`, so a source's articles are one key range.
 * The article × figure mentions live inline and are indexed through `figureDates` (multiEntry):
 * separate mention rows cost three times the write throughput in Chromium (bench/RESULTS.md).
 */
export interface ArticleRecord {
  key: string;
  sourceId: string;
  id: string;
  title: string;
  date: string;
  /** When a synced item last changed (ISO timestamp); absent in records stored before it existed. */
  updated?: string;
  url?: string;
  kind: 'brief' | 'article';
  lang: string;
  text: string;
  /** The credit line, e.g. "Backchannel brief, compiled from public reporting". */
  source?: string;
  document?: string;
  dateline?: string;
  attribution?: string;
  /** The public reporting the article rests on (a brief's `cite` lines); absent in records stored before it existed. */
  sources?: SourceRef[];
  /** Every figure the article mentions, in first-mention order. */
  figures: string[];
  mentions: ArticleMention[];
  /** `[figureId, newestFirst(date)]` per figure: the keys of the `by-figure-date` index. */
  figureDates: [string, string][];
}

/** Per-figure aggregates kept in step with every write, so co-mentions and coverage need one read. */
export interface FigureStatsRecord {
  figureId: string;
  /** Articles mentioning the figure. */
  articles: number;
  /** Articles shared with each other figure. */
  co: Record<string, number>;
  /** Articles per month, `YYYY-MM`. */
  months: Record<string, number>;
}

/**
 * A figure's newest articles as `articlesForFigure` returns them, kept in step with every write
 * (derived/figure-newest.ts): the first page of a panel is this one record instead of scattered article reads.
 */
export interface FigureNewestRecord {
  figureId: string;
  /** The newest `min(NEWEST_PER_FIGURE, count)` articles in `by-figure-date` order (newest first, then key). */
  articles: FigureArticle[];
}

/** Where the last sync of a source stands. */
export interface SyncState {
  status: 'never' | 'ok' | 'error';
  lastAttempt?: string;
  lastSuccess?: string;
  error?: string;
  etag?: string;
  /** The server's Last-Modified, sent back as If-Modified-Since. */
  lastModified?: string;
  /** What the last successful sync did ("unchanged" when the server answered 304 or the content hash matched). */
  lastResult?: { added: number; updated: number; unchanged: boolean; skipped?: number };
  /** The format the address served last time. */
  format?: 'backchannel' | 'rss' | 'atom';
  /** Keep items that name no figure. */
  keepEveryItem?: boolean;
}

/** A bundled or synced feed. */
export interface SourceRecord {
  id: string;
  title: string;
  kind: SourceKind;
  url?: string;
  articleCount: number;
  contentHash?: string;
  sync: SyncState;
}

/** A catalogue addition that came from a feed. */
export interface FigureRecord extends Figure {
  sourceId: string;
}

/** The typed schema for idb. */
export interface StoreSchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { 'by-date': string; 'by-url': string; 'by-figure-date': [string, string] };
  };
  figureStats: { key: string; value: FigureStatsRecord };
  figureNewest: { key: string; value: FigureNewestRecord };
  figures: { key: string; value: FigureRecord; indexes: { 'by-source': string } };
  sources: { key: string; value: SourceRecord };
  meta: { key: string; value: unknown };
}

/** An open store connection. */
export type StoreDB = IDBPDatabase<StoreSchema>;

/** Build the primary key of an article. */
export function articleKey(sourceId: string, id: string): string {
  return `${sourceId}:${id}`;
}

/** Every article key of one source: `:` is the separator and `;` the next code point. */
export function sourceRange(sourceId: string): IDBKeyRange {
  return IDBKeyRange.bound(`${sourceId}:`, `${sourceId};`, false, true);
}

/**
 * A date written so that newer sorts first (each digit d becomes 9 - d): the `by-figure-date` index then serves
 * "newest N about a figure" with one `getAll(range, N)` instead of N cursor steps (bench/store.ts).
 */
export function newestFirst(date: string): string {
  return date.replace(/\d/g, (d) => String(9 - Number(d)));
}

/** Every `by-figure-date` key of a figure, newest first, optionally only before an (exclusive) date. */
export function figureRange(id: string, before?: string): IDBKeyRange {
  // Arrays sort after strings, so `[id, []]` bounds every `[id, date]`.
  return before === undefined
    ? IDBKeyRange.bound([id, ''], [id, []])
    : IDBKeyRange.bound([id, newestFirst(before)], [id, []], true, false);
}
