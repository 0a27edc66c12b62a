/**
 * The royalty engine: one commune, one period → the payment list. Pure: same input, same report.
 * Run `validateRoyalties` first; this function throws on input that validation rejects.
 * @see content-format.md "Royalty calculation" and "Machine-readable output"
 */
import type { BaseSalaryEntry, TaxRule } from '../content/types.ts';
import { amountInWords } from '../vietnamese-number-words.ts';
import { inForceOn } from './in-force.ts';
import type { RoyaltyInput } from './input.ts';
import { payeeTotals } from './payee-totals.ts';
import { remunerationLines } from './remuneration-lines.ts';
import type { RoyaltyReport } from './report.ts';
import { royaltyLines } from './royalty-lines.ts';

export interface Calculation {
  report: RoyaltyReport;
  /** The base salaries the report used, oldest first, for the legal basis of the printed list. */
  baseSalaries: BaseSalaryEntry[];
  /** The tax rule in force on the period's last day. */
  taxRule: TaxRule | undefined;
}

export function calculateRoyalties(input: RoyaltyInput): Calculation {
  const { scheme, period } = input;
  if (!scheme || input.schemeId === undefined) throw new Error(`validate first: ${input.commune} has no royalty scheme`);
  const people = new Map(input.people.map((person) => [person.id, person]));
  const royalty = royaltyLines({ scheme, items: input.items, people, baseSalary: input.baseSalary, periodEnd: period.to });
  const remuneration = remunerationLines(scheme, input.board, input.baseSalary, period);
  const lines = [...royalty.lines, ...remuneration.lines];
  const taxRule = inForceOn(input.tax, period.to);
  const payees = payeeTotals(lines, people, taxRule);
  const sum = (key: 'gross' | 'tax' | 'net'): number => payees.reduce((total, payee) => total + payee[key], 0);
  const gross = sum('gross');
  return {
    report: {
      commune: input.commune,
      period: { label: period.label, from: period.from, to: period.to },
      scheme: input.schemeId,
      lines,
      payees,
      totals: { gross, tax: sum('tax'), net: sum('net'), grossInWords: amountInWords(gross) },
    },
    baseSalaries: [...new Set([...royalty.baseSalaries, ...remuneration.baseSalaries])].toSorted((a, b) =>
      a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
    ),
    taxRule,
  };
}
