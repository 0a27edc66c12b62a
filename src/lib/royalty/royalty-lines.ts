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
  const units = new Map<string, { unit: UnitValue | undefined; value: number; key: string }>();
  const unitOn = (day: string) => {
    let known = units.get(day);
    if (!known) {
      const unit = unitValueOn(scheme, input.baseSalary, day);
      known = { unit, value: unit ? toNumber(unit.value) : Number.NaN, key: unit ? unit.value.toString() : '' };
      units.set(day, known);
    }
    return known;
  };
  // Thousands of lines share a few coefficients, unit values and shares: each distinct line
  // amount is worked out exactly once (decimal arithmetic took half of the report's time).
  const amounts = new Map<string, { share: number; gross: number }>();
  const amountOf = (coefficient: number, unit: UnitValue, unitKey: string, credits: readonly Credit[], index: number, reduced: boolean) => {
    const credit = credits[index]!;
    const key = `${coefficient}|${unitKey}|${credit.share ?? `1/${credits.length}`}|${reduced}`;
    let known = amounts.get(key);
    if (!known) {
      const share = creditShares(credits)[index] ?? exact(0);
      let amount = percentOf(exact(coefficient).mul(unit.value), share);
      if (reduced) amount = percentOf(amount, scheme.onDutyPercent);
      known = { share: toNumber(share.toDecimalPlaces(2)), gross: roundToMultiple(amount, scheme.rounding) };
      amounts.set(key, known);
    }
    return known;
  };
  for (const item of input.items) {
    const royalty = item.royalty;
    if (!royalty) continue;
    const { unit, value: unitValue, key: unitKey } = unitOn(pricingDay(scheme, item.date.day, input.periodEnd));
    if (!unit) throw new Error(`validate first: no base salary for ${item.file}`);
    if (unit.baseSalary) baseSalaries.add(unit.baseSalary);
    if (item.credits.some((credit) => credit.share === undefined) && !item.credits.every((credit) => credit.share === undefined)) {
      throw new Error('validate first: some credits have no share');
    }
    item.credits.forEach((credit, index) => {
      const person = input.people.get(credit.person);
      const reduced = credit.onDuty === true && person?.staff === true;
      const { share, gross } = amountOf(royalty.coefficient, unit, unitKey, item.credits, index, reduced);
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
        share,
        gross,
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
