/**
 * Personal income tax withheld from one payee of one payment list, by the rule in force on the
 * payment day. Staff (cán bộ, công chức) are taxed with their salary: nothing is withheld here.
 * @see Thông tư 111/2013/TT-BTC, Điều 25 (10 % from 2 000 000 đ per payment)
 * @see Nghị định 253/2026/NĐ-CP, Điều 50 khoản 2 (from 1/7/2026: from 5 000 000 đ); the numbers live in tax.yaml
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 8
 */
import type { TaxRule } from '../content/types.ts';
import { percentOf, roundHalfUp } from './fraction.ts';
import { inForceOn } from './in-force.ts';

/** The rule of tax.yaml in force on the payment day. */
export const taxRuleOn = (rules: readonly TaxRule[], paidOn: string): TaxRule | undefined =>
  inForceOn(rules, paidOn);

/** tax = gross × ratePercent / 100, half-up to the đồng, when gross reaches the threshold. */
export function withheldTax(gross: number, staff: boolean, rule: TaxRule | undefined): number {
  if (staff || !rule || gross < rule.thresholdPerPayment) return 0;
  return roundHalfUp(percentOf(gross, rule.ratePercent), 1);
}
