import { z } from 'astro/zod';
import { siblingFile, text, vnDate } from './common.ts';
import { itemBase } from './news.ts';

/** `lay-y-kien/**` frontmatter: a draft open for public comment (lấy ý kiến). */
export const consultationSchema = z
  .object({
    ...itemBase,
    date: vnDate().describe('Ngày đăng'),
    opens: vnDate().describe('First day comments are taken'),
    closes: vnDate().describe('Last day comments are taken (whole day, Vietnam time)'),
    sendTo: text().describe('Where and how to send comments'),
    result: text()
      .optional()
      .describe('Summary of the comments received and how they were used, after closing'),
    file: siblingFile().optional().describe('The draft, beside the .md file'),
  })
  .refine((d) => d.closes.day >= d.opens.day, {
    path: ['closes'],
    error: 'Ngày kết thúc (closes) phải bằng hoặc sau ngày bắt đầu (opens).',
  });
