/** "68 articles · last synced 3 hours ago": how much the store holds and when a feed last synced. */
import { useStore } from '@/components/hooks/use-store';
import { t } from '@/utils/i18n';
import type { SourceView } from '@/utils/store';
import { articleCount, timeAgo } from './format';

/** The store's article count (each source keeps its own) and the newest successful sync of a feed, if any. */
export function storeStatus(sources: readonly SourceView[]): {
  articles: number;
  lastSynced: number | null;
} {
  let lastSynced: number | null = null;
  for (const source of sources) {
    const at = source.kind === 'synced' ? Date.parse(source.sync.lastSuccess ?? '') : NaN;
    if (Number.isFinite(at) && (lastSynced === null || at > lastSynced)) lastSynced = at;
  }
  const articles = sources.reduce((sum, source) => sum + Math.max(0, source.articleCount || 0), 0);
  return { articles, lastSynced };
}

export function StatusLine({ now = Date.now() }: { now?: number }) {
  const sources = useStore((client) => client.feeds(), []);
  if (!sources.value) return null;
  const { articles, lastSynced } = storeStatus(sources.value);
  const synced =
    lastSynced === null ? t('popup_neverSynced') : t('popup_lastSynced', timeAgo(lastSynced, now));
  return (
    <p class="meta status-line" data-testid="store-status">
      {t('popup_status_line', articleCount(articles), synced)}
    </p>
  );
}
