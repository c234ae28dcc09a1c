import { afterEach, describe, expect, it } from 'vitest';
import { openStoreEarly } from '@/utils/store/db/early-open';
import { openStore } from '@/utils/store/db/open';
import { SCHEMA_VERSION, type StoreDB } from '@/utils/store/db/schema';
import { bundleIsCurrent } from '@/utils/store/feeds/bundle-check';
import { seedBundled } from '@/utils/store/feeds/seed-bundled';
import { putSyncedFeed } from '@/utils/store/feeds/synced';
import { recentArticles } from '@/utils/store/queries/recent';
import { listSources } from '@/utils/store/queries/sources';
import { bundle, freshName, newsroomFeed } from '../helpers';

const open: StoreDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A synced source's record, as the store keeps it. */
function syncedSource(id: string, title: string, articleCount: number) {
  return { id, title, kind: 'synced' as const, articleCount, sync: { status: 'ok' as const } };
}

async function storeWithSource(name: string): Promise<void> {
  const db = await openStore({ name });
  await db.put('sources', syncedSource('feed', 'A feed', 3));
  db.close();
}

describe('opening the store as the page starts', () => {
  it('hands the connection the opener started to the page’s code, which reads through it', async () => {
    const name = freshName();
    await storeWithSource(name);
    openStoreEarly(name);
    const db = await openStore({ name });
    open.push(db);
    expect((await db.getAll('sources')).map((source) => source.title)).toEqual(['A feed']);
  });

  it('leaves a new or older store to the page’s code, which creates or migrates it', async () => {
    const name = freshName();
    openStoreEarly(name);
    const db = await openStore({ name });
    open.push(db);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(await db.count('articles')).toBe(0);
  });

  it('never blocks another context’s upgrade, before or after the page’s code takes over', async () => {
    const name = freshName();
    await storeWithSource(name);
    let closed = 0;
    openStoreEarly(name);
    const first = await openStore({ name, onClose: () => closed++ });
    const newer = await openStore({
      name,
      version: SCHEMA_VERSION + 1,
      migrations: [],
    }).catch((error: unknown) => error);
    expect(closed).toBe(1);
    expect(() => first.transaction('sources')).toThrow();
    if (!(newer instanceof Error)) (newer as StoreDB).close();
  });

  it('is taken once, and only for the database it opened', async () => {
    const name = freshName();
    await storeWithSource(name);
    openStoreEarly(name);
    const other = await openStore({ name: freshName() });
    open.push(other);
    expect(await other.count('sources')).toBe(0);
    const again = await openStore({ name });
    open.push(again);
    expect(await again.count('sources')).toBe(1);
  });

  /** A store with a synced feed of three articles, opened by the opener; then a source added, which the opener's reads predate. */
  async function openedEarlyThenChanged(): Promise<StoreDB> {
    const name = freshName();
    const setup = await openStore({ name });
    await putSyncedFeed(setup, 'newsroom', newsroomFeed(3));
    setup.close();
    openStoreEarly(name);
    const db = await openStore({ name });
    open.push(db);
    await db.put('sources', syncedSource('later', 'Added later', 0));
    return db;
  }

  it('drops what the opener read when the bundle is not current (seeding will change the store)', async () => {
    const db = await openedEarlyThenChanged();
    expect(await bundleIsCurrent(db, 'no such bundle', 0)).toBe(false);
    expect((await listSources(db)).map((source) => source.id)).toContain('later');
  });

  it('drops what the opener read when the bundle is seeded without a check (a bundle without a hash, a restore)', async () => {
    const db = await openedEarlyThenChanged();
    const unhashed: Record<string, unknown> = { ...bundle() };
    delete unhashed.contentHash;
    expect((await seedBundled(db, unhashed)).changed).toBe(true);
    expect((await listSources(db)).map((source) => source.id)).toEqual(
      expect.arrayContaining(['bundled', 'later']),
    );
  });

  it('answers the first read of the sources and of the newest articles as the opener read them, later ones from the store', async () => {
    const db = await openedEarlyThenChanged();
    const ids = async () => (await listSources(db)).map((source) => source.id);
    expect(await ids()).not.toContain('later');
    expect(await ids()).toContain('later');
    expect((await recentArticles(db, { limit: 2 })).map((a) => a.id)).toEqual([
      'story-2',
      'story-1',
    ]);
  });
});
