/** A calendar instant plus the Vietnam-time calendar day it falls on: every date of the content. */
export interface VnDate {
  /** The instant (a date without time means 00:00 in Vietnam, UTC+7). */
  instant: Date;
  /** The day in Vietnam time, `YYYY-MM-DD`. */
  day: string;
}

/**
 * Vietnam has used UTC+7 all year since 1975, with no daylight saving, so a fixed offset is
 * exact and far cheaper than Intl for tens of thousands of items.
 * @see content-format.md: "A date without a time or zone means that day in Vietnam time (UTC+7)."
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WITH_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The `YYYY-MM-DD` day in Vietnam time on which an instant falls. */
export function vnDay(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 in Vietnam on the given `YYYY-MM-DD` day. */
export function vnMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+07:00`));
}

/**
 * Reads a date as editors write it: `2022-01-18` (that day in Vietnam), an ISO date-time with a
 * zone, or a JS Date from a YAML parser. YAML 1.1 parsers turn `2022-01-18` into UTC midnight:
 * such a Date is read back as the day it names. A date-time without a zone is Vietnam time.
 * Returns undefined for anything that is not a real calendar date (2022-02-30 included).
 */
export function parseVnDate(value: unknown): VnDate | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    if (iso.endsWith('T00:00:00.000Z')) return parseVnDate(iso.slice(0, 10));
    return { instant: value, day: vnDay(value) };
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dayOnly = DAY_ONLY.exec(text);
  if (dayOnly) {
    const [, y, m, d] = dayOnly;
    const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (check.toISOString().slice(0, 10) !== text) return undefined;
    return { instant: vnMidnight(text), day: text };
  }
  if (!WITH_TIME.test(text)) return undefined;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const instant = new Date(hasZone ? text : `${text.replace(' ', 'T')}+07:00`);
  if (Number.isNaN(instant.getTime())) return undefined;
  if (parseVnDate(text.slice(0, 10)) === undefined) return undefined;
  return { instant, day: vnDay(instant) };
}
