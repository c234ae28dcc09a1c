/** When synced feeds refresh on their own: off, hourly or daily, kept by the background as one alarm. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** The choices the options page offers. */
export const FEED_SCHEDULES = ['off', 'hourly', 'daily'] as const;
export type FeedSchedule = (typeof FEED_SCHEDULES)[number];

/** The alarm the background keeps while a schedule is on. */
export const FEED_SYNC_ALARM = 'backchannel-feed-sync';

const MINUTES: Record<Exclude<FeedSchedule, 'off'>, number> = { hourly: 60, daily: 24 * 60 };

export const feedScheduleItem = storage.defineItem<FeedSchedule>('local:feedSchedule', {
  fallback: 'off',
});

/** The stored schedule, `off` for anything malformed. */
export async function getFeedSchedule(): Promise<FeedSchedule> {
  const value = await feedScheduleItem.getValue();
  return FEED_SCHEDULES.includes(value) ? value : 'off';
}

/** Store a schedule (the background follows it). */
export async function setFeedSchedule(schedule: FeedSchedule): Promise<void> {
  await feedScheduleItem.setValue(FEED_SCHEDULES.includes(schedule) ? schedule : 'off');
}

/** Make the alarm match the schedule: none when off, else one repeating alarm (recreated only if its period changed). */
export async function applyFeedSchedule(schedule: FeedSchedule): Promise<void> {
  if (schedule === 'off') {
    await browser.alarms.clear(FEED_SYNC_ALARM);
    return;
  }
  const period = MINUTES[schedule];
  const existing = await browser.alarms.get(FEED_SYNC_ALARM);
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.clear(FEED_SYNC_ALARM);
  browser.alarms.create(FEED_SYNC_ALARM, { periodInMinutes: period, delayInMinutes: period });
}
