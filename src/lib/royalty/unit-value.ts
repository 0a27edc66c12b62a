/**
 * Giá trị một đơn vị hệ số: a percentage of the base salary in force on a day, or a fixed amount.
 * It stays exact: only each payment line is rounded.
 * @see Nghị định 18/2014/NĐ-CP, Điều 7 (nhuận bút = hệ số × giá trị một đơn vị hệ số; one unit = 10 % of the base salary)
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 3
 */
import type { BaseSalaryEntry, RoyaltyScheme } from '../content/types.ts';
import { fromNumber, percentOf, type Fraction } from './fraction.ts';
import { inForceOn } from './in-force.ts';

export interface UnitValue {
  value: Fraction;
  /** The base salary it was computed from; absent for a fixed unit value. */
  baseSalary?: BaseSalaryEntry;
}

/** The unit value on `day`, or undefined when no base salary is in force that day. */
export function unitValueOn(
  scheme: Pick<RoyaltyScheme, 'unitValue'>,
  baseSalaries: readonly BaseSalaryEntry[],
  day: string,
): UnitValue | undefined {
  if ('fixed' in scheme.unitValue) return { value: fromNumber(scheme.unitValue.fixed) };
  const baseSalary = inForceOn(baseSalaries, day);
  if (!baseSalary) return undefined;
  return { value: percentOf(baseSalary.amount, scheme.unitValue.percentOfBaseSalary), baseSalary };
}

/** The day whose base salary prices an item: its publication day or the period's last day. */
export const pricingDay = (
  scheme: Pick<RoyaltyScheme, 'salaryOn'>,
  itemDay: string,
  periodEnd: string,
): string => (scheme.salaryOn === 'publication' ? itemDay : periodEnd);
