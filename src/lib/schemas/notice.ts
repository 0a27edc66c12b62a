import { z } from 'astro/zod';
import { siblingFile, vnDate } from './common.ts';
import { itemBase } from './news.ts';

/** `thong-bao/**` frontmatter: a notice (thông báo), optionally with a file and an end date. */
export const noticeSchema = z.object({
  ...itemBase,
  date: vnDate().describe('Ngày đăng'),
  endDate: vnDate()
    .optional()
    .describe(
      'Last day the notice applies; after it the notice leaves the home page and stays in the archive',
    ),
  file: siblingFile().optional().describe('Tệp đính kèm cạnh tệp .md'),
});
