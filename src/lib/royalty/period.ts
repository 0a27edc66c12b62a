/**
 * Payment periods: a month `2022-01`, a quarter `2022-Q1` or a year `2022`.
 * @see content-format.md "Royalty calculation"
 */

export interface Period {
  /** As written on the command line and in file names: `2022-01`, `2022-Q1`, `2022`. */
  label: string;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`. */
  to: string;
  /** Number of calendar months (1, 3 or 12): board remuneration is paid per month. */
  months: number;
  kind: 'month' | 'quarter' | 'year';
  year: number;
  /** Month 1-12 for a month, quarter 1-4 for a quarter, absent for a year. */
  index?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(year: number, firstMonth: number, months: number): { from: string; to: string } {
  const lastMonth = firstMonth + months - 1;
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

/** Parses a period label, or returns undefined when it is not one of the three forms. */
export function parsePeriod(text: string): Period | undefined {
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    return {
      label: `${year}-${match[2]}`,
      ...span(year, month, 1),
      months: 1,
      kind: 'month',
      year,
      index: month,
    };
  }
  if (match[3] !== undefined) {
    const quarter = Number(match[3]);
    return {
      label: `${year}-Q${quarter}`,
      ...span(year, quarter * 3 - 2, 3),
      months: 3,
      kind: 'quarter',
      year,
      index: quarter,
    };
  }
  return { label: String(year), ...span(year, 1, 12), months: 12, kind: 'year', year };
}

/** True when the day `YYYY-MM-DD` lies in the period (bounds included). */
export const inPeriod = (period: Period, day: string): boolean => day >= period.from && day <= period.to;

/** The period in words, for titles: "Tháng 01 năm 2022", "Quý I năm 2022", "Năm 2022". */
export function periodInWords(period: Period): string {
  if (period.kind === 'month') return `Tháng ${pad(period.index ?? 0)} năm ${period.year}`;
  if (period.kind === 'quarter')
    return `Quý ${['I', 'II', 'III', 'IV'][(period.index ?? 1) - 1]} năm ${period.year}`;
  return `Năm ${period.year}`;
}

/** One calendar month of a period: `2024-08` and its last day. */
export interface Month {
  label: string;
  lastDay: string;
}

/** The months of a period, in order. */
export function monthsOf(period: Period): Month[] {
  const first = Number(period.from.slice(5, 7));
  return Array.from({ length: period.months }, (_, i) => {
    const month = first + i;
    return {
      label: `${period.year}-${pad(month)}`,
      lastDay: `${period.year}-${pad(month)}-${pad(lastDayOfMonth(period.year, month))}`,
    };
  });
}

/**
 * Where a period stands on the clock's day: it has not begun (an error: no list for it), it is
 * under way (a partial list, marked on every output), or it is over.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 1
 */
export const periodStatus = (period: Period, today: string): 'future' | 'partial' | 'closed' =>
  period.from > today ? 'future' : period.to > today ? 'partial' : 'closed';
