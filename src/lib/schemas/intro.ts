import { z } from 'astro/zod';
import { siblingFile, text } from './common.ts';
import { itemBase } from './news.ts';

export const INTRO_KINDS = ['tong-quan', 'lich-su', 'to-chuc', 'lanh-dao', 'ban-do', 'khac'] as const;

/**
 * `gioi-thieu/**` frontmatter: one introduction page. `image` is a path here; Astro resolves it
 * for the site (the administrative map is an image with a text alternative).
 */
export const introFields = z.object({
  ...itemBase,
  order: z.number({ error: 'order là một số (thứ tự trong mục Giới thiệu).' }).optional().describe('Order in the Giới thiệu menu'),
  kind: z.enum(INTRO_KINDS, { error: `kind phải là một trong: ${INTRO_KINDS.join(', ')}.` }).optional().describe('What the page is'),
  image: z.string().optional().describe('Image beside the file (./ban-do.png), e.g. the administrative map'),
  imageAlt: text().optional().describe('Text alternative, required with image'),
  file: siblingFile().optional(),
});

export const introSchema = introFields.refine((d) => d.image === undefined || d.imageAlt !== undefined, {
  path: ['imageAlt'],
  error: 'Có ảnh (image) thì phải có mô tả ảnh (imageAlt) cho người khiếm thị, ví dụ mô tả ranh giới và các thôn trên bản đồ.',
});
