/** How the popup writes counts, days and "how long ago", in the UI language (`Intl`). */
import { dateTimeFormat, formatNumber, pluralCategory, relativeTimeFormat, t } from '@/utils/i18n';

const SECOND = 1000;
/** Each unit with how many milliseconds it lasts, largest first. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600 * SECOND],
  ['month', 30 * 24 * 3600 * SECOND],
  ['week', 7 * 24 * 3600 * SECOND],
  ['day', 24 * 3600 * SECOND],
  ['hour', 3600 * SECOND],
  ['minute', 60 * SECOND],
  ['second', SECOND],
];

/** "3 hours ago", "yesterday", "now": `at` against `now`, in the largest unit that fits. */
export function timeAgo(at: number, now = Date.now()): string {
  const elapsed = Math.max(0, now - at);
  const [unit, size] = UNITS.find(([, ms]) => elapsed >= ms) ?? ['second', SECOND];
  return relativeTimeFormat({ numeric: 'auto' }).format(-Math.floor(elapsed / size), unit);
}

/** A day as the reader's language writes it short ("Dec 5", "12월 5일"). */
export function shortDay(at: number): string {
  return dateTimeFormat({ month: 'short', day: 'numeric' }).format(at);
}

/** "68 articles", "1 article", "기사 68건". */
export function articleCount(count: number): string {
  const number = formatNumber(count);
  return pluralCategory(count) === 'one'
    ? t('popup_articleCount_one', number)
    : t('popup_articleCount_other', number);
}
