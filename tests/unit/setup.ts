import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import { setFallbackMessages } from '../../utils/i18n';

// The fake browser has no i18n: components speak English from the catalogue, as the browser would.
setFallbackMessages(english);

beforeEach(() => {
  fakeBrowser.reset();
});
