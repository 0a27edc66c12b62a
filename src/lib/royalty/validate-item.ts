/**
 * Royalty errors of one item: scheme, genre, coefficient, bonuses, approver, shares.
 * Unknown people are the cross-check's (content/cross-check.ts): this assumes it passed.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2" ("Errors, never silent")
 * @see Nghị định 18/2014/NĐ-CP, Điều 4 (co-authors' shares add up to the whole work)
 */
import type { EditorialBoard, Item, RoyaltyBlock, RoyaltyScheme } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import { problem, type Problem } from '../problems.ts';
import { add, equals, fromNumber, toNumber, type Fraction } from './fraction.ts';
import { membersOn, termOn } from './in-force.ts';

const APPROVER_ROLES = new Set(['truong-ban', 'pho-truong-ban']);

export interface ItemContext {
  /** The scheme in force on the item's date, if any. */
  scheme: RoyaltyScheme | undefined;
  board: EditorialBoard | undefined;
  /** `<commune>/site.yaml`, named when no scheme is in force. */
  siteFile: string;
  /** The day the commune's first scheme starts, when site.yaml dates its schemes. */
  firstSchemeDay: string | undefined;
}

/** Shares written on every credit or on none; written, they add up to exactly 100. */
export function shareProblems(item: Item): Problem[] {
  const withShare = item.credits.filter((credit) => credit.share !== undefined);
  if (withShare.length === 0) return [];
  if (withShare.length < item.credits.length) {
    const missing = item.credits.findIndex((credit) => credit.share === undefined);
    return [
      problem(
        item.file,
        'Có người ghi "share", có người không: khi đã ghi tỷ lệ thì mọi người đều phải ghi.',
        {
          field: `credits.${missing}.share`,
          fix: 'Ghi "share" cho mọi người (tổng 100), hoặc bỏ hết để chia đều.',
        },
      ),
    ];
  }
  const total = item.credits.reduce<Fraction>((sum, credit) => add(sum, credit.share ?? 0), fromNumber(0));
  if (equals(total, 100)) return [];
  return [
    problem(item.file, `Tổng tỷ lệ "share" là ${toNumber(total)}, phải bằng 100.`, {
      field: 'credits',
      fix: 'Sửa các tỷ lệ để cộng lại đúng 100.',
    }),
  ];
}

/** The approver is the head or a deputy head of the board in office on the item's date, and not credited on it. */
export function approverProblems(
  item: Item & { date: { day: string } },
  approvedBy: string,
  board: EditorialBoard | undefined,
): Problem[] {
  const day = item.date.day;
  const own = item.credits.some((credit) => credit.person === approvedBy)
    ? [
        problem(
          item.file,
          `Người duyệt "${approvedBy}" cũng có tên trong "credits" của tin, bài này: không ai được tự duyệt tác phẩm của mình.`,
          {
            field: 'royalty.approvedBy',
            fix: 'Để Trưởng ban hoặc một Phó trưởng ban khác duyệt hệ số.',
          },
        ),
      ]
    : [];
  return [...own, ...roleProblems(item, approvedBy, board, day)];
}

function roleProblems(
  item: Item,
  approvedBy: string,
  board: EditorialBoard | undefined,
  day: string,
): Problem[] {
  if (membersOn(board, day).some((m) => m.person === approvedBy && APPROVER_ROLES.has(m.role))) return [];
  const term = termOn(board, day);
  const which = term
    ? `Ban biên tập tại ngày ${formatDay(day)} (Quyết định ${term.decision.number})`
    : `Ban biên tập: ngày ${formatDay(day)} không có Ban biên tập nào đương nhiệm`;
  return [
    problem(
      item.file,
      `Người duyệt "${approvedBy}" không phải Trưởng ban hoặc Phó trưởng ban của ${which}.`,
      {
        field: 'royalty.approvedBy',
        fix: term
          ? 'Ghi mã người của Trưởng ban hoặc một Phó trưởng ban đương nhiệm ngày đăng tin, bài (editorial-board.yaml).'
          : 'Ghi Ban biên tập của thời kỳ đó vào "earlier" trong editorial-board.yaml (quyết định, ngày, thành viên, until).',
      },
    ),
  ];
}

function schemeProblems(item: Item, royalty: RoyaltyBlock, scheme: RoyaltyScheme): Problem[] {
  const problems: Problem[] = [];
  const genre = scheme.genres.find((g) => g.key === royalty.genre);
  if (!genre) {
    problems.push(
      problem(item.file, `Thể loại "${royalty.genre}" không có trong quy định nhuận bút "${scheme.id}".`, {
        field: 'royalty.genre',
        fix: `Chọn một trong: ${scheme.genres.map((g) => g.key).join(', ')}.`,
      }),
    );
  } else if (!(royalty.coefficient >= genre.min && royalty.coefficient <= genre.max)) {
    // Comparing doubles is exact here: parsing decimal text to the nearest double keeps order.
    problems.push(
      problem(
        item.file,
        `Hệ số ${royalty.coefficient} nằm ngoài khung của thể loại "${genre.label}" (từ ${genre.min} đến ${genre.max}).`,
        {
          field: 'royalty.coefficient',
          fix: `Ghi hệ số từ ${genre.min} đến ${genre.max}, hoặc chọn thể loại khác; khoản cộng thêm (tiếng dân tộc, cho thiếu nhi…) ghi trong "bonuses".`,
        },
      ),
    );
  }
  (royalty.bonuses ?? []).forEach((key, index) => {
    if (scheme.bonuses?.some((bonus) => bonus.key === key)) return;
    const keys = scheme.bonuses?.map((bonus) => bonus.key) ?? [];
    problems.push(
      problem(item.file, `Khoản cộng thêm "${key}" không có trong quy định nhuận bút "${scheme.id}".`, {
        field: `royalty.bonuses.${index}`,
        fix: keys.length
          ? `Chọn một trong: ${keys.join(', ')}.`
          : `Quy định "${scheme.id}" không có khoản cộng thêm nào: bỏ "bonuses", hoặc thêm "bonuses" vào quy định.`,
      }),
    );
  });
  return problems;
}

export function validateItem(item: Item & { date: { day: string } }, context: ItemContext): Problem[] {
  const royalty = item.royalty;
  if (!royalty) return [];
  const problems: Problem[] = [];
  if (item.credits.length === 0) {
    problems.push(
      problem(item.file, 'Tin/bài có nhuận bút nhưng không có ai trong "credits".', {
        field: 'credits',
        fix: 'Thêm ít nhất một người: credits: [{ person: <mã người>, role: tac-gia }].',
      }),
    );
  }
  if (context.scheme) problems.push(...schemeProblems(item, royalty, context.scheme));
  else {
    problems.push(
      problem(
        item.file,
        `Tin/bài đăng ngày ${formatDay(item.date.day)}, trước quy định nhuận bút đầu tiên của xã (từ ngày ${formatDay(context.firstSchemeDay ?? '')}).`,
        {
          field: 'date',
          fix: `Kiểm tra lại ngày đăng, hoặc thêm quy định áp dụng cho thời kỳ đó vào "royaltyScheme" trong ${context.siteFile}.`,
        },
      ),
    );
  }
  return [...problems, ...approverProblems(item, royalty.approvedBy, context.board), ...shareProblems(item)];
}
