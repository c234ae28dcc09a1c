/**
 * Syncing a feed from its address: fetch (conditional, cookie-free, time-limited, byte-capped, http(s) redirects
 * only), read (Backchannel JSON, RSS, Atom, or a home page that links one), detect, then one write
 * (`putSyncedFeed`, merge mode). A failure or a cancel at any step leaves the store as it was and is recorded on
 * the source (`markSyncFailed`). One sync at a time across every context of the extension (`withSyncLock`).
 */
import type { DetectFn } from '../compile/compile';
import { compileCatalogueSteps, type Detector } from '../../detect';
import { SourceError } from '../compile/front-matter';
import { BUNDLED_SOURCE_ID } from './schema';
import { knownFigureIds } from './known-figures';
import { itemsToFeed } from './feed-items';
import { clipError, httpUrl } from './plain-text';
import {
  CANCELLED,
  markSyncFailed,
  markSyncUnchanged,
  putSyncedFeed,
  storeSyncedFeed,
  type SyncResult,
} from './synced';
import { readJsonFeedText } from './json-feed';
import { createPacer, type Pacer } from './pacer';
import { looksLikeXml, parseXmlFeed } from './xml-feed';
import { deleteSourceContent, inWriteTransaction, commitDerived } from '../derived/write';
import type { SourceRecord, StoreDB, SyncState } from '../db/schema';
import { RECORD_ID_PATTERN } from '../../validate/ids';
import { MAX_URL_CHARS } from '../../validate/limits';

/** Largest response read; the read stops past it. */
export const MAX_FEED_BYTES = 50 * 1024 * 1024;
/** How long one fetch (headers and body) may take. */
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
/** The Web Lock every sync holds, in every context of the extension. */
export const SYNC_LOCK = 'backchannel-sync';

/** Where a sync stands, for a progress bar. */
export interface SyncProgress {
  phase: 'waiting' | 'fetching' | 'reading' | 'checking' | 'writing';
  /** Bytes read (fetching), characters split (reading), items checked (checking) or write steps (writing). */
  done: number;
  total?: number;
}

/** How a sync runs; tests shorten the timeout and pass their own fetch. */
export interface SyncOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  detect?: DetectFn;
}

/** What one sync did. `network` marks a fetch the browser refused outright (no host permission, offline, CORS). */
export type SyncOutcome =
  | { ok: true; added: number; updated: number; unchanged: boolean; skipped: number }
  | { ok: false; error: string; network?: boolean };

/** Whether a URL is acceptable as a feed address: https, or http on this machine (loopback). */
export function checkFeedUrl(
  value: string,
): { ok: true; url: string } | { ok: false; error: string } {
  const url = httpUrl(value, undefined, MAX_URL_CHARS);
  if (url === null)
    return { ok: false, error: 'A feed address must be a web address starting with https://.' };
  const { protocol, hostname } = new URL(url);
  if (protocol === 'http:' && !isLoopback(hostname))
    return {
      ok: false,
      error: 'Backchannel syncs only over https:// (plain http is allowed for this computer only).',
    };
  return { ok: true, url };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** A source id for a feed address: readable host, plus a hash so two feeds of one site differ. */
export function sourceIdFor(url: string): string {
  const host = new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '').slice(0, 60) || 'feed';
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193) >>> 0;
  const id = `feed-${host}-${h.toString(16).padStart(8, '0')}`;
  return RECORD_ID_PATTERN.test(id) ? id : `feed-${h.toString(16)}`;
}

let queue: Promise<unknown> = Promise.resolve();

/** Run `work` while holding the sync lock: a Web Lock shared by every context, else a queue in this one. */
export async function withSyncLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks?.request) return locks.request(SYNC_LOCK, work);
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** How a feed is listed. */
export interface AddFeedOptions {
  /** Keep items that name no figure too. */
  keepEveryItem?: boolean;
  title?: string;
}

/** Add a feed address as a synced source that has not synced yet; an address already listed is refused. */
export async function addFeedSource(
  db: StoreDB,
  address: string,
  options: AddFeedOptions = {},
): Promise<{ ok: true; sourceId: string } | { ok: false; error: string }> {
  const checked = checkFeedUrl(address);
  if (!checked.ok) return checked;
  const sourceId = sourceIdFor(checked.url);
  const sources = await db.getAll('sources');
  if (sources.some((s) => s.id === sourceId || s.url === checked.url))
    return { ok: false, error: 'That feed is already listed.' };
  const record: SourceRecord = {
    id: sourceId,
    title: options.title ?? new URL(checked.url).hostname,
    kind: 'synced',
    url: checked.url,
    articleCount: 0,
    sync: { status: 'never', ...(options.keepEveryItem ? { keepEveryItem: true } : {}) },
  };
  await db.put('sources', record);
  return { ok: true, sourceId };
}

