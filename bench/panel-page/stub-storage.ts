/** `wxt/utils/storage` for the bench page: an empty store that never changes. */
export const storage = {
  defineItem<T>(_key: string, options: { fallback: T }) {
    return {
      getValue: async () => options.fallback,
      setValue: async () => {},
      watch: () => () => {},
    };
  },
  getItem: async () => null,
  setItem: async () => {},
  removeItem: async () => {},
  watch: () => () => {},
};
