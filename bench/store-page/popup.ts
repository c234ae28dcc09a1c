/**
 * The popup's first render against a store as a user sees it: each time a new document
 * (`popup.html`, popup-page.ts) from its start to the frame after every section has its data
 * (status line, "On this tab", "Recently seen", the newest articles), opening the store and
 * checking the bundle as a newly opened popup does.
 */
import { FIGURES } from '../../utils/detect/catalogue';
import { HISTORY_DAYS, MAX_ENTRIES } from '../../utils/reading-history';
import type { PopupPageInput } from './popup-browser';
import type { PopupTiming } from './popup-timing';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the background answers for the tab: six figures. */
const TAB_SUMMARY = {
  url: 'https://news.example/story/0',
  title: 'Story 0',
  date: null,
  active: true,
  figures: FIGURES.slice(0, 6).map((figure, i) => ({ id: figure.id, count: 6 - i })),
};

/** A full reading history: MAX_ENTRIES pages over the last HISTORY_DAYS days, three figures each. */
function fullHistory(now: number) {
  return {
    pages: Array.from({ length: MAX_ENTRIES }, (_, i) => ({
      url: `https://news.example/story/${i}`,
      title: `Story ${i} of the reading history`,
      figureIds: [0, 1, 2].map((k) => FIGURES[(i * 3 + k) % FIGURES.length]!.id),
      at: now - Math.floor((i / MAX_ENTRIES) * (HISTORY_DAYS - 1) * DAY_MS),
    })),
  };
}

/** One popup (`page`) opened as its own document over the database `name`: when each part showed. */
function openOnce(name: string, page: string): Promise<PopupTiming> {
  (globalThis as unknown as { popupBenchInput: PopupPageInput }).popupBenchInput = {
    readingHistory: fullHistory(Date.now()),
    summary: TAB_SUMMARY,
  };
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 360px; height: 600px; border: 0';
  return new Promise<PopupTiming>((resolve, reject) => {
    const timer = setTimeout(() => {
      done();
      reject(new Error(`the popup did not finish rendering within 10 s`));
    }, 10_000);
    function done(): void {
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      frame.remove();
    }
    function onMessage(event: MessageEvent): void {
      if (event.source !== frame.contentWindow) return;
      const { popupTiming } = event.data as { popupTiming?: PopupTiming };
      if (!popupTiming) return;
      done();
      resolve(popupTiming);
    }
    addEventListener('message', onMessage);
    frame.src = `${page}?db=${encodeURIComponent(name)}`;
    document.body.append(frame);
  });
}

/**
 * Opens each popup page `runs` times over each database, alternating (so warm-up and the
 * machine's load fall on all alike); the first opening of each seeds the bundle (an install) and
 * is left out. Samples by page, then by database.
 */
export async function popupFirstRender(
  pages: string[],
  names: string[],
  runs: number,
): Promise<PopupTiming[][][]> {
  for (const page of pages) for (const name of names) await openOnce(name, page);
  const samples = pages.map(() => names.map(() => [] as PopupTiming[]));
  for (let i = 0; i < runs; i++)
    for (const [p, page] of pages.entries())
      for (const [n, name] of names.entries()) samples[p]![n]!.push(await openOnce(name, page));
  return samples;
}
