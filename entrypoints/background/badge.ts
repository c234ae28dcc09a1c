/** The toolbar badge: how many different figures the tab names (empty when none, or paused). */
import { browser } from 'wxt/browser';
import { t, tCount } from '@/utils/i18n';

type BadgeApi = {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
};

function badgeApi(): BadgeApi | undefined {
  const apis = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return apis.action ?? apis.browserAction;
}

/** Shows `count` distinct figures on the tab's toolbar button. */
export function showFigureCount(tabId: number, count: number): void {
  const api = badgeApi();
  if (!api) return;
  const text = count === 0 ? '' : count > 99 ? '99+' : String(count);
  // The tab may be gone by now; a badge is not worth an error.
  void api.setBadgeText({ tabId, text }).catch(() => {});
  if (count > 0) void api.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
  const title =
    count === 0
      ? t('extName')
      : tCount('background_badge_title_one', 'background_badge_title_other', count);
  void api.setTitle({ tabId, title }).catch(() => {});
}
