import { z } from 'astro/zod';
import { isoWeek } from '../sections/iso-week.ts';
import { siblingFile, vnDate } from './common.ts';
import { itemBase } from './news.ts';

/** `lich-cong-tac/**` frontmatter: the leaders' calendar of one week; the body holds the table. */
export const calendarSchema = z.object({
  ...itemBase,
  date: vnDate().describe('Ngày đăng'),
  week: z
    .string({ error: 'week là tuần theo ISO, ví dụ "2026-W48".' })
    .refine((w) => isoWeek(w) !== undefined, {
      error: 'week phải có dạng năm-Wsố tuần, ví dụ "2026-W48" (tuần 1 đến 53).',
    })
    .describe('ISO week the calendar covers: 2026-W48'),
  file: siblingFile().optional(),
});
