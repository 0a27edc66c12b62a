/**
 * The span a report looks at: the period asked for (`--year`, `--period`), cut at the clock,
 * because the district reports on what has happened so far.
 */
import type { Period } from '../royalty/period.ts';

export interface ReportWindow {
  period: Period;
  /** Today in Vietnam time, `YYYY-MM-DD`. */
  today: string;
  from: string;
  /** The period's last day, or today when the period is not over. */
  to: string;
}

export const reportWindow = (period: Period, today: string): ReportWindow => ({
  period,
  today,
  from: period.from,
  to: period.to < today ? period.to : today,
});

export const inWindow = (window: ReportWindow, day: string): boolean =>
  day >= window.from && day <= window.to;

/** The 12 months ending with the month of `today`, oldest first: `2025-12` … `2026-11`. */
export function lastTwelveMonths(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 12 + index, 1));
    return date.toISOString().slice(0, 7);
  });
}
