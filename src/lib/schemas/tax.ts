import { z } from 'astro/zod';
import { percent, text } from './common.ts';
import { dong, legalDay } from './base-salary.ts';

/**
 * One dated withholding rule for personal income tax on royalties paid to non-staff.
 * @see Thông tư 111/2013/TT-BTC, Điều 25 (10 % when one payment is at least 2 000 000 đ)
 */
export const taxRuleSchema = z.object({
  from: legalDay().describe('First day the rule applies, YYYY-MM-DD'),
  thresholdPerPayment: dong().describe(
    "Withhold when a payee's total in one payment list is at least this, in đồng",
  ),
  ratePercent: percent().describe('Percentage withheld, 0-100'),
  basis: text().describe('The legal text, e.g. "Thông tư 111/2013/TT-BTC, Điều 25"'),
  confirmed: z
    .boolean({ error: 'confirmed là true hoặc false.' })
    .exactOptional()
    .describe('false: a figure not yet checked against the gazette; every list it prices says so'),
});

/** `_shared/tax.yaml`: the rule in force on the payment day applies to a payment list. */
export const taxSchema = z
  .array(taxRuleSchema, {
    error:
      'tax.yaml phải là một danh sách, mỗi mục dạng "- from: 2013-10-01" với thresholdPerPayment, ratePercent và basis.',
  })
  .min(1, { error: 'Cần ít nhất một quy định khấu trừ thuế.' })
  .describe('Personal income tax withholding rules, dated');
