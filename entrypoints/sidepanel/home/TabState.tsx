/** Why the followed tab lists nobody, and what the reader can do about it. */
import { ErrorNote } from '@/components/ErrorNote';
import { t } from '@/utils/i18n';
import type { FollowedTab } from '../followed-tab';

export function TabState({ tab }: { tab: FollowedTab }) {
  if (tab.error) {
    return (
      <>
        <ErrorNote error={tab.error} />
        <p class="meta">{t('panel_tabError_next')}</p>
      </>
    );
  }
  const words =
    tab.loading && !tab.summary
      ? t('panel_looking')
      : tab.tabId === null
        ? t('panel_noTab')
        : !tab.summary
          ? t('panel_tabUnreadable')
          : !tab.summary.active
            ? t('panel_tabPaused')
            : t('panel_nobodyOnTab');
  return (
    <p class="meta" role="status">
      {words}
    </p>
  );
}
