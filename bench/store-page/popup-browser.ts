/**
 * The extension APIs the popup touches, faked for the store bench's popup document (a classic
 * script of its own that runs before the popup's, so it imports nothing): the active tab, a tab
 * summary answered at once (the background's time is not the popup's), `storage.local` in memory
 * (the reading history from the framing page, popup.ts), the bundled feed served beside the page;
 * and the store's database name mapped to the bench's.
 */
/** What the framing page (popup.ts) hands each popup document. */
export interface PopupPageInput {
  readingHistory: unknown;
  summary: unknown;
}

const input = (parent as unknown as { popupBenchInput: PopupPageInput }).popupBenchInput;
const local: Record<string, unknown> = { readingHistory: structuredClone(input.readingHistory) };
const noEvents = { addListener() {}, removeListener() {}, hasListener: () => false };

/** What the background answers for the tab. */
const fakeTab = { summary: input.summary };
const summary = { url: 'https://news.example/story/0' };

const fake = {
  runtime: {
    id: 'bench',
    getURL: (path: string) => new URL(path.replace(/^\//, ''), location.href).href,
    sendMessage: async () => ({ ok: true, result: fakeTab.summary }),
    onMessage: noEvents,
  },
  tabs: { query: async () => [{ id: 1, url: summary.url }] },
  i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  storage: {
    local: {
      async get(keys: string | string[] | null) {
        const wanted = keys === null ? Object.keys(local) : ([] as string[]).concat(keys);
        return Object.fromEntries(wanted.filter((k) => k in local).map((k) => [k, local[k]]));
      },
      async set(items: Record<string, unknown>) {
        Object.assign(local, structuredClone(items));
      },
      async remove(keys: string | string[]) {
        for (const key of ([] as string[]).concat(keys)) delete local[key];
      },
      onChanged: noEvents,
    },
    onChanged: noEvents,
  },
};

(globalThis as { browser?: unknown }).browser = fake;

// The store opens `backchannel-store`; the bench's stores have names of their own (same origin).
const db = new URL(location.href).searchParams.get('db');
const open = indexedDB.open.bind(indexedDB);
indexedDB.open = (name, version) => open(name === 'backchannel-store' && db ? db : name, version);
