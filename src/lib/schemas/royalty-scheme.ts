import { z } from 'astro/zod';
import { id, percent, text } from './common.ts';
import { dong, legalDay } from './base-salary.ts';
import { BOARD_ROLES } from './editorial-board.ts';
import { CREDIT_ROLES } from './credits.ts';

const coefficient = () =>
  z
    .number({ error: 'Cần một hệ số (số thập phân viết bằng dấu chấm, ví dụ 1.5).' })
    .min(0, { error: 'Hệ số không được âm.' });

/** One genre (thể loại) and its coefficient range. */
const genreSchema = z
  .object({
    key: id().describe('Code used in items: royalty.genre'),
    label: text().describe('Name shown on payment lists: "Tin kèm ảnh"'),
    min: coefficient().describe('Lowest coefficient'),
    max: coefficient().describe('Highest coefficient'),
  })
  .refine((genre) => genre.min <= genre.max, { error: 'min phải nhỏ hơn hoặc bằng max.', path: ['max'] });

/**
 * Giá trị một đơn vị hệ số: a percentage of the base salary, or a fixed amount.
 * @see Nghị định 18/2014/NĐ-CP, Điều 7 (one unit = 10 % of the base salary)
 */
const unitValueSchema = z.union(
  [
    z.strictObject({ percentOfBaseSalary: percent().describe('Percent of the base salary in force') }),
    z.strictObject({ fixed: dong().describe('Fixed đồng per coefficient unit') }),
  ],
  { error: 'unitValue cần đúng một trong hai: "percentOfBaseSalary: 10" hoặc "fixed: 150000".' },
);

/**
 * `_shared/royalty-schemes/<id>.yaml`: one province's or agency's decision on royalties.
 * The id is the file name, added by the loader.
 * @see content-format.md "_shared/royalty-schemes/<id>.yaml"
 */
export const royaltySchemeSchema = z.object({
  title: text().describe('Title of the decision'),
  basis: text().describe('The decision: number, date and issuer'),
  effectiveFrom: legalDay().describe('Day the decision takes effect, YYYY-MM-DD'),
  unitValue: unitValueSchema.describe('Value of one coefficient unit'),
  salaryOn: z
    .enum(['publication', 'period-end'], {
      error: 'salaryOn là "publication" (ngày đăng) hoặc "period-end" (ngày cuối kỳ).',
    })
    .describe("Which day's base salary prices an item"),
  onDutyPercent: percent().describe('Share paid to staff for work within their assigned duties'),
  rounding: z
    .number({ error: 'rounding là một số nguyên dương, ví dụ 1000 (làm tròn đến nghìn đồng) hoặc 1.' })
    .int({ error: 'rounding phải là số nguyên, ví dụ 1000.' })
    .min(1, { error: 'rounding phải từ 1 trở lên.' })
    .describe('Each line is rounded half-up to a multiple of this many đồng'),
  genres: z
    .array(genreSchema)
    .min(1, { error: 'Cần ít nhất một thể loại.' })
    .superRefine((genres, ctx) => {
      const seen = new Set<string>();
      genres.forEach((genre, index) => {
        if (seen.has(genre.key))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: `Thể loại "${genre.key}" bị khai báo hai lần.`,
          });
        seen.add(genre.key);
      });
    })
    .describe('Genres and their coefficient ranges'),
  rolePercent: z
    .strictObject(
      Object.fromEntries(CREDIT_ROLES.map((role) => [role, percent().exactOptional()])) as Record<
        (typeof CREDIT_ROLES)[number],
        z.ZodExactOptional<ReturnType<typeof percent>>
      >,
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `Vai trò không có trong credits: ${issue.keys.join(', ')}. Chỉ dùng: ${CREDIT_ROLES.join(', ')}.`
            : undefined,
      },
    )
    .exactOptional()
    .describe(
      'Percent of its share a credit of that role earns (default 100): dich 50 = a translation earns half',
    ),
  bonuses: z
    .array(
      z.object({
        key: id().describe('Code used in items: royalty.bonuses'),
        label: text().describe('What it rewards: "Tác phẩm bằng tiếng dân tộc thiểu số"'),
        percent: z
          .number({ error: 'Cần một số phần trăm, ví dụ 30.' })
          .min(0, { error: 'Phần trăm không được âm.' })
          .describe("Raises the item's amount by this percent"),
      }),
    )
    .superRefine((bonuses, ctx) => {
      const seen = new Set<string>();
      bonuses.forEach((bonus, index) => {
        if (seen.has(bonus.key))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: `Khoản cộng thêm "${bonus.key}" bị khai báo hai lần.`,
          });
        seen.add(bonus.key);
      });
    })
    .exactOptional()
    .describe(
      'Raises an item may opt into (NĐ 18/2014 Điều 4: ethnic languages +30-50 %, works for children +10-20 %)',
    ),
  remuneration: z
    .object({
      capPercentOfRoyalties: percent()
        .exactOptional()
        .describe(
          "Warn when the period's thù lao exceeds this percent of its nhuận bút (NĐ 18/2014 Điều 8: 50)",
        ),
      monthly: z
        .strictObject(
          Object.fromEntries(BOARD_ROLES.map((role) => [role, coefficient().exactOptional()])) as Record<
            (typeof BOARD_ROLES)[number],
            z.ZodExactOptional<ReturnType<typeof coefficient>>
          >,
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? `Vai trò không có trong Ban biên tập: ${issue.keys.join(', ')}. Chỉ dùng: ${BOARD_ROLES.join(', ')}.`
                : undefined,
          },
        )
        .describe('Coefficient per month for each board role'),
    })
    .exactOptional()
    .describe('Thù lao for the editorial board'),
  example: z.boolean().exactOptional().describe('True for shipped example numbers a deployment must replace'),
});
