/** The drawer's stylesheet, for its closed shadow root: px sizes and a reset root, as the card's. */
import { ROOT_RESET } from './card-style';

export const DRAWER_CSS = `
${ROOT_RESET}
.root {
  inset: 0 0 0 auto;
  width: 420px;
  max-width: 100vw;
  height: 100vh;
}
.drawer {
  --ink: #16324f; --soft: #4a5d73; --paper: #ffffff; --line: #d9d3c6;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  width: 100%;
  height: 100%;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans KR', sans-serif;
  color: var(--ink);
  background: var(--paper);
  border-left: 1px solid var(--line);
  box-shadow: -8px 0 28px rgb(0 0 0 / 0.22);
  text-align: left;
}
.dark .drawer { --ink: #e8edf3; --soft: #a9b6c5; --paper: #1a222c; --line: #364352; }
.head { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--line); }
.name { font-weight: 700; font-size: 15px; flex: 1; }
button {
  cursor: pointer;
  font: inherit;
  font-size: 13px;
  color: inherit;
  border: 1px solid var(--line);
  border-radius: 6px;
  background: transparent;
  padding: 4px 10px;
}
.guard { position: fixed; width: 1px; height: 1px; opacity: 0; pointer-events: none; }
iframe { flex: 1; width: 100%; border: 0; background: var(--paper); color-scheme: normal; }
:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;