/** Remove a synced or imported source with its articles and figure additions, in one transaction. */
export async function removeSource(db: StoreDB, sourceId: string): Promise<void> {
  if (sourceId === BUNDLED_SOURCE_ID) throw new Error('The bundled articles cannot be removed.');
  await withSyncLock(() =>
    inWriteTransaction(db, async (tx) => {
      const removed = await deleteSourceContent(tx, sourceId);
      await tx.objectStore('sources').delete(sourceId);
      if (removed.length > 0) await commitDerived(tx, removed, []);
    }),
  );
}

/** Sync one source from its address, under the sync lock; a failure is recorded on the source. */
export async function syncSource(
  db: StoreDB,
  sourceId: string,
  options: SyncOptions = {},
): Promise<SyncOutcome> {
  options.onProgress?.({ phase: 'waiting', done: 0 });
  return withSyncLock(async () => {
    const source = await db.get('sources', sourceId);
    if (!source || source.kind !== 'synced' || !source.url)
      return { ok: false, error: 'That feed is not listed any more.' };
    let outcome: SyncOutcome;
    try {
      outcome = await runSync(db, source, options);
    } catch (error) {
      outcome = options.signal?.aborted
        ? { ok: false, error: CANCELLED }
        : {
            ok: false,
            error: clipError(
              `The sync failed: ${error instanceof Error ? error.message : String(error)}`,
            ),
          };
    }
    // A cancel is the reader's choice, not the feed's fault: it leaves even the sync state as it was.
    if (!outcome.ok && !options.signal?.aborted) {
      outcome = { ...outcome, error: clipError(outcome.error) };
      await markSyncFailed(db, sourceId, outcome.error);
    }
    return outcome;
  });
}

type Fetched =
  | { kind: 'unchanged'; etag?: string; lastModified?: string }
  | { kind: 'body'; text: string; url: string; etag?: string; lastModified?: string }
  | { kind: 'error'; error: string; network?: boolean };

async function runSync(
  db: StoreDB,
  source: SourceRecord,
  options: SyncOptions,
): Promise<SyncOutcome> {
  const address = source.url ?? '';
  const checked = checkFeedUrl(address);
  if (!checked.ok) return checked;
  let fetched = await fetchFeed(checked.url, source.sync, options);
  if (fetched.kind === 'error')
    return { ok: false, error: fetched.error, network: fetched.network };
  if (fetched.kind === 'unchanged') {
    await markSyncUnchanged(db, source.id, fetched);
    return { ok: true, added: 0, updated: 0, unchanged: true, skipped: 0 };
  }
  let feedUrl = checked.url;
  if (looksLikeHtml(fetched.text)) {
    const found = discoverFeed(fetched.text, fetched.url);
    if (!found)
      return {
        ok: false,
        error:
          'The address served a web page, not a feed, and the page links no RSS or Atom feed (it may need a login).',
      };
    const checkedFound = checkFeedUrl(found);
    if (!checkedFound.ok) return checkedFound;
    feedUrl = checkedFound.url;
    fetched = await fetchFeed(feedUrl, { status: 'never' }, options);
    if (fetched.kind === 'error')
      return { ok: false, error: fetched.error, network: fetched.network };
    if (fetched.kind === 'unchanged')
      return { ok: false, error: 'The linked feed answered "not modified" to a first request.' };
    if (looksLikeHtml(fetched.text))
      return { ok: false, error: 'The feed the page links to is another web page, not a feed.' };
  }
  options.onProgress?.({ phase: 'reading', done: 0 });
  const text = fetched.text.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return { ok: false, error: 'The address served an empty response.' };
  const meta = {
    url: feedUrl,
    ...(fetched.etag ? { etag: fetched.etag } : {}),
    ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
    mode: 'merge' as const,
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (done: number, total: number) =>
      options.onProgress?.({ phase: 'writing', done, total }),
  };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const read = await readJsonFeedText(text, {
      known: await knownFigureIds(db),
      reading: pacerFor('reading', options),
      checking: pacerFor('checking', options),
      isUnchanged: (hash) => hash === source.contentHash && source.sync.status === 'ok',
    });
    if (!read.ok) return read;
    if ('unchanged' in read) {
      await markSyncUnchanged(db, source.id, fetched);
      return { ok: true, added: 0, updated: 0, unchanged: true, skipped: 0 };
    }
    if (options.signal?.aborted) return { ok: false, error: CANCELLED };
    options.onProgress?.({ phase: 'writing', done: 0 });
    const result = await storeSyncedFeed(db, source.id, read.feed, {
      ...meta,
      format: 'backchannel',
    });
    return outcomeOf(result, 0);
  }
  if (!looksLikeXml(text))
    return {
      ok: false,
      error: 'The address served neither a Backchannel feed nor RSS or Atom.',
    };
  const parsed = parseXmlFeed(text, feedUrl);
  if (!parsed.ok) return parsed;
  options.onProgress?.({ phase: 'checking', done: 0 });
  const known = await knownFigureIds(db);
  const detector = options.detect ? null : await catalogueDetector(pacerFor('checking', options));
  const detect: DetectFn =
    options.detect ?? ((value, detectOptions) => detector!.detect(value, detectOptions));
  let items;
  try {
    items = itemsToFeed(parsed.feed, {
      sourceId: source.id,
      url: feedUrl,
      keepEveryItem: source.sync.keepEveryItem === true,
      known: new Set([...known.catalogue, ...(known.additions ?? [])]),
      detect,
      onProgress: (done, total) => options.onProgress?.({ phase: 'checking', done, total }),
    });
  } catch (error) {
    if (error instanceof SourceError)
      return { ok: false, error: `The feed has an item Backchannel cannot read: ${error.message}` };
    throw error;
  }
  if (options.signal?.aborted) return { ok: false, error: CANCELLED };
  options.onProgress?.({ phase: 'writing', done: 0 });
  const skipped = parsed.feed.skipped + items.unrelated;
  const result = await putSyncedFeed(db, source.id, items.feed, {
    ...meta,
    format: parsed.feed.format,
    skipped,
  });
  return outcomeOf(result, skipped);
}

