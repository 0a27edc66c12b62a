/**
 * Everything a printed payment list shows besides the report itself: who makes it, under
 * which rules, and the private payment details. Built once; every writer only formats it.
 */
import type { BaseSalaryEntry, Person, RoyaltyScheme, Site, TaxRule } from '../content/types.ts';
import type { PayeeDetails } from '../royalty/payees.ts';
import type { Period } from '../royalty/period.ts';
import type { RoyaltyReport } from '../royalty/report.ts';
import type { RoyaltySummary } from '../royalty/summary.ts';

export interface ReportDocument {
  report: RoyaltyReport;
  summary: RoyaltySummary;
  period: Period;
  site: Site;
  scheme: RoyaltyScheme;
  /** Base salaries used, oldest first (empty with a fixed unit value). */
  baseSalaries: BaseSalaryEntry[];
  taxRule: TaxRule | undefined;
  /** Name of the Trưởng ban biên tập, printed under the board's signature. */
  boardHead: string | undefined;
  people: ReadonlyMap<string, Person>;
  /** From private/<commune>/payees.yaml; empty when the file is absent. */
  payeeDetails: ReadonlyMap<string, PayeeDetails>;
  /** The day the list is made (the clock), `YYYY-MM-DD` in Vietnam time. */
  madeOn: string;
}

/** "Xã Ea Trol" → "Ea Trol", as in the place line "Ea Trol, ngày …". */
export const placeName = (site: Site): string => site.name.replace(/^(xã|phường|thị trấn)\s+/i, '');

/** "Nguyễn Văn An (Văn An)" when the person has a pen name. */
export function displayName(people: ReadonlyMap<string, Person>, id: string, fallback: string): string {
  const person = people.get(id);
  if (!person) return fallback;
  return person.penName ? `${person.name} (${person.penName})` : person.name;
}
