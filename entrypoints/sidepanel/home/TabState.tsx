/** Why the followed tab lists nobody, and what the reader can do about it. */
import { ErrorNote } from '@/components/ErrorNote';
import { t } from '@/utils/i18n';
import type { FollowedTab } from '../followed-tab';

export function TabState({ tab }: { tab: FollowedTab }) {
  if (tab.error) {
    return (
      <>
        <ErrorNote error={tab.error} />
        <p class="meta">{t('panel_tab_error_next')}</p>
      </>
    );
  }
  const words =
    tab.loading && !tab.summary
      ? t('panel_tab_loading')
      : tab.tabId === null
        ? t('panel_tab_none')
        : !tab.summary
          ? t('panel_tab_unreadable')
          : !tab.summary.active
            ? t('panel_tab_paused')
            : t('panel_tab_nobody');
  return (
    <p class="meta" role="status">
      {words}
    </p>
  );
}
