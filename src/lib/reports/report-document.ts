/**
 * Everything a printed payment list shows besides the report itself: who makes it, under
 * which rules, who signs, and the private payment details. Built once; every writer only formats it.
 */
import type { BaseSalaryEntry, BoardTerm, Person, RoyaltyScheme, Site, TaxRule } from '../content/types.ts';
import type { PayeeDetails } from '../royalty/payees.ts';
import type { Period } from '../royalty/period.ts';
import type { RoyaltyReport } from '../royalty/report.ts';
import type { StaffIncome } from '../royalty/staff-income.ts';
import type { RoyaltySummary } from '../royalty/summary.ts';

/** One signature block: the title above, the position, and the name under the signature. */
export interface Signer {
  title: string;
  position?: string;
  name: string;
}

export interface ReportDocument {
  report: RoyaltyReport;
  summary: RoyaltySummary;
  /** Staff members' nhuận bút and thù lao, for the payroll that withholds their tax. */
  staff: StaffIncome[];
  period: Period;
  site: Site;
  /** The schemes the list used, oldest first (at least the one in force). */
  schemes: RoyaltyScheme[];
  /** Base salaries used, oldest first (empty with a fixed unit value). */
  baseSalaries: BaseSalaryEntry[];
  taxRule: TaxRule | undefined;
  /** The boards in office during the period, oldest first. */
  boards: BoardTerm[];
  /** The signature blocks, left to right. */
  signers: Signer[];
  people: ReadonlyMap<string, Person>;
  /** From private/<commune>/payees.yaml; empty when the file is absent. */
  payeeDetails: ReadonlyMap<string, PayeeDetails>;
  /** The day the list is made (the clock), `YYYY-MM-DD` in Vietnam time. */
  madeOn: string;
}

/** "Xã Ea Trol" → "Ea Trol", as in the place line "Ea Trol, ngày …". */
export const placeName = (site: Site): string => site.name.replace(/^(xã|phường|thị trấn|đặc khu)\s+/i, '');

/** "Nguyễn Văn An (Văn An)" when the person has a pen name. */
export function displayName(people: ReadonlyMap<string, Person>, id: string, fallback: string): string {
  const person = people.get(id);
  if (!person) return fallback;
  return person.penName ? `${person.name} (${person.penName})` : person.name;
}

/** A genre's label from the scheme that has it (schemes of a period may differ). */
export function genreLabel(doc: Pick<ReportDocument, 'schemes'>, key: string): string {
  for (const scheme of doc.schemes) {
    const genre = scheme.genres.find((g) => g.key === key);
    if (genre) return genre.label;
  }
  return key;
}

/** "DỰ THẢO" or "Số: 3/2026": what every output says of the list's status. */
export const statusLine = (report: Pick<RoyaltyReport, 'status' | 'number'>): string =>
  report.status === 'da-lap' ? `Số: ${report.number ?? ''}` : 'DỰ THẢO';
