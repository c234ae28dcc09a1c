/**
 * "68 articles · last synced 3 hours ago · 12 new, 3 updated": how much the store holds, when a
 * feed last synced, and what the newest sync did (or that it failed).
 */
import { useStore } from '@/components/hooks/use-store';
import { describeResult } from '@/components/sync-result';
import { t } from '@/utils/i18n';
import type { SourceView } from '@/utils/store';
import { articleCount, timeAgo } from './format';

/** The store's article count (each source keeps its own) and the newest successful sync of a feed, if any. */
export function storeStatus(sources: readonly SourceView[]): {
  articles: number;
  lastSynced: number | null;
  /** The newest sync attempt's outcome: its result, or that it failed. */
  last:
    | { failed: true }
    | { failed: false; result: NonNullable<SourceView['sync']['lastResult']> }
    | null;
} {
  let lastSynced: number | null = null;
  let lastAttempt = -Infinity;
  let last: ReturnType<typeof storeStatus>['last'] = null;
  for (const source of sources) {
    if (source.kind !== 'synced') continue;
    const at = Date.parse(source.sync.lastSuccess ?? '');
    if (Number.isFinite(at) && (lastSynced === null || at > lastSynced)) lastSynced = at;
    const tried = Date.parse(source.sync.lastAttempt ?? source.sync.lastSuccess ?? '');
    if (!Number.isFinite(tried) || tried <= lastAttempt) continue;
    lastAttempt = tried;
    const { status, lastResult } = source.sync;
    last =
      status === 'error'
        ? { failed: true }
        : status === 'ok' && lastResult
          ? { failed: false, result: lastResult }
          : null;
  }
  const articles = sources.reduce((sum, source) => sum + Math.max(0, source.articleCount || 0), 0);
  return { articles, lastSynced, last };
}

export function StatusLine({ now = Date.now() }: { now?: number }) {
  const sources = useStore((client) => client.feeds(), []);
  if (!sources.value) return null;
  const { articles, lastSynced, last } = storeStatus(sources.value);
  const synced =
    lastSynced === null ? t('popup_neverSynced') : t('popup_lastSynced', timeAgo(lastSynced, now));
  const line = t('popup_status_line', articleCount(articles), synced);
  return (
    <p class="meta status-line" data-testid="store-status">
      {last === null
        ? line
        : t(
            'popup_status_withResult',
            line,
            last.failed ? t('popup_lastSyncFailed') : describeResult(last.result),
          )}
    </p>
  );
}
