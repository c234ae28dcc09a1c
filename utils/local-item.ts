/**
 * One value in `storage.local` under a fixed key, with a fallback: read, write, watch. The
 * settings and the per-page corrections use it because the content script reads both on every
 * page, and this is a few hundred bytes where `wxt/utils/storage` is about 2.5 KB gzipped of a
 * script budgeted at 60 KB. Pages that the content script never loads may keep `wxt/utils/storage`.
 * Values are what `storage.local` holds under the key, so either way of reading sees the same data.
 */
import { browser } from 'wxt/browser';

export interface LocalItem<T> {
  /** The stored value, or the fallback when nothing (or null) is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value (the fallback when removed) on every change, from any context. */
  watch(callback: (value: T) => void): () => void;
}

export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  const orFallback = (value: unknown): T =>
    value === undefined || value === null ? fallback : (value as T);
  return {
    async getValue() {
      const got = await browser.storage.local.get(key);
      return orFallback(got[key]);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && Object.prototype.hasOwnProperty.call(changes, key))
          callback(orFallback(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
