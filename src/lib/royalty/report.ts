/**
 * The payment list of one commune for one period, shaped exactly like
 * `reports/<commune>/nhuan-but-<period>.json`. Property order is the file's order.
 * @see content-format.md "Machine-readable output"
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
  /** Giá trị một đơn vị hệ số used for this item, in đồng (exact, may have decimals). */
  unitValue: number;
  person: string;
  role: CreditRole;
  /** The credit's share of the item, in percent; for an equal split, 100 / n to 2 decimals. */
  share: number;
  /** Present only when the on-duty reduction applied: the percentage paid. */
  onDutyPercent?: number;
  gross: number;
}

/** Thù lao: one board member for the whole period. */
export interface RemunerationLine {
  kind: 'thu-lao';
  person: string;
  role: BoardRole;
  coefficient: number;
  months: number;
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
  scheme: string;
  lines: ReportLine[];
  payees: PayeeTotal[];
  totals: { gross: number; tax: number; net: number; grossInWords: string };
}
