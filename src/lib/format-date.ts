import type { VnDate } from './vn-date.ts';

/**
 * Dates as Vietnamese government sites print them: `18/01/2022`, always in Vietnam time so a
 * build on a UTC server shows the day the editor wrote.
 */
const DAY = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * `18/01/2022`. A content date already knows its day in Vietnam time, which is only reordered:
 * pages print thousands of dates, and `Intl` with a time zone was a tenth of the page code's time.
 */
export function formatDate(date: VnDate | Date): string {
  return date instanceof Date ? DAY.format(date) : formatDay(date.day);
}

/** `2022-01-18` → `18/01/2022`: a `YYYY-MM-DD` day as pages, reports and messages print it. */
export const formatDay = (day: string): string => day.split('-').reverse().join('/');

/** The machine-readable value of `<time datetime>`: the day in Vietnam time, `2022-01-18`. */
export function dateAttribute(date: VnDate): string {
  return date.day;
}
