import { z } from 'astro/zod';
import { id, percent } from './common.ts';

export const CREDIT_ROLES = ['tac-gia', 'anh', 'dich', 'cung-cap-tin', 'suu-tam'] as const;

/** One person credited on an item; the same credits drive bylines and royalties. */
export const creditSchema = z.object({
  person: id().describe('Mã người trong people.yaml'),
  role: z
    .enum(CREDIT_ROLES, {
      error: `Vai trò phải là một trong: ${CREDIT_ROLES.join(', ')}.`,
    })
    .describe(
      'tac-gia (tác giả) | anh (ảnh) | dich (dịch) | cung-cap-tin (cung cấp tin) | suu-tam (sưu tầm)',
    ),
  share: percent().optional().describe("Share of the item's royalty, in percent"),
  onDuty: z.boolean({ error: 'Cần true hoặc false.' }).optional().describe('Made within assigned duties'),
});

/** The royalty block: genre of the royalty scheme, coefficient (hệ số), who approved it. */
export const royaltySchema = z.object({
  genre: id().describe('A genre key of the commune royalty scheme'),
  coefficient: z
    .number({ error: 'Hệ số phải là một số, ví dụ 1.5.' })
    .positive({ error: 'Hệ số phải lớn hơn 0.' })
    .describe('Hệ số nhuận bút'),
  bonuses: z
    .array(id(), { error: 'bonuses là danh sách mã khoản cộng thêm, ví dụ [tieng-dan-toc].' })
    .optional()
    .describe("Keys of the scheme's bonuses this item earns"),
  approvedBy: id().describe('Trưởng ban or phó trưởng ban who approved the coefficient'),
});

export const creditsField = () =>
  z.array(creditSchema, { error: 'credits là danh sách người tham gia (person, role).' });
