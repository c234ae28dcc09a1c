/** The IndexedDB schema of the article store at its current version (older shapes live in migrations.ts). */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Figure } from '../detect/types';

/** The database name in the extension origin. */
export const DB_NAME = 'backchannel-store';
/** The schema version this build opens; each step has a numbered migration. */
export const SCHEMA_VERSION = 3;

/** A half-open UTF-16 range `[start, end)` into an article's text. */
export type TextRange = [number, number];

/** What kind of origin a source is. */
export type SourceKind = 'bundled' | 'synced' | 'imported';

/** One stored article; `key` is `${sourceId}:${id}` so sources never collide. */
export interface ArticleRecord {
  key: string;
  sourceId: string;
  id: string;
  title: string;
  date: string;
  url?: string;
  kind: 'brief' | 'article';
  lang: string;
  text: string;
  /** The credit line, e.g. "Backchannel brief, compiled from public reporting". */
  source?: string;
  document?: string;
  dateline?: string;
  attribution?: string;
  /** Every figure the article mentions, in first-mention order. */
  figures: string[];
}

/** One article × figure; denormalised (date, co-figures) so figure queries never open the article. */
export interface MentionRecord {
  articleKey: string;
  figureId: string;
  date: string;
  sourceId: string;
  spans: TextRange[];
  sentences: TextRange[];
  /** The other figures of the same article, for co-mention counts. */
  co: string[];
}

/** Where the last sync of a source stands. */
export interface SyncState {
  status: 'never' | 'ok' | 'error';
  lastAttempt?: string;
  lastSuccess?: string;
  error?: string;
  etag?: string;
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
    indexes: { 'by-date': string; 'by-url': string; 'by-source': string };
  };
  mentions: {
    key: [string, string];
    value: MentionRecord;
    indexes: { 'by-figure-date': [string, string] };
  };
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
