/** The bench page is a plain web page: the few browser APIs the panel touches answer like an idle extension. */
const listeners = { addListener() {}, removeListener() {}, hasListener: () => false };

export const browser = {
  i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  runtime: {
    id: 'bench',
    getURL: (path: string) => path,
    onMessage: listeners,
    sendMessage: async () => ({ ok: false, error: { code: 'unavailable', message: 'bench' } }),
  },
  tabs: { onActivated: listeners, onUpdated: listeners, query: async () => [] },
  windows: { getCurrent: async () => ({ id: 1 }) },
};
export type Browser = Record<string, never>;
