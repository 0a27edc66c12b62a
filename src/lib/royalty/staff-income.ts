/**
 * Staff (cán bộ, công chức) are not withheld on the payment list: their royalties are taxed
 * with their wages. The payroll accountant needs each one's nhuận bút and thù lao of the period.
 * @see Thông tư 111/2013/TT-BTC, Điều 25 (withholding on payments to people without a labour contract)
 */
import type { Person } from '../content/types.ts';
import type { RoyaltyReport } from './report.ts';

export interface StaffIncome {
  person: string;
  name: string;
  title?: string;
  royalties: number;
  remuneration: number;
  total: number;
}

/** One row per staff payee, in the list's payee order. */
export function staffIncome(
  report: Pick<RoyaltyReport, 'lines' | 'payees'>,
  people: ReadonlyMap<string, Person>,
): StaffIncome[] {
  return report.payees.flatMap((payee) => {
    const person = people.get(payee.person);
    if (!person?.staff) return [];
    const mine = report.lines.filter((line) => line.person === payee.person);
    const sum = (kind: string) =>
      mine.filter((line) => line.kind === kind).reduce((total, line) => total + line.gross, 0);
    const royalties = sum('nhuan-but');
    const remuneration = sum('thu-lao');
    return [
      {
        person: payee.person,
        name: person.name,
        ...(person.title ? { title: person.title } : {}),
        royalties,
        remuneration,
        total: royalties + remuneration,
      },
    ];
  });
}
