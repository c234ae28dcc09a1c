/**
 * Times the popup document of the store bench (popup-page.ts): imported before the popup's code,
 * it watches each section's first content.
 */
/** When each part of the popup first showed, in ms from the document's start. */
export interface PopupTiming {
  /** The module started: the popup's script fetched and parsed. */
  script: number;
  /** The popup's `main.tsx` evaluated and its first `render()` done. */
  mounted: number;
  /** The shell (brand, headings) in the DOM. */
  shell: number;
  onThisTab: number;
  statusLine: number;
  recentlySeen: number;
  newestArticles: number;
  /** The frame after every section had its content: what the bench reports. */
  painted: number;
  /** Fetching the bundle (ms), when the store had to. */
  bundleLoad: number | null;
}

const script = performance.now();
let mounted = NaN;
const SECTIONS = {
  shell: 'h2#on-this-tab',
  onThisTab: 'ul[aria-label="Figures on this tab"] li',
  statusLine: '.status-line',
  recentlySeen: '#recently-seen ~ ul li',
  newestArticles: 'ul[aria-label="Newest articles"] li',
} as const;
type Section = keyof typeof SECTIONS;

function bundleLoad(): number | null {
  const [entry] = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.endsWith('bundle.json'));
  return entry ? entry.duration : null;
}

const seen: Partial<Record<Section, number>> = {};
const observer = new MutationObserver(check);
function check(): void {
  for (const [section, selector] of Object.entries(SECTIONS) as [Section, string][])
    if (seen[section] === undefined && document.querySelector(selector))
      seen[section] = performance.now();
  if (Object.keys(seen).length < Object.keys(SECTIONS).length) return;
  observer.disconnect();
  requestAnimationFrame(() => {
    const timing: PopupTiming = {
      script,
      mounted,
      shell: seen.shell!,
      onThisTab: seen.onThisTab!,
      statusLine: seen.statusLine!,
      recentlySeen: seen.recentlySeen!,
      newestArticles: seen.newestArticles!,
      painted: performance.now(),
      bundleLoad: bundleLoad(),
    };
    parent.postMessage({ popupTiming: timing }, location.origin);
  });
}
observer.observe(document.getElementById('app')!, {
  childList: true,
  subtree: true,
  characterData: true,
});

/** The popup's `main.tsx` has run (its first `render()` done). */
export function markMounted(): void {
  mounted = performance.now();
  check();
}
