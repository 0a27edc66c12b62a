import { z } from 'astro/zod';
import { siblingFile, vnDate } from './common.ts';
import { itemBase } from './news.ts';

/**
 * Frontmatter of the sections whose own fields are defined with their feature (thong-bao,
 * thu-tuc, gioi-thieu, lich-cong-tac, lay-y-kien, cong-khai). Unknown keys are kept for them.
 */
export const pageSchema = z.looseObject({
  ...itemBase,
  date: vnDate().optional().describe('Ngày đăng'),
  order: z.number().optional().describe('Menu order for gioi-thieu pages'),
  file: siblingFile().optional(),
});
