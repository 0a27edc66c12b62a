import { z } from 'astro/zod';
import { siblingFile, text } from './common.ts';
import { itemBase } from './news.ts';

/**
 * What an introduction page is. The oversight report checks that the pages the law names exist.
 * @see Nghị định 224/2026/NĐ-CP, Điều 9 khoản 1 (bản đồ địa giới hành chính, điều kiện tự nhiên,
 *   lịch sử, văn hóa, di tích, danh thắng, tóm tắt tiểu sử lãnh đạo; cam kết chất lượng dịch vụ)
 * @see Luật Tiếp cận thông tin 2016, Điều 24; Nghị định 13/2018/NĐ-CP, Mẫu số 01a (phiếu yêu cầu cung cấp thông tin)
 * @see Luật Tiếp công dân 2013, Điều 13 (lịch tiếp công dân được niêm yết, công khai)
 */
export const INTRO_KINDS = [
  'tong-quan',
  'dieu-kien-tu-nhien',
  'lich-su',
  'di-tich-danh-thang',
  'to-chuc',
  'lanh-dao',
  'ban-do',
  'cam-ket-chat-luong',
  'tiep-cong-dan',
  'yeu-cau-thong-tin',
  'khac',
] as const;
export type IntroKind = (typeof INTRO_KINDS)[number];

/**
 * `gioi-thieu/**` frontmatter: one introduction page. `image` is a path here; Astro resolves it
 * for the site (the administrative map is an image with a text alternative).
 */
export const introFields = z.object({
  ...itemBase,
  order: z
    .number({ error: 'order là một số (thứ tự trong mục Giới thiệu).' })
    .optional()
    .describe('Order in the Giới thiệu menu'),
  kind: z
    .enum(INTRO_KINDS, { error: `kind phải là một trong: ${INTRO_KINDS.join(', ')}.` })
    .optional()
    .describe('What the page is'),
  image: z.string().optional().describe('Image beside the file (./ban-do.png), e.g. the administrative map'),
  imageAlt: text().optional().describe('Text alternative, required with image'),
  file: siblingFile().optional(),
});

export const introSchema = introFields
  .refine((d) => d.image === undefined || d.imageAlt !== undefined, {
    path: ['imageAlt'],
    error:
      'Có ảnh (image) thì phải có mô tả ảnh (imageAlt) cho người khiếm thị, ví dụ mô tả ranh giới và các thôn trên bản đồ.',
  })
  .refine((d) => d.kind !== 'yeu-cau-thong-tin' || d.file !== undefined, {
    path: ['file'],
    error:
      'Trang yêu cầu cung cấp thông tin phải có tệp mẫu phiếu để tải về (file: ./phieu-yeu-cau.docx hoặc .pdf), theo Mẫu số 01a Nghị định 13/2018/NĐ-CP.',
  })
  .refine((d) => d.kind !== 'ban-do' || d.image !== undefined, {
    path: ['image'],
    error: 'Trang bản đồ hành chính phải có ảnh bản đồ (image: ./ban-do.png) kèm mô tả (imageAlt).',
  });
