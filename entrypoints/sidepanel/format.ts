/** Numbers and dates as the panel shows them: through `Intl`, in the UI's language. */
import { uiLanguage } from '@/utils/i18n';

let numbers: Intl.NumberFormat | undefined;

/** 1234 → "1,234" (English) or "1,234" (Korean), per the UI language. */
export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat(uiLanguage());
  return numbers.format(value);
}

/** "2021-08" → "August 2021" / "2021년 8월"; "2021-08-23" → "August 23, 2021" / "2021년 8월 23일". Anything else as given. */
export function formatDate(isoDayOrMonth: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(isoDayOrMonth);
  const month = /^\d{4}-\d{2}$/.test(isoDayOrMonth);
  if (!day && !month) return isoDayOrMonth;
  const date = new Date(`${day ? isoDayOrMonth : `${isoDayOrMonth}-01`}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDayOrMonth;
  return new Intl.DateTimeFormat(uiLanguage(), {
    year: 'numeric',
    month: day ? 'short' : 'long',
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** "2021-08" → "Aug" / "8월": a month's short name, for chart labels and table rows. */
export function formatMonthShort(isoMonth: string): string {
  const date = new Date(`${isoMonth}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoMonth;
  return new Intl.DateTimeFormat(uiLanguage(), { month: 'short', timeZone: 'UTC' }).format(date);
}
