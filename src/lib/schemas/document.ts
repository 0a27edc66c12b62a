import { z } from 'astro/zod';
import { siblingFile, text, vnDate } from './common.ts';
import { itemBase } from './news.ts';

export const DOCUMENT_TYPES = [
  'quyet-dinh',
  'cong-van',
  'ke-hoach',
  'thong-bao',
  'bao-cao',
  'nghi-quyet',
  'chi-thi',
  'to-trinh',
  'huong-dan',
  'khac',
] as const;

/** `van-ban/**` frontmatter: a document (văn bản) and its attachment. */
export const documentSchema = z.object({
  ...itemBase,
  number: text().describe('Số ký hiệu: 79/UBND'),
  type: z.enum(DOCUMENT_TYPES, { error: `Loại văn bản phải là một trong: ${DOCUMENT_TYPES.join(', ')}.` }),
  title: text().describe('Trích yếu'),
  issuer: text().describe('Cơ quan ban hành'),
  issued: vnDate().describe('Ngày ban hành'),
  effective: vnDate().optional().describe('Ngày có hiệu lực'),
  expires: vnDate().optional().describe('Ngày hết hiệu lực'),
  published: vnDate().optional().describe('Ngày đăng lên trang; default: issued'),
  signer: text().optional().describe('Người ký'),
  field: text().optional().describe('Lĩnh vực'),
  file: siblingFile().describe('Tệp đính kèm cạnh tệp .md'),
});
