import { z } from 'astro/zod';
import { text } from './common.ts';

/**
 * `_shared/oversight.yaml`: the body that follows up on the communes' sites and signs the
 * oversight report. A Sở of the province since the 2025 reform (no district level any more);
 * a district office in content of 2022.
 * @see Nghị định 224/2026/NĐ-CP, Điều 12 khoản 3 (the province monitors what its units publish)
 */
export const oversightSchema = z.object({
  body: text().describe('The supervising body: "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"'),
  parent: text()
    .optional()
    .describe('Its superior, the letterhead\'s first line: "Ủy ban nhân dân tỉnh Đắk Lắk"'),
  place: text().describe('Place name of the date line: "Đắk Lắk, ngày … tháng … năm …"'),
  numberPrefix: text().describe('Số ký hiệu after the number: "BC-SVHTTDL" gives "Số: 12/BC-SVHTTDL"'),
  signer: z.object({
    name: text().describe('Họ và tên'),
    title: text().describe('Chức vụ: "Giám đốc"'),
    on: text().optional().describe('Signing on behalf: "KT. GIÁM ĐỐC" with title "Phó Giám đốc"'),
  }),
  recipients: z
    .array(text())
    .min(1, { error: 'Ghi ít nhất một nơi nhận, ví dụ "Lưu VT".' })
    .describe('Nơi nhận, one per line'),
});

export type Oversight = z.infer<typeof oversightSchema>;
