import type { z } from 'astro/zod';
import { calendarSchema } from '../schemas/calendar.ts';
import { consultationSchema } from '../schemas/consultation.ts';
import { disclosureSchema } from '../schemas/disclosure.ts';
import { documentSchema } from '../schemas/document.ts';
import { introSchema } from '../schemas/intro.ts';
import { newsSchema } from '../schemas/news.ts';
import { noticeSchema } from '../schemas/notice.ts';
import { procedureSchema } from '../schemas/procedure.ts';
import type { Section } from './types.ts';

/** The frontmatter schema of each section folder. */
export const SECTION_SCHEMAS: Record<Section, z.ZodType> = {
  'tin-tuc': newsSchema,
  'van-ban': documentSchema,
  'thong-bao': noticeSchema,
  'thu-tuc': procedureSchema,
  'gioi-thieu': introSchema,
  'lich-cong-tac': calendarSchema,
  'lay-y-kien': consultationSchema,
  'cong-khai': disclosureSchema,
};
