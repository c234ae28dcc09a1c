/** The Backchannel feed format, version 1: one JSON file for the bundle, a published feed and an export (docs/feed.md). */
import * as v from 'valibot';
import { isIsoDay, isPlausibleDay, isRealDatePrefix } from '../../validate/dates';
import { isFigureId, RECORD_ID_PATTERN } from '../../validate/ids';
import { MAX_URL_CHARS } from '../../validate/limits';

/** The `format` tag every feed carries. */
export const FEED_FORMAT = 'backchannel-feed';
/** The feed version this build reads and writes. */
export const FEED_VERSION = 1;
export { BUNDLED_SOURCE_ID } from './bundle-keys';

// Bounds keep a hostile file from exhausting memory before validation fails.
export const MAX_ARTICLES = 250_000;
export const MAX_TEXT_CHARS = 1_000_000;
/** Most sources one article cites, and the longest outlet name and headline of one. */
export const MAX_ARTICLE_SOURCES = 10;
export const MAX_SOURCE_OUTLET_CHARS = 200;
export const MAX_SOURCE_TITLE_CHARS = 500;

const Id = v.pipe(
  v.string(),
  v.regex(RECORD_ID_PATTERN, 'must be letters, digits, . _ ~ - (at most 128)'),
);
const FigureId = v.pipe(
  v.string(),
  v.check((s) => isFigureId(s), 'is not a figure id'),
);

const IsoDay = v.pipe(
  v.string(),
  v.check((s) => isIsoDay(s), 'must be a real date YYYY-MM-DD'),
  v.check((s) => isPlausibleDay(s), 'must be a date between 1900 and 2200'),
);
// NUL and lone surrogates are not text: they break storage, search and display downstream.
// eslint-disable-next-line no-control-regex -- NUL is what this matches
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => !NOT_TEXT.test(s), 'must not contain NUL or lone surrogates'),
  );
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const RangeSchema = v.tuple([Offset, Offset]);
const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS),
  v.url(),
  v.check((s) => /^https?:\/\//i.test(s), 'must be an http(s) URL'),
);

/** One piece of public reporting an article rests on (`SourceRef` in utils/detect/types.ts). */
const SourceRefSchema = v.object({
  outlet: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(MAX_SOURCE_OUTLET_CHARS),
  ),
  title: v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(MAX_SOURCE_TITLE_CHARS),
  ),
  date: v.pipe(
    v.string(),
    v.maxLength(10),
    v.check((s) => isRealDatePrefix(s), 'must be a real date YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
  url: HttpUrl,
});

const MentionSchema = v.object({
  figure: FigureId,
  spans: v.pipe(v.array(RangeSchema), v.maxLength(2000)),
  sentences: v.pipe(v.array(RangeSchema), v.maxLength(2000)),
});

/** One article of a feed (checked one at a time when a feed is read in slices). */
export const ArticleSchema = v.object({
  id: Id,
  sourceId: v.optional(Id),
  title: v.pipe(Text(500), v.minLength(1, 'must not be empty')),
  date: IsoDay,
  /** When a synced item last changed (ISO timestamp): a newer one replaces the stored copy. */
  updated: v.optional(v.pipe(v.string(), v.maxLength(40), v.isoTimestamp())),
  url: v.optional(HttpUrl),
  kind: v.picklist(['brief', 'article']),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag')),
  text: Text(MAX_TEXT_CHARS),
  source: v.optional(Text(500)),
  document: v.optional(Text(500)),
  dateline: v.optional(Text(200)),
  attribution: v.optional(Text(300)),
  /** The public reporting the article rests on, so a reader can follow it. */
  sources: v.optional(v.pipe(v.array(SourceRefSchema), v.maxLength(MAX_ARTICLE_SOURCES))),
  mentions: v.pipe(v.array(MentionSchema), v.maxLength(200)),
});

const RoleSchema = v.object({ title: Text(200), start: Text(10), end: v.optional(Text(10)) });
const SIDES = ['DPRK', 'DPRK→ROK', 'ROK', 'US', 'Russia', 'China', 'Japan', 'UN'] as const;

const FigureSchema = v.object({
  id: FigureId,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  side: v.picklist(SIDES),
  roles: v.pipe(v.array(RoleSchema), v.maxLength(50)),
  bio: Text(5000),
  nativeNames: v.pipe(v.array(Text(200)), v.maxLength(20)),
});

const SourceSchema = v.object({
  id: Id,
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  url: v.optional(HttpUrl),
  kind: v.optional(v.picklist(['bundled', 'synced', 'imported'])),
});

/** The whole feed document. */
export const FeedSchema = v.object({
  format: v.literal(FEED_FORMAT),
  version: v.literal(FEED_VERSION),
  generated: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  contentHash: v.optional(Text(128)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(1000)),
  figures: v.optional(v.pipe(v.array(FigureSchema), v.maxLength(1000))),
  articles: v.pipe(v.array(ArticleSchema), v.maxLength(MAX_ARTICLES)),
});

/** A parsed, schema-valid feed. */
export type Feed = v.InferOutput<typeof FeedSchema>;
/** One article of a feed. */
export type FeedArticle = Feed['articles'][number];
/** One figure's mentions inside a feed article. */
export type FeedMention = FeedArticle['mentions'][number];
/** A figure a feed adds to the catalogue. */
export type FeedFigure = NonNullable<Feed['figures']>[number];
/** A source described by a feed. */
export type FeedSource = Feed['sources'][number];
