/**
 * Nhuận bút lines: one per credit of each item, each priced by the scheme in force on the
 * item's date and rounded once, at the end.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", steps 2-6
 */
import type { BaseSalaryEntry, Person, RoyaltyScheme } from '../content/types.ts';
import { creditAmount, creditShare, rolePercent } from './credit-share.ts';
import { multiply, roundHalfUp, toNumber } from './fraction.ts';
import type { DatedItem } from './input.ts';
import { bonusPercent, itemAmount } from './item-amount.ts';
import type { RoyaltyLine } from './report.ts';
import { pricingDay, unitValueOn } from './unit-value.ts';

export interface RoyaltyLinesInput {
  /** The scheme in force on an item's date. */
  schemeOn: (day: string) => RoyaltyScheme | undefined;
  items: readonly DatedItem[];
  people: ReadonlyMap<string, Person>;
  baseSalary: readonly BaseSalaryEntry[];
  /** The period's last day, for schemes that price by `salaryOn: period-end`. */
  periodEnd: string;
}

/** Lines in item order, then credit order. Assumes `validateRoyalties` found no error. */
export function royaltyLines(input: RoyaltyLinesInput): {
  lines: RoyaltyLine[];
  baseSalaries: Set<BaseSalaryEntry>;
  schemes: Set<RoyaltyScheme>;
} {
  const lines: RoyaltyLine[] = [];
  const baseSalaries = new Set<BaseSalaryEntry>();
  const schemes = new Set<RoyaltyScheme>();
  for (const item of input.items) {
    const royalty = item.royalty;
    if (!royalty) continue;
    const scheme = input.schemeOn(item.date.day);
    if (!scheme) throw new Error(`validate first: no royalty scheme on ${item.date.day} for ${item.file}`);
    schemes.add(scheme);
    const unit = unitValueOn(scheme, input.baseSalary, pricingDay(scheme, item.date.day, input.periodEnd));
    if (!unit) throw new Error(`validate first: no base salary for ${item.file}`);
    if (unit.baseSalary) baseSalaries.add(unit.baseSalary);
    const bonus = bonusPercent(scheme, royalty);
    const amount = itemAmount(royalty.coefficient, unit.value, bonus);
    item.credits.forEach((credit, index) => {
      const person = input.people.get(credit.person);
      if (!person) throw new Error(`validate first: unknown person ${credit.person}`);
      const share = creditShare(item.credits, index);
      const role = rolePercent(scheme, credit.role);
      const onDuty = credit.onDuty === true && person.staff ? scheme.onDutyPercent : undefined;
      // Keys in the contract's order; the optional ones only when they apply.
      lines.push({
        kind: 'nhuan-but',
        item: item.path,
        title: item.title,
        date: item.date.day,
        genre: royalty.genre,
        coefficient: royalty.coefficient,
        ...(bonus.n === 0n ? {} : { bonusPercent: toNumber(bonus) }),
        unitValue: toNumber(unit.value),
        person: credit.person,
        role: credit.role,
        share: toNumber(multiply(share, 100), 2),
        ...(role === 100 ? {} : { rolePercent: role }),
        ...(onDuty === undefined ? {} : { onDutyPercent: onDuty }),
        gross: roundHalfUp(creditAmount(amount, share, role, onDuty), scheme.rounding),
      });
    });
  }
  return { lines, baseSalaries, schemes };
}
