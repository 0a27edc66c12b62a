/**
 * Royalty errors of one item: genre, coefficient, approver, credits and shares.
 * @see content-format.md "Royalty calculation" ("Errors, never silent")
 * @see Nghị định 18/2014/NĐ-CP, Điều 4 (co-authors' shares add up to at most the whole work)
 */
import type { EditorialBoard, Item, Person, RoyaltyScheme } from '../content/types.ts';
import { problem, type Problem } from '../problems.ts';
import { exact, type Exact } from './decimal.ts';
import { membersOn } from './in-force.ts';

const APPROVER_ROLES = new Set(['truong-ban', 'pho-truong-ban']);

export interface ItemContext {
  scheme: RoyaltyScheme;
  people: ReadonlyMap<string, Person>;
  board: EditorialBoard | undefined;
  /** `<commune>/people.yaml`, named in the fix for unknown people. */
  peopleFile: string;
}

/** Exact sums of shares, by the shares as written: thousands of items repeat a few of them. */
const totals = new Map<string, Exact>();
function sharesTotal(shares: readonly number[]): Exact {
  const key = shares.join('|');
  let total = totals.get(key);
  if (!total) {
    total = shares.reduce((sum: Exact, share) => sum.add(exact(share)), exact(0));
    totals.set(key, total);
  }
  return total;
}

function checkCredits(item: Item, context: ItemContext): Problem[] {
  const problems: Problem[] = [];
  if (item.credits.length === 0) {
    problems.push(problem(item.file, 'Tin/bài có nhuận bút nhưng không có ai trong "credits".', {
      field: 'credits',
      fix: 'Thêm ít nhất một người: credits: [{ person: <mã người>, role: tac-gia }].',
    }));
  }
  item.credits.forEach((credit, index) => {
    if (!context.people.has(credit.person)) {
      problems.push(problem(item.file, `Người "${credit.person}" không có trong ${context.peopleFile}.`, {
        field: `credits.${index}.person`,
        fix: `Sửa mã người cho đúng, hoặc thêm người này vào ${context.peopleFile}.`,
      }));
    }
  });
  const withShare = item.credits.filter((credit) => credit.share !== undefined);
  if (withShare.length > 0 && withShare.length < item.credits.length) {
    const missing = item.credits.findIndex((credit) => credit.share === undefined);
    problems.push(problem(item.file, 'Có người ghi "share", có người không: khi đã ghi tỷ lệ thì mọi người đều phải ghi.', {
      field: `credits.${missing}.share`,
      fix: 'Ghi "share" cho mọi người (tổng 100), hoặc bỏ hết để chia đều.',
    }));
  } else if (withShare.length > 0) {
    const total = sharesTotal(item.credits.map((credit) => credit.share ?? 0));
    if (!total.eq(100)) {
      problems.push(problem(item.file, `Tổng tỷ lệ "share" là ${total.toString()}, phải bằng 100.`, {
        field: 'credits',
        fix: 'Sửa các tỷ lệ để cộng lại đúng 100.',
      }));
    }
  }
  return problems;
}

function checkApprover(item: Item, approvedBy: string, context: ItemContext): Problem[] {
  const member = membersOn(context.board, item.date?.day ?? '').find((m) => m.person === approvedBy && APPROVER_ROLES.has(m.role));
  if (member) return [];
  const who = context.people.has(approvedBy) ? `"${approvedBy}"` : `"${approvedBy}" (không có trong ${context.peopleFile})`;
  return [problem(item.file, `Người duyệt ${who} không phải Trưởng ban hoặc Phó trưởng ban biên tập.`, {
    field: 'royalty.approvedBy',
    fix: 'Ghi mã người của Trưởng ban hoặc một Phó trưởng ban trong editorial-board.yaml.',
  })];
}

export function validateItem(item: Item, context: ItemContext): Problem[] {
  const royalty = item.royalty;
  if (!royalty) return [];
  const problems: Problem[] = [];
  const genre = context.scheme.genres.find((g) => g.key === royalty.genre);
  if (!genre) {
    const keys = context.scheme.genres.map((g) => g.key).join(', ');
    problems.push(problem(item.file, `Thể loại "${royalty.genre}" không có trong quy định nhuận bút "${context.scheme.id}".`, {
      field: 'royalty.genre',
      fix: `Chọn một trong: ${keys}.`,
    }));
  } else if (!(royalty.coefficient >= genre.min && royalty.coefficient <= genre.max)) {
    // Comparing doubles is exact here: parsing decimal text to the nearest double keeps order.
    problems.push(problem(item.file, `Hệ số ${royalty.coefficient} nằm ngoài khung của thể loại "${genre.label}" (từ ${genre.min} đến ${genre.max}).`, {
      field: 'royalty.coefficient',
      fix: `Ghi hệ số từ ${genre.min} đến ${genre.max}, hoặc chọn thể loại khác.`,
    }));
  }
  return [...problems, ...checkApprover(item, royalty.approvedBy, context), ...checkCredits(item, context)];
}
