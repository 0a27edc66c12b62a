/**
 * Per payee: gross = sum of their lines; tax withheld per tax.yaml; net = gross − tax.
 * Payees appear in the order of their first line.
 * @see content-format.md "Royalty calculation", step 8
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
    const tax = withheldTax(amount, person?.staff ?? false, rule);
    return { person: id, name: person?.name ?? id, gross: amount, tax, net: amount - tax };
  });
}
