import { z } from 'astro/zod';
import { id, text, vnDate } from './common.ts';

export const BOARD_ROLES = ['truong-ban', 'pho-truong-ban', 'thanh-vien', 'thu-ky'] as const;

/** `<commune>/editorial-board.yaml`: the Ban biên tập and the decision that set it up. */
export const editorialBoardSchema = z.object({
  decision: z.object({
    number: text().describe('Số quyết định: 45/QĐ-UBND'),
    date: vnDate(),
    signer: text(),
  }),
  members: z
    .array(
      z.object({
        person: id().describe('Mã người trong people.yaml'),
        role: z.enum(BOARD_ROLES, { error: `Vai trò phải là một trong: ${BOARD_ROLES.join(', ')}.` }),
        duty: text().optional().describe('Nhiệm vụ'),
      }),
    )
    .min(1, { error: 'Ban biên tập cần ít nhất một thành viên.' }),
});
