/**
 * Test builds only (`wxt build --mode test`): publish what the last scan found on the frame's
 * root element so end-to-end tests wait on a fact instead of sleeping. Production builds drop it.
 */
export function publishTestSignal(doc: Document, state: Record<string, unknown>): void {
  if (import.meta.env.MODE !== 'test') return;
  const text = JSON.stringify(state);
  doc.documentElement.dataset.backchannelScan = text;
  doc.dispatchEvent(new CustomEvent('backchannel:scan', { detail: text }));
}

/** Test builds only: the card opened (or closed), and how long its first render took. */
export function publishCardSignal(doc: Document, state: Record<string, unknown>): void {
  if (import.meta.env.MODE !== 'test') return;
  const text = JSON.stringify(state);
  doc.documentElement.dataset.backchannelCard = text;
  doc.dispatchEvent(new CustomEvent('backchannel:card', { detail: text }));
}
