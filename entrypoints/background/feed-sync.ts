/** Scheduled syncs: every synced feed in turn, each all or nothing; a failure is recorded on its feed. */
import { listSources, prepareStore, syncSource, type SyncOutcome } from '@/utils/store';

/** Sync every listed feed once, one after another (the sync lock also keeps pages' syncs apart). */
export async function syncAllFeeds(): Promise<Map<string, SyncOutcome>> {
  const db = await prepareStore();
  const outcomes = new Map<string, SyncOutcome>();
  for (const source of await listSources(db)) {
    if (source.kind !== 'synced' || !source.url) continue;
    outcomes.set(source.id, await syncSource(db, source.id));
  }
  return outcomes;
}
