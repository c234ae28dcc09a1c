/**
 * The popup as a document of its own, as the browser opens it: the bench frames `popup.html?db=…`
 * once per render. The extension APIs are faked and the store's database name mapped to the
 * bench's first (popup-browser.ts, a classic script before the popup's own classic scripts and
 * this one), the sections watched (popup-timing.ts), then the popup's own `main.tsx` runs
 * untouched (its store code as the build splits it, the bundle and its stamp as the build has
 * them). Imports run in this order.
 */
import { markMounted } from './popup-timing';
import './popup-english';
import '../../entrypoints/popup/main';

markMounted();
