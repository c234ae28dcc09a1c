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
