import { afterEach, describe, expect, it } from 'vitest';
import { createStoreManager, type StoreManager } from '@/utils/store/db/manager';
import { bundle, freshName, manager } from '../helpers';

let store: StoreManager;
afterEach(() => store.close());

/** A manager over the database `name` that counts how often it loads the bundle. */
function counting(name: string, stamp: { contentHash: string; articles: number } | null) {
  const loads = { count: 0 };
  const made = createStoreManager(
    async () => {
      loads.count += 1;
      return structuredClone(bundle());
    },
    name,
    stamp,
  );
  return { made, loads };
}

describe('the store manager', () => {
  it('is memoised: prepare twice gives the same connection', async () => {
    store = manager();
    expect(await store.prepare()).toBe(await store.prepare());
  });

  it('opens a store already holding the stamped bundle without loading the bundle', async () => {
    const name = freshName();
    const first = counting(name, { contentHash: 'hash-1', articles: 3 });
    store = first.made;
    await store.prepare();
    expect(first.loads.count).toBe(1);
    await store.close();
    const again = counting(name, { contentHash: 'hash-1', articles: 3 });
    store = again.made;
    const db = await store.prepare();
    expect(again.loads.count).toBe(0);
    expect(store.problem()).toBeNull();
    expect(await db.count('articles')).toBe(3);
  });

  it('loads and seeds the bundle when the stamp differs from what is stored', async () => {
    const name = freshName();
    const first = counting(name, null);
    store = first.made;
    await store.prepare();
    await store.close();
    for (const stamp of [
      { contentHash: 'hash-2', articles: 3 },
      { contentHash: 'hash-1', articles: 4 },
    ]) {
      const next = counting(name, stamp);
      store = next.made;
      await store.prepare();
      expect(next.loads.count).toBe(1);
      await store.close();
    }
    store = manager();
  });
});
