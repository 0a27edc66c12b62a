import { z } from 'astro/zod';
import { absoluteUrl, id, text, vnDate } from './common.ts';
import { creditsField, royaltySchema } from './credits.ts';

/** Fields every item of every section may carry. */
export const itemBase = {
  title: text().describe('Tiêu đề'),
  summary: text().optional().describe('Tóm tắt'),
  draft: z
    .boolean({ error: 'draft là true hoặc false.' })
    .default(false)
    .describe('Drafts are never published'),
  credits: creditsField().default([]),
  royalty: royaltySchema.optional().describe('Absent: the item earns no royalty'),
};

/**
 * `tin-tuc/**` frontmatter fields. `image` is checked as a path here; Astro resolves it for the
 * site (content.config.ts replaces it with Astro's `image()`).
 */
export const newsFields = z.object({
  ...itemBase,
  date: vnDate().describe('Ngày đăng'),
  category: id().optional().describe('Category code, e.g. kinh-te'),
  image: z.string().optional().describe('Image beside the file, ./anh.jpg'),
  imageAlt: text().optional().describe('Text alternative, required with image'),
  imageCaption: text().optional().describe('Caption shown under the photo: what, where, who took it'),
  credits: creditsField().min(1, { error: 'Tin bài cần ít nhất một người trong credits (tác giả).' }),
  source: z
    .object({ name: text(), url: absoluteUrl().optional() })
    .optional()
    .describe('For republished items'),
});

/** `tin-tuc/**` frontmatter, with the rule that an image needs its text alternative. */
export const newsSchema = newsFields.refine((d) => d.image === undefined || d.imageAlt !== undefined, {
  path: ['imageAlt'],
  error: 'Có ảnh (image) thì phải có mô tả ảnh (imageAlt) cho người khiếm thị.',
});
