/** A stored value reads back, falls back when missing or null, and is watched only under its key. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localItem } from '@/utils/local-item';

describe('localItem', () => {
  beforeEach(() => fakeBrowser.reset());

  test('reads the fallback when nothing or null is stored, and what was set otherwise', async () => {
    const item = localItem('thing', { n: 0 });
    expect(await item.getValue()).toEqual({ n: 0 });
    await fakeBrowser.storage.local.set({ thing: null });
    expect(await item.getValue()).toEqual({ n: 0 });
    await item.setValue({ n: 2 });
    expect(await item.getValue()).toEqual({ n: 2 });
    // The same key wxt's `local:thing` item uses: either way reads the same data.
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { n: 2 } });
  });

  test('watch hears changes of its key in storage.local only, until unwatched', async () => {
    const item = localItem('thing', 'none');
    const heard: string[] = [];
    const unwatch = item.watch((value) => heard.push(value));
    await fakeBrowser.storage.local.set({ other: 'x' });
    await fakeBrowser.storage.session.set({ thing: 'session' });
    await item.setValue('a');
    await fakeBrowser.storage.local.remove('thing');
    unwatch();
    await item.setValue('b');
    expect(heard).toEqual(['a', 'none']);
  });
});
