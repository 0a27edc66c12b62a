import { z } from 'astro/zod';
import { siblingFile, vnDate } from './common.ts';
import { itemBase } from './news.ts';

export const DISCLOSURE_KINDS = ['du-toan', 'thuc-hien', 'quyet-toan', 'dong-gop', 'khac'] as const;

/** `cong-khai/**` frontmatter: a budget or other disclosure (công khai), by year. */
export const disclosureSchema = z.object({
  ...itemBase,
  date: vnDate().describe('Ngày đăng'),
  year: z.number({ error: 'year là năm ngân sách, ví dụ 2026.' }).int().min(1945).max(2200).describe('The budget year disclosed'),
  kind: z.enum(DISCLOSURE_KINDS, { error: `kind phải là một trong: ${DISCLOSURE_KINDS.join(', ')}.` }).describe('Dự toán, thực hiện, quyết toán, đóng góp của Nhân dân, khác'),
  file: siblingFile().optional().describe('The disclosure table, beside the .md file'),
});
