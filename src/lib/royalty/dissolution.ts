/**
 * Payment lists of a dissolved commune end on the day before its dissolution: a period that
 * starts on or after that day is refused, one that runs past it is cut there (its label kept, so
 * the list of "2025" of a commune dissolved on 1/7/2025 covers 1/1 to 30/6/2025).
 * @see content contract, "Administrative changes": payment lists of a dissolved commune end on
 *   the day before `dissolved.date`
 */
import type { Site } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import type { Period } from './period.ts';

const dayBefore = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Months from the first day's month to the last day's month, both included. */
const monthsBetween = (from: string, to: string): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7)) +
  1;

export type LifePeriod = { period: Period; cut: boolean } | { refused: string };

export function periodWithinLife(period: Period, site: Pick<Site, 'name' | 'dissolved'>): LifePeriod {
  const dissolved = site.dissolved;
  if (!dissolved || period.to < dissolved.date.day) return { period, cut: false };
  const last = dayBefore(dissolved.date.day);
  if (period.from > last) {
    return {
      refused: `${site.name} đã sáp nhập vào đơn vị khác từ ngày ${formatDay(dissolved.date.day)} (${dissolved.basis}): không lập bảng kê cho kỳ ${period.label} (từ ${formatDay(period.from)}). Bảng kê cuối cùng của xã kết thúc ngày ${formatDay(last)}; nhuận bút, thù lao từ ngày sáp nhập do đơn vị kế thừa chi trả.`,
    };
  }
  return { period: { ...period, to: last, months: monthsBetween(period.from, last) }, cut: true };
}
