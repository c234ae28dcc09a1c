/** A sync's result in words, for the options page's feeds and the popup's status line. */
import { formatNumber, t } from '@/utils/i18n';
import type { SyncState } from '@/utils/store';

/** "12 new, 3 updated", or that nothing changed. */
export function describeResult(result: NonNullable<SyncState['lastResult']>): string {
  const base = result.unchanged
    ? t('options_result_noChanges')
    : t('options_result_counts', formatNumber(result.added), formatNumber(result.updated));
  return result.skipped ? t('options_result_skipped', base, formatNumber(result.skipped)) : base;
}
