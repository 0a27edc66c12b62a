import { z } from 'astro/zod';
import { id, text, vnDate } from './common.ts';
import { legalDay } from './base-salary.ts';

export const BOARD_ROLES = ['truong-ban', 'pho-truong-ban', 'thanh-vien', 'thu-ky'] as const;

/** One member of one term. `from`/`until` narrow the member's service inside the term. */
const memberSchema = z.object({
  person: id().describe('Mã người trong people.yaml'),
  role: z.enum(BOARD_ROLES, { error: `Vai trò phải là một trong: ${BOARD_ROLES.join(', ')}.` }),
  duty: text().optional().describe('Nhiệm vụ'),
  from: legalDay().optional().describe("First day in office, YYYY-MM-DD (default: the term's first day)"),
  until: legalDay().optional().describe("Last day in office, YYYY-MM-DD (default: the term's last day)"),
});

/** What every term has: the decision that set the board up and its members. */
const termShape = {
  decision: z.object({
    number: text().describe('Số quyết định: 45/QĐ-UBND'),
    date: vnDate(),
    signer: text(),
  }),
  effective: legalDay().optional().describe('First day in office, YYYY-MM-DD (default: the decision date)'),
  members: z.array(memberSchema).min(1, { error: 'Ban biên tập cần ít nhất một thành viên.' }),
};

/** An earlier board, replaced by a later decision: it has a last day. */
const earlierTermSchema = z.object({
  ...termShape,
  until: legalDay().describe('Last day in office of this board, YYYY-MM-DD'),
});

/**
 * `<commune>/editorial-board.yaml`: the Ban biên tập in office, the decision that set it up,
 * and (optional) the earlier boards with their dates, so that thù lao and approvals of past
 * periods follow the board that was in office then.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2" (terms in office)
 */
export const editorialBoardSchema = z
  .object({
    ...termShape,
    until: legalDay()
      .optional()
      .describe('Last day in office (only when the board has ended, e.g. the commune was dissolved)'),
    earlier: z.array(earlierTermSchema).optional().describe('Earlier boards, each with `until`'),
  })
  .superRefine((board, ctx) => {
    const start = (term: { effective?: string | undefined; decision: { date: { day: string } } }) =>
      term.effective ?? term.decision.date.day;
    const terms = [
      ...(board.earlier ?? []).map((term, index) => ({
        term,
        path: ['earlier', index] as (string | number)[],
        until: term.until as string | undefined,
      })),
      { term: board, path: [] as (string | number)[], until: board.until },
    ];
    for (const { term, path, until } of terms) {
      if (until !== undefined && until < start(term)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'until'],
          message: `Ngày kết thúc ${until} trước ngày bắt đầu ${start(term)} của Ban biên tập.`,
        });
      }
      term.members.forEach((member, index) => {
        const first = member.from ?? start(term);
        const last = member.until ?? until;
        if (member.from !== undefined && member.from < start(term)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'members', index, 'from'],
            message: `Thành viên bắt đầu ngày ${member.from}, trước ngày Ban biên tập có hiệu lực (${start(term)}).`,
          });
        }
        if (member.until !== undefined && until !== undefined && member.until > until) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'members', index, 'until'],
            message: `Thành viên kết thúc ngày ${member.until}, sau ngày kết thúc của Ban biên tập (${until}).`,
          });
        }
        if (last !== undefined && last < first) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'members', index, 'until'],
            message: `Ngày "until" (${last}) trước ngày "from" (${first}).`,
          });
        }
      });
    }
    // Terms in date order must not overlap: on any day one board is in office.
    const ordered = terms.toSorted((a, b) => (start(a.term) < start(b.term) ? -1 : 1));
    for (let i = 1; i < ordered.length; i++) {
      const previous = ordered[i - 1]!;
      const next = ordered[i]!;
      if (previous.until === undefined || previous.until >= start(next.term)) {
        ctx.addIssue({
          code: 'custom',
          path: [...previous.path, 'until'],
          message: `Ban biên tập theo quyết định ${previous.term.decision.number} phải kết thúc trước ngày ${start(next.term)}, ngày Ban biên tập theo quyết định ${next.term.decision.number} bắt đầu.`,
        });
      }
    }
  });
