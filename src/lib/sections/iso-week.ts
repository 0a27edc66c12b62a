/**
 * ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), the way Vietnamese
 * offices number the weeks of a work calendar ("tuần 48").
 */
export interface IsoWeek {
  /** `2026-W48` */
  key: string;
  year: number;
  week: number;
  /** Monday, `YYYY-MM-DD`. */
  start: string;
  /** Sunday, `YYYY-MM-DD`. */
  end: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday of week 1 of an ISO year, as UTC milliseconds. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY;
}

const weeksIn = (year: number) => (firstMonday(year + 1) - firstMonday(year)) / (7 * DAY);

/** Parses `2026-W48`; undefined when malformed or past the year's last week. */
export function isoWeek(key: string): IsoWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksIn(year)) return undefined;
  const monday = firstMonday(year) + (week - 1) * 7 * DAY;
  return { key, year, week, start: iso(monday), end: iso(monday + 6 * DAY) };
}

/** The ISO week of a calendar day (`YYYY-MM-DD`). */
export function weekOfDay(day: string): IsoWeek {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const thursday = ms + (3 - ((new Date(ms).getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((ms - firstMonday(year)) / (7 * DAY));
  return isoWeek(`${year}-W${String(week).padStart(2, '0')}`)!;
}
