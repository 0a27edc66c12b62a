/**
 * Per payee: gross = sum of their lines; tax withheld by the rule in force on the payment day;
 * net = gross − tax. Payees appear in the order of their first line.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 8
 */
import type { Person, TaxRule } from '../content/types.ts';
import type { PayeeTotal, ReportLine } from './report.ts';
import { withheldTax } from './tax.ts';

export function payeeTotals(
  lines: readonly ReportLine[],
  people: ReadonlyMap<string, Person>,
  rule: TaxRule | undefined,
): PayeeTotal[] {
  const gross = new Map<string, number>();
  for (const line of lines) gross.set(line.person, (gross.get(line.person) ?? 0) + line.gross);
  return [...gross].map(([id, amount]) => {
    const person = people.get(id);
    if (!person) throw new Error(`validate first: unknown person ${id}`);
    const tax = withheldTax(amount, person.staff, rule);
    return { person: id, name: person.name, gross: amount, tax, net: amount - tax };
  });
}
