/**
 * The card's stylesheet, for its closed shadow root. Sizes are in px (a page setting `html {
 * font-size: 3px }` must not shrink it) and every inherited property is reset at the root, so
 * nothing of the page's CSS reaches inside.
 */
/** The host and the root of a closed shadow root of ours (card, drawer): nothing inherited, on top. */
export const ROOT_RESET = `
:host { all: initial !important; }
.root {
  all: initial;
  position: fixed;
  margin: 0;
  padding: 0;
  border: 0;
  background: transparent;
  overflow: visible;
  z-index: 2147483647;
}`;

export const CARD_CSS = `
${ROOT_RESET}
.root {
  inset: auto;
  width: 340px;
  max-width: calc(100vw - 16px);
}
.card {
  --ink: #16324f; --soft: #4a5d73; --paper: #ffffff; --line: #d9d3c6; --accent: #ffc83d; --accent-ink: #6b4800;
  box-sizing: border-box;
  display: block;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans KR', sans-serif;
  color: var(--ink);
  background: var(--paper);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
  padding: 12px 14px;
  text-align: left;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  white-space: normal;
}
.dark .card { --ink: #e8edf3; --soft: #a9b6c5; --paper: #1a222c; --line: #364352; --accent-ink: #ffd66e; }
.card * { box-sizing: border-box; font: inherit; color: inherit; margin: 0; padding: 0; }
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; margin-bottom: 4px; }
.name { font-weight: 700; font-size: 15px; }
.native, .side, .meta { color: var(--soft); font-size: 13px; }
.side { margin-left: auto; border: 1px solid var(--line); border-radius: 999px; padding: 0 8px; }
p { margin: 0 0 6px; }
.role { font-weight: 600; }
.role .meta { font-weight: 400; }
ul { list-style: none; margin: 0 0 8px; }
.latest li { font-size: 13px; margin: 2px 0; }
.latest time { color: var(--soft); }
a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button {
  cursor: pointer;
  border: 1px solid var(--line);
  border-radius: 6px;
  background: transparent;
  padding: 4px 10px;
  font-size: 13px;
}
button.primary { background: var(--accent); border-color: var(--accent); color: #1b1300; font-weight: 600; }
.choices li { margin: 4px 0; }
.choices button { width: 100%; text-align: left; }
:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;
