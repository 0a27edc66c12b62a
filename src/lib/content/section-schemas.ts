import type { z } from 'astro/zod';
import { documentSchema } from '../schemas/document.ts';
import { newsSchema } from '../schemas/news.ts';
import { pageSchema } from '../schemas/page.ts';
import type { Section } from './types.ts';

/** The frontmatter schema of each section folder. */
export const SECTION_SCHEMAS: Record<Section, z.ZodType> = {
  'tin-tuc': newsSchema,
  'van-ban': documentSchema,
  'thong-bao': pageSchema,
  'thu-tuc': pageSchema,
  'gioi-thieu': pageSchema,
  'lich-cong-tac': pageSchema,
  'lay-y-kien': pageSchema,
  'cong-khai': pageSchema,
};
