import { z } from 'astro/zod';
import { text, vnDate } from './common.ts';

/**
 * A calendar day `YYYY-MM-DD` as legal numbers are dated. YAML may give text or, with a
 * YAML 1.1 parser, a JS Date at UTC midnight: both read back as the day written.
 */
export const legalDay = () => vnDate().transform((date) => date.day);

/** Whole đồng, as money is written in the content files. */
export const dong = () =>
  z
    .number({ error: 'Cần một số tiền (số nguyên đồng, không dấu chấm phân cách), ví dụ 1490000.' })
    .int({ error: 'Số tiền phải là số nguyên đồng, không có phần lẻ.' })
    .min(0, { error: 'Số tiền không được âm.' });

/**
 * One dated mức lương cơ sở. The amount in force on a day is the entry with the latest
 * `from` on or before it.
 * @see Nghị định 38/2019/NĐ-CP, 24/2023/NĐ-CP, 73/2024/NĐ-CP
 */
export const baseSalaryEntrySchema = z.object({
  from: legalDay().describe('First day the amount applies, YYYY-MM-DD'),
  amount: dong().describe('Mức lương cơ sở per month, in đồng'),
  basis: text().describe('The decree that sets it, e.g. "Nghị định 24/2023/NĐ-CP"'),
  confirmed: z
    .boolean({ error: 'confirmed là true hoặc false.' })
    .exactOptional()
    .describe('false: a figure not yet checked against the gazette; every list it prices says so'),
});

/** `_shared/base-salary.yaml`: the base-salary timeline. */
export const baseSalarySchema = z
  .array(baseSalaryEntrySchema, {
    error: 'base-salary.yaml phải là một danh sách, mỗi mục dạng "- from: 2023-07-01" với amount và basis.',
  })
  .min(1, { error: 'Cần ít nhất một mức lương cơ sở.' })
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.from)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'from'],
          message: `Ngày ${entry.from} đã có một mức lương cơ sở khác: mỗi ngày chỉ một mức.`,
        });
      }
      seen.add(entry.from);
    });
  })
  .describe('Mức lương cơ sở, dated');
