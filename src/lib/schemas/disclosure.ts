import { z } from 'astro/zod';
import { siblingFile, vnDate } from './common.ts';
import { itemBase } from './news.ts';

/**
 * What a disclosure (công khai) is. The budget kinds come first, then what Luật Tiếp cận thông
 * tin Điều 19 khoản 1 adds for every state body.
 * @see Luật Tiếp cận thông tin 2016, Điều 19 khoản 1 điểm c (chương trình, kế hoạch công tác),
 *   d (dự án đầu tư công, mua sắm công), e (ngân sách, báo cáo tài chính), g (danh mục thông tin phải công khai)
 */
export const DISCLOSURE_KINDS = [
  'du-toan',
  'thuc-hien',
  'quyet-toan',
  'dong-gop',
  'ke-hoach-cong-tac',
  'dau-tu-cong',
  'mua-sam-cong',
  'danh-muc-thong-tin',
  'khac',
] as const;
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number];

/** The budget kinds, which cover a period of the budget year. */
export const BUDGET_KINDS = [
  'du-toan',
  'thuc-hien',
  'quyet-toan',
] as const satisfies readonly DisclosureKind[];

/** The period of the budget year a disclosure covers: the year, a quarter, six or nine months. */
export const BUDGET_PERIODS = ['nam', 'quy-1', 'quy-2', 'quy-3', 'quy-4', '6-thang', '9-thang'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** `cong-khai/**` frontmatter: a budget or other disclosure (công khai), by year. */
export const disclosureSchema = z
  .object({
    ...itemBase,
    date: vnDate().describe('Ngày đăng'),
    year: z
      .number({ error: 'year là năm ngân sách, ví dụ 2026.' })
      .int()
      .min(1945)
      .max(2200)
      .describe('The budget (or plan) year disclosed'),
    kind: z
      .enum(DISCLOSURE_KINDS, { error: `kind phải là một trong: ${DISCLOSURE_KINDS.join(', ')}.` })
      .describe(
        'Dự toán, thực hiện, quyết toán, đóng góp, kế hoạch công tác, đầu tư công, mua sắm công, danh mục thông tin, khác',
      ),
    period: z
      .enum(BUDGET_PERIODS, { error: `period phải là một trong: ${BUDGET_PERIODS.join(', ')}.` })
      .optional()
      .describe('Budget kinds: the period covered (default: nam, the whole year); thuc-hien needs it'),
    file: siblingFile().optional().describe('The disclosure table, beside the .md file'),
  })
  .refine((d) => d.kind !== 'thuc-hien' || d.period !== undefined, {
    path: ['period'],
    error:
      'Công khai tình hình thực hiện ngân sách phải ghi kỳ (period): quy-1, quy-2, quy-3, quy-4, 6-thang, 9-thang hoặc nam.',
  })
  .refine((d) => d.period === undefined || (BUDGET_KINDS as readonly string[]).includes(d.kind), {
    path: ['period'],
    error: 'Chỉ công khai ngân sách (du-toan, thuc-hien, quyet-toan) mới có kỳ (period); bỏ dòng period.',
  });
