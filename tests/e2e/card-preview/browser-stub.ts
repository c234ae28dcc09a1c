/**
 * `wxt/browser` for the card preview page: no extension APIs, only the i18n the card uses,
 * answering from the catalogue named by `?lang=` (English by default) as the browser would.
 */
import english from '../../../public/_locales/en/messages.json';
import korean from '../../../public/_locales/ko/messages.json';

type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

const language = new URLSearchParams(location.search).get('lang') === 'ko' ? 'ko' : 'en';
const catalogue: Catalogue = language === 'ko' ? korean : english;

export const browser = {
  i18n: {
    getMessage(key: string, substitutions: string[] = []): string {
      const entry = catalogue[key];
      if (!entry) return '';
      let text = entry.message;
      for (const [name, { content }] of Object.entries(entry.placeholders ?? {}))
        text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), content);
      return text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    },
    getUILanguage: () => language,
  },
};
