import { runContentScript } from './controller';
import { detach } from './slices';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Frames without a URL of their own (about:blank, srcdoc; data: and blob: in Chrome) are part of
  // the page that made them: read them too. Firefox takes match_origin_as_fallback from 128 on.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  // WXT's "script started" postMessage is visible to every page, even where Backchannel is off.
  noScriptStartedPostMessage: true,
  main(ctx) {
    detach(runContentScript(ctx));
  },
});
