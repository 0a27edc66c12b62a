/**
 * Working days (ngày làm việc): Monday to Friday, except public holidays. Days are
 * `YYYY-MM-DD` calendar days in Vietnam time; arithmetic is on UTC dates, so no time zone
 * or daylight-saving rule can shift a day.
 * @see Luật Tiếp cận thông tin 2016, Điều 18 (publish within 5 working days)
 */

const DAY_MS = 86_400_000;
const toMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Saturday and Sunday are not working days for state offices. */
export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toMs(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * Working days after `from` up to and including `to`: the day something is issued is day 0,
 * the next working day is day 1. Zero when `to` is on or before `from`.
 */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let ms = toMs(from) + DAY_MS, end = toMs(to); ms <= end; ms += DAY_MS) {
    if (isWorkingDay(toDay(ms), holidays)) count++;
  }
  return count;
}

/** The last day that is still within `days` working days after `from`: the deadline. */
export function addWorkingDays(from: string, days: number, holidays: ReadonlySet<string>): string {
  let ms = toMs(from);
  for (let left = days; left > 0;) {
    ms += DAY_MS;
    if (isWorkingDay(toDay(ms), holidays)) left--;
  }
  return toDay(ms);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const calendarDaysBetween = (from: string, to: string): number =>
  Math.round((toMs(to) - toMs(from)) / DAY_MS);
