import { afterEach, describe, expect, it } from 'vitest';
import type { StoreManager } from '@/utils/store/db/manager';
import { manager } from '../helpers';

let store: StoreManager;
afterEach(() => store.close());

describe('the store manager', () => {
  it('is memoised: prepare twice gives the same connection', async () => {
    store = manager();
    expect(await store.prepare()).toBe(await store.prepare());
  });
});
