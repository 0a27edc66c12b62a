/**
 * Thù lao for the editorial board: coefficient per month × unit value on the period's last
 * day × months in the period, rounded like every line.
 * @see content-format.md "Royalty calculation", step 7
 * @see Nghị định 18/2014/NĐ-CP, Điều 6 and Điều 8 (who is paid thù lao; its fund cap)
 */
import type { BaseSalaryEntry, EditorialBoard, RoyaltyScheme } from '../content/types.ts';
import { exact, roundToMultiple, toNumber } from './decimal.ts';
import type { Period } from './period.ts';
import type { RemunerationLine } from './report.ts';
import { unitValueOn } from './unit-value.ts';

export function remunerationLines(
  scheme: RoyaltyScheme,
  board: EditorialBoard | undefined,
  baseSalary: readonly BaseSalaryEntry[],
  period: Period,
): { lines: RemunerationLine[]; baseSalaries: BaseSalaryEntry[] } {
  const monthly = scheme.remuneration?.monthly;
  const paid = (board?.members ?? []).filter((member) => monthly?.[member.role] !== undefined);
  if (!monthly || paid.length === 0) return { lines: [], baseSalaries: [] };
  const unit = unitValueOn(scheme, baseSalary, period.to);
  if (!unit) throw new Error(`validate first: no base salary on ${period.to}`);
  const lines = paid.map((member): RemunerationLine => {
    const coefficient = monthly[member.role] ?? 0;
    return {
      kind: 'thu-lao',
      person: member.person,
      role: member.role,
      coefficient,
      months: period.months,
      unitValue: toNumber(unit.value),
      gross: roundToMultiple(exact(coefficient).mul(unit.value).mul(period.months), scheme.rounding),
    };
  });
  return { lines, baseSalaries: unit.baseSalary ? [unit.baseSalary] : [] };
}
