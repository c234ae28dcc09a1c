/**
 * The popup as a document of its own, as the browser opens it: the bench frames `popup.html?db=…`
 * once per render. The extension APIs are faked first (popup-browser.ts, its own script before
 * this one), the store's database name is mapped to the bench's and the sections watched
 * (popup-timing.ts), then the popup's own `main.tsx` runs untouched (its store code loads when it
 * asks, the bundle and its stamp as the build has them). Imports run in this order.
 */
import { markMounted } from './popup-timing';
import './popup-english';
import '../../entrypoints/popup/main';

markMounted();