let compiling: Promise<Detector> | undefined;

/**
 * The catalogue's detector, compiled once per context in paced steps (`pacer` reports and yields between them).
 * A worker that syncs may start it early (`warmCatalogueDetector`), while the feed downloads.
 */
function catalogueDetector(pacer: Pacer): Promise<Detector> {
  compiling ??= (async () => {
    const steps = compileCatalogueSteps();
    let step = steps.next();
    while (!step.done) {
      if (pacer.due()) await pacer.pause(0);
      step = steps.next();
    }
    return step.value;
  })();
  compiling.catch(() => (compiling = undefined));
  return compiling;
}

/** Start compiling the catalogue's detector now, yielding between steps, so an RSS sync need not wait for it. */
export function warmCatalogueDetector(): void {
  void catalogueDetector(createPacer(() => undefined)).catch(() => undefined);
}

/** A pacer reporting `phase` progress to the sync's listener and stopping on its cancel. */
function pacerFor(phase: 'reading' | 'checking', options: SyncOptions): Pacer {
  return createPacer(
    (done, total) =>
      options.onProgress?.({ phase, done, ...(total !== undefined ? { total } : {}) }),
    options.signal,
  );
}

/** What a sync reports once its write is done (or why the write failed). */
function outcomeOf(result: SyncResult, skipped: number): SyncOutcome {
  if (!result.ok) return result;
  const updated = result.updated ?? 0;
  return {
    ok: true,
    added: result.added,
    updated,
    unchanged: result.added + updated === 0,
    skipped,
  };
}

function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text);
}

