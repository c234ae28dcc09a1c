import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '@/utils/store/db/open';
import { SCHEMA_VERSION, type StoreDB } from '@/utils/store/db/schema';
import { freshName } from '../helpers';

const open: StoreDB[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('opening the store', () => {
  it('closes an open connection when another context upgrades, so the upgrade is never blocked', async () => {
    const name = freshName();
    let closed = 0;
    const first = await openStore({ name, version: 2, onClose: () => closed++ });
    const upgraded = await openStore({ name });
    open.push(upgraded);
    expect(upgraded.version).toBe(SCHEMA_VERSION);
    expect(closed).toBe(1);
    expect(() => first.transaction('articles')).toThrow();
  });
});
