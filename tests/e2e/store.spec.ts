/** The article store in the real extension: filled on install, and kept through an update with a schema change. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/lib/find-browser';
import { SCHEMA_VERSION } from '../../utils/store/db/schema';
import { EXTENSION_DIR, expect, test } from './harness';

const DB = 'backchannel-store';
const bundled = (
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'store/bundle.json'), 'utf8')) as {
    articles: unknown[];
  }
).articles.length;

interface Snapshot {
  version: number;
  bundled: number;
  synced: number;
  yoJong: string[];
  /** Kim Yo Jong's synced articles in her materialised newest articles, newest first (schema 4 on). */
  yoJongNewest: string[] | null;
  newsroomSync: string | null;
}

/** Read the store with raw IndexedDB from an extension page (no version: whatever is on disk). */
function snapshot(page: Page): Promise<Snapshot | null> {
  return page.evaluate(async (name) => {
    const request = (r: IDBRequest) =>
      new Promise<unknown>((done, fail) => {
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
    const db = (await request(indexedDB.open(name))) as IDBDatabase;
    try {
      if (!db.objectStoreNames.contains('articles') || !db.objectStoreNames.contains('figureStats'))
        return null;
      const hasNewest = db.objectStoreNames.contains('figureNewest');
      const tx = db.transaction(['articles', 'sources', ...(hasNewest ? ['figureNewest'] : [])]);
      const articles = tx.objectStore('articles');
      const all = (await request(articles.count())) as number;
      const bundledCount = (await request(
        articles.count(IDBKeyRange.bound('bundled:', 'bundled;', false, true)),
      )) as number;
      const yoJong = (await request(
        articles
          .index('by-figure-date')
          .getAllKeys(IDBKeyRange.bound(['kim-yo-jong', ''], ['kim-yo-jong', []])),
      )) as string[];
      const source = (await request(tx.objectStore('sources').get('newsroom'))) as
        { sync?: { status: string } } | undefined;
      const newest = hasNewest
        ? ((await request(tx.objectStore('figureNewest').get('kim-yo-jong'))) as
            { articles: { key: string }[] } | undefined)
        : undefined;
      return {
        version: db.version,
        bundled: bundledCount,
        synced: all - bundledCount,
        yoJong: yoJong.filter((k) => k.startsWith('newsroom:')).sort(),
        yoJongNewest: hasNewest
          ? (newest?.articles ?? []).map((a) => a.key).filter((k) => k.startsWith('newsroom:'))
          : null,
        newsroomSync: source?.sync?.status ?? null,
      };
    } finally {
      db.close();
    }
  }, DB);
}

/** Replace the store with a schema-1 database as an older release left it: bundled (partly) and synced articles. */
function downgradeToVersion1(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const request = (r: IDBRequest | IDBOpenDBRequest) =>
      new Promise<unknown>((done, fail) => {
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
    // Open connections (background, pages) close on versionchange, so the delete is never blocked.
    await request(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('articles', { keyPath: 'key' }).createIndex('by-date', 'date');
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('meta');
    };
    const db = (await request(open)) as IDBDatabase;
    type Item = { id: string; date: string; text: string; mentions: unknown[] } & Record<
      string,
      unknown
    >;
    const bundle = (await (await fetch('/store/bundle.json')).json()) as { articles: Item[] };
    const older = bundle.articles.slice(0, bundle.articles.length - 5);
    const synced = [1, 2].map((i) => ({
      id: `story-${i}`,
      title: `Newsroom story ${i}`,
      date: `2021-08-2${i}`,
      kind: 'article',
      lang: 'en',
      url: `https://news.example/story-${i}`,
      text: 'Kim Yo Jong issued a statement on the joint exercises.',
      mentions: [{ figure: 'kim-yo-jong', spans: [[0, 11]], sentences: [[0, 55]] }],
    }));
    const tx = db.transaction(['articles', 'sources', 'meta'], 'readwrite');
    for (const a of older)
      tx.objectStore('articles').put({ ...a, key: `bundled:${a.id}`, sourceId: 'bundled' });
    for (const a of synced)
      tx.objectStore('articles').put({ ...a, key: `newsroom:${a.id}`, sourceId: 'newsroom' });
    tx.objectStore('sources').put({
      id: 'bundled',
      title: 'Backchannel briefs',
      kind: 'bundled',
      articleCount: older.length,
    });
    tx.objectStore('sources').put({
      id: 'newsroom',
      title: 'Newsroom',
      kind: 'synced',
      articleCount: 2,
      lastSync: '2024-05-01T00:00:00.000Z',
    });
    tx.objectStore('meta').put('sha256-an-older-bundle', 'bundle:hash');
    await new Promise((done, fail) => {
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    return older.length;
  }, DB);
}

/** Launch Chromium with the extension copy in `dir` and the profile in `profile`; returns the context and extension id. */
async function launch(
  dir: string,
  profile: string,
): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? undefined,
    headless: true,
    args: chromiumArgs(dir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host };
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

// chrome.runtime.reload() leaves a command-line-loaded extension disabled in this Chromium, so an update is
// simulated the way a user gets one: same profile, the extension files replaced by a higher version, a restart.
test('installs with the bundled store filled, and an update with a schema change keeps synced articles', async () => {
  const root = mkdtempSync(join(tmpdir(), 'store-e2e-'));
  const dir = join(root, 'extension');
  const profile = join(root, 'profile');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  try {
    const first = await launch(dir, profile);
    const options = await openPage(first.context, `chrome-extension://${first.id}/options.html`);
    await expect
      .poll(() => snapshot(options), { timeout: 20_000 })
      .toMatchObject({ version: SCHEMA_VERSION, bundled, synced: 0 });
    await options.close();
    // A document of the extension's origin that never opens the store, so nothing reopens it mid-downgrade.
    const page = await openPage(first.context, `chrome-extension://${first.id}/store/bundle.json`);
    expect(await downgradeToVersion1(page)).toBe(bundled - 5);
    expect(await snapshot(page)).toBeNull(); // schema 1 has no figure index or aggregates yet
    await first.context.close();

    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));

    const second = await launch(dir, profile);
    expect(second.id).toBe(first.id);
    const after = await openPage(second.context, `chrome-extension://${second.id}/options.html`);
    await expect
      .poll(() => snapshot(after), { timeout: 20_000 })
      .toEqual({
        version: SCHEMA_VERSION,
        bundled,
        synced: 2,
        yoJong: ['newsroom:story-1', 'newsroom:story-2'],
        yoJongNewest: ['newsroom:story-2', 'newsroom:story-1'],
        newsroomSync: 'ok',
      });
    await second.context.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