/** The first RSS or Atom feed a page links with `<link rel="alternate">`, found by a tokenizer (no DOM). */
export function discoverFeed(html: string, pageUrl: string): string | null {
  const head = html.slice(0, 512 * 1024);
  const tags = head.match(/<link\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi) ?? [];
  for (const tag of tags) {
    const attrs = new Map<string, string>();
    const attr = /([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
    for (const match of tag.slice(5).matchAll(attr)) {
      const name = match[1]?.toLowerCase();
      if (name && !attrs.has(name)) attrs.set(name, match[2] ?? match[3] ?? match[4] ?? '');
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attrs.get('type') ?? '').toLowerCase().trim();
    if (!rel.includes('alternate')) continue;
    if (type !== 'application/rss+xml' && type !== 'application/atom+xml') continue;
    const href = httpUrl((attrs.get('href') ?? '').replace(/&amp;/g, '&'), pageUrl);
    if (href) return href;
  }
  return null;
}

/** Fetch a feed: conditional, without cookies, redirects to http(s) only, stopping past the byte cap or the timeout. */
async function fetchFeed(url: string, state: SyncState, options: SyncOptions): Promise<Fetched> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  const timeout = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    timeout.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onCancel = () => timeout.abort();
  options.signal?.addEventListener('abort', onCancel);
  if (options.signal?.aborted) timeout.abort();
  const headers: Record<string, string> = {
    accept:
      'application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5',
  };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  const failed = (error: unknown): Fetched => {
    if (options.signal?.aborted) return { kind: 'error', error: CANCELLED };
    if (timedOut)
      return {
        kind: 'error',
        error: `The feed did not answer within ${Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} seconds. Nothing was changed.`,
      };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      kind: 'error',
      error: `Could not reach the feed (${detail}). Nothing was changed.`,
      network: true,
    };
  };
  try {
    options.onProgress?.({ phase: 'fetching', done: 0 });
    let current = url;
    let response: Response | undefined;
    for (let hop = 0; ; hop++) {
      const init: RequestInit = {
        credentials: 'omit',
        // Our own If-None-Match / If-Modified-Since decide; the HTTP cache must not answer a 304 with a stale 200.
        cache: 'no-store',
        redirect: 'manual',
        headers,
        signal: timeout.signal,
      };
      response = await doFetch(current, init);
      if (response.type === 'opaqueredirect') {
        // Browsers hide where a manual redirect goes; follow it, then check where it landed (browsers never
        // follow a redirect to a non-http(s) address: https://fetch.spec.whatwg.org/#http-redirect-fetch).
        response = await doFetch(current, { ...init, redirect: 'follow' });
        break;
      }
      if (response.status < 300 || response.status >= 400 || response.status === 304) break;
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS)
        return { kind: 'error', error: 'The feed redirected too many times. Nothing was changed.' };
      const next = location === null ? null : safeRedirect(location, current);
      if (next === null)
        return {
          kind: 'error',
          error: `The feed redirected to an address that is not a web address (${clipError(location ?? 'none').slice(0, 80)}). Nothing was changed.`,
        };
      current = next;
    }
    const finalUrl = response.url || current;
    if (!/^https?:/i.test(finalUrl))
      return {
        kind: 'error',
        error: 'The feed redirected to an address that is not a web address.',
      };
    const etag = header(response, 'etag');
    const lastModified = header(response, 'last-modified');
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'unchanged',
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
      };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'error',
        error: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${describeStatus(response.status)}. Nothing was changed.`,
      };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'error', error: tooLarge(maxBytes) };
    }
    const body = await readCapped(response, maxBytes, (done) =>
      options.onProgress?.({
        phase: 'fetching',
        done,
        ...(declared > 0 ? { total: declared } : {}),
      }),
    );
    if (body === null) return { kind: 'error', error: tooLarge(maxBytes) };
    return {
      kind: 'body',
      text: body,
      url: finalUrl,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    return failed(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function header(response: Response, name: string): string | undefined {
  const value = response.headers.get(name);
  return value && value.length <= 512 ? value : undefined;
}

function describeStatus(status: number): string {
  if (status === 401 || status === 403) return ' (the feed needs a login or refuses readers)';
  if (status === 404 || status === 410) return ' (no feed at this address)';
  if (status >= 500) return ' (the feed’s server failed; try later)';
  return '';
}

function tooLarge(maxBytes: number): string {
  return `The feed is larger than ${Math.round(maxBytes / (1024 * 1024))} MB; Backchannel stopped reading it. Nothing was changed.`;
}

function safeRedirect(location: string, base: string): string | null {
  try {
    const next = new URL(location, base);
    return next.protocol === 'https:' || next.protocol === 'http:' ? next.href : null;
  } catch {
    return null;
  }
}

/** The body as text, or null past `maxBytes` (the read stops there). */
async function readCapped(
  response: Response,
  maxBytes: number,
  progress: (bytes: number) => void,
): Promise<string | null> {
  const charset = /charset=["']?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const parts: string[] = [];
  let bytes = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
    if (bytes - lastReport > 256 * 1024) {
      lastReport = bytes;
      progress(bytes);
    }
  }
  parts.push(decoder.decode());
  progress(bytes);
  return parts.join('');
}
