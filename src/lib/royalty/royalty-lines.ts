/**
 * Nhuận bút lines: one per credit of each item.
 * @see content-format.md "Royalty calculation", steps 2-6
 * @see Nghị định 18/2014/NĐ-CP, Điều 4 (co-authors share by agreement; staff working within
 *      their assigned duties are paid a reduced rate set by the scheme)
 */
import type { BaseSalaryEntry, Credit, Person, RoyaltyScheme } from '../content/types.ts';
import { exact, percentOf, roundToMultiple, toNumber, type Exact } from './decimal.ts';
import type { DatedItem } from './input.ts';
import type { RoyaltyLine } from './report.ts';
import { pricingDay, unitValueOn, type UnitValue } from './unit-value.ts';

export interface RoyaltyLinesInput {
  scheme: RoyaltyScheme;
  items: readonly DatedItem[];
  people: ReadonlyMap<string, Person>;
  baseSalary: readonly BaseSalaryEntry[];
  periodEnd: string;
}

/** Each credit's exact share in percent: as written, or 100 / n when no credit has one. */
export function creditShares(credits: readonly Credit[]): Exact[] {
  if (credits.every((credit) => credit.share === undefined)) {
    return credits.map(() => exact(100).div(credits.length));
  }
  return credits.map((credit) => {
    if (credit.share === undefined) throw new Error('validate first: some credits have no share');
    return exact(credit.share);
  });
}

/** Lines in item order, then credit order. Assumes `validateRoyalties` found no error. */
export function royaltyLines(input: RoyaltyLinesInput): { lines: RoyaltyLine[]; baseSalaries: BaseSalaryEntry[] } {
  const { scheme } = input;
  const lines: RoyaltyLine[] = [];
  const baseSalaries = new Set<BaseSalaryEntry>();
  // Thousands of items share a handful of pricing days: each day's unit value is computed once.
  const units = new Map<string, { unit: UnitValue | undefined; value: number }>();
  const unitOn = (day: string) => {
    let known = units.get(day);
    if (!known) {
      const unit = unitValueOn(scheme, input.baseSalary, day);
      known = { unit, value: unit ? toNumber(unit.value) : Number.NaN };
      units.set(day, known);
    }
    return known;
  };
  for (const item of input.items) {
    const royalty = item.royalty;
    if (!royalty) continue;
    const { unit, value: unitValue } = unitOn(pricingDay(scheme, item.date.day, input.periodEnd));
    if (!unit) throw new Error(`validate first: no base salary for ${item.file}`);
    if (unit.baseSalary) baseSalaries.add(unit.baseSalary);
    const itemAmount = exact(royalty.coefficient).mul(unit.value);
    const shares = creditShares(item.credits);
    item.credits.forEach((credit, index) => {
      const share = shares[index] ?? exact(0);
      const person = input.people.get(credit.person);
      const reduced = credit.onDuty === true && person?.staff === true;
      let amount = percentOf(itemAmount, share);
      if (reduced) amount = percentOf(amount, scheme.onDutyPercent);
      const line: RoyaltyLine = {
        kind: 'nhuan-but',
        item: item.path,
        title: item.title,
        date: item.date.day,
        genre: royalty.genre,
        coefficient: royalty.coefficient,
        unitValue,
        person: credit.person,
        role: credit.role,
        share: toNumber(share.toDecimalPlaces(2)),
        gross: roundToMultiple(amount, scheme.rounding),
      };
      if (reduced) {
        // Keep the contract's key order: onDutyPercent sits just before gross.
        const { gross, ...rest } = line;
        lines.push({ ...rest, onDutyPercent: scheme.onDutyPercent, gross });
      } else {
        lines.push(line);
      }
    });
  }
  return { lines, baseSalaries: [...baseSalaries] };
}
