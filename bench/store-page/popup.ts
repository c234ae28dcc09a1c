/**
 * The popup's first render against a store: from `render(<App />)` to the frame after every
 * section has its data (status line, "On this tab", "Recently seen", the newest articles), each
 * run on a fresh store connection as a newly opened popup has (opening, the bundle check).
 */
import { h, render } from 'preact';
import { App } from '../../entrypoints/popup/App';
import english from '../../public/_locales/en/messages.json';
import { FIGURES } from '../../utils/detect/catalogue';
import { setFallbackMessages } from '../../utils/i18n';
import { HISTORY_DAYS, MAX_ENTRIES } from '../../utils/reading-history';
import { configureStore } from '../../utils/store';
import { fakeLocal, fakeTab } from './popup-browser';

const DAY_MS = 24 * 60 * 60 * 1000;

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

/** The bundled feed as the extension serves it (copied beside the bench page). */
async function loadBundle(): Promise<unknown> {
  return (await fetch('bundle.json')).json();
}

/** Every section shows its data. */
function ready(root: HTMLElement): boolean {
  return (
    root.querySelector('.status-line') !== null &&
    root.querySelector('ul[aria-label="Figures on this tab"] li') !== null &&
    root.querySelector('#recently-seen ~ ul li') !== null &&
    root.querySelector('ul[aria-label="Newest articles"] li') !== null
  );
}

function whenReady(root: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ready(root)) return resolve();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the popup did not finish rendering within 10 s: ${root.textContent}`));
    }, 10_000);
    const observer = new MutationObserver(() => {
      if (!ready(root)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/** One first render of the popup on a fresh connection to the database `name`, in ms. */
async function renderOnce(name: string): Promise<number> {
  await configureStore(loadBundle, name);
  fakeLocal.readingHistory = fullHistory(Date.now());
  const root = document.createElement('div');
  document.body.append(root);
  const start = performance.now();
  render(h(App, null), root);
  await whenReady(root);
  await nextFrame();
  const ms = performance.now() - start;
  render(null, root);
  root.remove();
  return ms;
}

/**
 * Renders the popup `runs` times over each database, alternating (so warm-up and the machine's
 * load fall on both alike); the first render of each seeds the bundle (an install) and is left out.
 */
export async function popupFirstRender(names: string[], runs: number): Promise<number[][]> {
  // The page has no browser i18n: the popup speaks from the English catalogue, as in unit tests.
  setFallbackMessages(english);
  fakeTab.summary = {
    url: 'https://news.example/story/0',
    title: 'Story 0',
    date: null,
    active: true,
    figures: FIGURES.slice(0, 6).map((figure, i) => ({ id: figure.id, count: 6 - i })),
  };
  for (const name of names) await renderOnce(name);
  const samples = names.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    for (const [n, name] of names.entries()) samples[n]!.push(await renderOnce(name));
  await configureStore(loadBundle, names[0]);
  return samples;
}
