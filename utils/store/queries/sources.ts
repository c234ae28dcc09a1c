/** The sources the store holds (bundled, synced, imported) with their sync state, for the options page. */
import { unwrap } from 'idb';
import { BUNDLED_SOURCE_ID } from '../feeds/bundle-keys';
import { takeEarlyRead } from '../db/early-open';
import type { SourceRecord, StoreDB } from '../db/schema';

/** A source as the options page lists it: plain cloneable data. */
export type SourceView = SourceRecord;

/** Every source, the bundled one first, then by title (the popup's first call: as its opener read them). */
export async function listSources(db: StoreDB): Promise<SourceView[]> {
  const sources = (await takeEarlyRead(unwrap(db), 'sources')) ?? (await db.getAll('sources'));
  return sources.sort(
    (a, b) =>
      Number(b.id === BUNDLED_SOURCE_ID) - Number(a.id === BUNDLED_SOURCE_ID) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
}
