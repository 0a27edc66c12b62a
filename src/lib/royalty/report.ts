/**
 * The payment list of one commune for one period, shaped exactly like
 * `reports/<commune>/nhuan-but-<period>.json`. Property order is the file's order.
 * @see content-format.md "Machine-readable output" and "Royalty calculation: version 2"
 */
import type { BoardRole, CreditRole } from '../content/types.ts';

/** Nhuận bút: one credit of one item. */
export interface RoyaltyLine {
  kind: 'nhuan-but';
  /** The item's path under the commune folder, without extension. */
  item: string;
  title: string;
  date: string;
  genre: string;
  coefficient: number;
  /** Sum of the item's bonuses, in percent; present only when it has some. */
  bonusPercent?: number;
  /** Giá trị một đơn vị hệ số used for this item, in đồng. */
  unitValue: number;
  person: string;
  role: CreditRole;
  /** The credit's share of the item, in percent; an equal split shows 100 / n to 2 decimals (computed exactly). */
  share: number;
  /** Present only when the scheme pays this role less than 100 %. */
  rolePercent?: number;
  /** Present only when the on-duty reduction applied: the percentage paid. */
  onDutyPercent?: number;
  gross: number;
}

/** Thù lao: one board member for a run of months with the same role, coefficient and unit value. */
export interface RemunerationLine {
  kind: 'thu-lao';
  person: string;
  role: BoardRole;
  coefficient: number;
  months: number;
  /** First and last month of the run, `YYYY-MM`. */
  from: string;
  to: string;
  unitValue: number;
  gross: number;
}

export type ReportLine = RoyaltyLine | RemunerationLine;

export interface PayeeTotal {
  person: string;
  name: string;
  gross: number;
  tax: number;
  net: number;
}

export interface RoyaltyReport {
  commune: string;
  period: { label: string; from: string; to: string };
  /** The period ends after the clock: only what happened by then is paid. */
  partial: boolean;
  /** The payment day, which chooses the tax rule. */
  paidOn: string;
  /** The scheme in force on the period's last day counted (the last one used). */
  scheme: string;
  /** Every scheme used, oldest first, when the period spans a change. */
  schemes?: string[];
  /** "du-thao" until the list is issued with --issue; then "da-lap" with its number. */
  status: 'du-thao' | 'da-lap';
  number?: string;
  lines: ReportLine[];
  payees: PayeeTotal[];
  totals: { gross: number; tax: number; net: number; grossInWords: string; netInWords: string };
  /** What the accountant must read before paying: partial period, example scheme, unconfirmed figures, fund cap. */
  warnings: string[];
}
