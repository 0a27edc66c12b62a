import { z } from 'astro/zod';
import { absoluteUrl, siblingFile, text, vnDate } from './common.ts';
import { itemBase } from './news.ts';

/** `thu-tuc/**` frontmatter: an administrative procedure (thủ tục hành chính). */
export const procedureSchema = z.object({
  ...itemBase,
  date: vnDate().optional().describe('Ngày đăng hoặc cập nhật'),
  code: text().optional().describe('Mã TTHC in the national database, quoted: "1.000894"'),
  field: text().optional().describe('Lĩnh vực: Hộ tịch, Chứng thực…'),
  processingTime: text().optional().describe('Thời hạn giải quyết, as written'),
  fee: text().optional().describe('Phí, lệ phí, as written ("Miễn lệ phí", "10.000 đồng/trang")'),
  papers: z.array(text()).default([]).describe('Thành phần hồ sơ, one paper per line'),
  submitAt: text().optional().describe('Nơi nộp hồ sơ'),
  portalUrl: absoluteUrl()
    .optional()
    .describe('The procedure on the national public service portal (dichvucong.gov.vn)'),
  file: siblingFile().optional().describe('Form or guide beside the .md file'),
});
