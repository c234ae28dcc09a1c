/** Every date check of Backchannel: messages, feeds, page dates, the detector and the CLI use these. */

/** Years a news date may fall in; anything outside is a typo or a hostile value. */
export const PLAUSIBLE_YEARS = { min: 1900, max: 2200 } as const;

/** `YYYY-MM-DD`, the shape of every day we store or pass on. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: role dates and document dates may be that coarse. */
const ISO_DATE_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Whether `value` is a real calendar day `YYYY-MM-DD` (no 2021-02-30). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whether `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (shape only; for coarse dates). */
export function isIsoDatePrefix(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_PREFIX.test(value);
}

/** Whether `value` is a real `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month 01–12, no 2021-02-30): a source's publication date. */
export function isRealDatePrefix(value: unknown): value is string {
  if (!isIsoDatePrefix(value)) return false;
  return isIsoDay(
    value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value,
  );
}

/** The real day at the start of an ISO date or date-time (`2021-08-23T09:00Z` → `2021-08-23`), within the plausible years; else null. */
export function leadingIsoDay(value: string | null | undefined): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
  if (!day || !isIsoDay(day)) return null;
  const year = Number(day.slice(0, 4));
  return year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max ? day : null;
}

/** Whether `value` is a real day `YYYY-MM-DD` within the plausible years (what a feed article's date must be). */
export function isPlausibleDay(value: unknown): value is string {
  if (!isIsoDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max;
}
