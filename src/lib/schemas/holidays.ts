import { z } from 'astro/zod';
import { text, vnDate } from './common.ts';

/**
 * `_shared/holidays.yaml`: public holidays (ngày nghỉ lễ, Tết) on which offices do not work,
 * so that "5 working days" skips them. Weekends are not listed: they never count.
 * @see Bộ luật Lao động 2019, Điều 112 (the holidays); Luật Tiếp cận thông tin 2016, Điều 18
 */
export const holidaysSchema = z.array(
  z.object({
    date: vnDate().describe('The day off, YYYY-MM-DD'),
    name: text().describe('What the holiday is: "Quốc khánh"'),
  }),
  { error: 'holidays.yaml là một danh sách, mỗi dòng dạng "- { date: 2026-09-02, name: Quốc khánh }".' },
);
