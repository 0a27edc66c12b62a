/**
 * Personal income tax withheld from one payee of one payment list.
 * Staff (cán bộ, công chức) are taxed with their salary, so nothing is withheld here.
 * @see Thông tư 111/2013/TT-BTC, Điều 25 (10 % from 2 000 000 đ per payment; numbers live in tax.yaml)
 */
import type { TaxRule } from '../content/types.ts';
import { percentOf, roundToMultiple } from './decimal.ts';

/** tax = round(gross × ratePercent / 100), half-up to the đồng, when the rule applies. */
export function withheldTax(gross: number, staff: boolean, rule: TaxRule | undefined): number {
  if (staff || !rule || gross < rule.thresholdPerPayment) return 0;
  return roundToMultiple(percentOf(gross, rule.ratePercent), 1);
}
