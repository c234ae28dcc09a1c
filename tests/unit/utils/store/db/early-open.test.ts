import { afterEach, describe, expect, it } from 'vitest';
import { openStoreEarly } from '@/utils/store/db/early-open';
import { openStore } from '@/utils/store/db/open';
import { SCHEMA_VERSION, type StoreDB } from '@/utils/store/db/schema';
import { freshName } from '../helpers';

const open: StoreDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function storeWithSource(name: string): Promise<void> {
  const db = await openStore({ name });
  await db.put('sources', {
    id: 'feed',
    title: 'A feed',
    kind: 'synced',
    articleCount: 3,
    sync: { status: 'ok' },
  });
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
});
