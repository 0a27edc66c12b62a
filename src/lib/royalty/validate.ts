/**
 * Every royalty error of one commune and one period, all at once, before anything is computed.
 * @see content-format.md "Royalty calculation" ("Errors, never silent")
 */
import { formatDay } from '../format-date.ts';
import { problem, type Problem } from '../problems.ts';
import { baseSalaryOn } from './base-salary.ts';
import { inForceOn } from './in-force.ts';
import type { RoyaltyInput } from './input.ts';
import { pricingDay } from './unit-value.ts';
import { validateItem } from './validate-item.ts';

const BASE_SALARY_FILE = '_shared/base-salary.yaml';
const TAX_FILE = '_shared/tax.yaml';

export function validateRoyalties(input: RoyaltyInput): Problem[] {
  const siteFile = `${input.commune}/site.yaml`;
  if (input.schemeId === undefined) {
    if (input.items.length === 0) return [];
    const first = input.items[0]?.file ?? '';
    return [problem(siteFile, `Xã có ${input.items.length} tin/bài có nhuận bút (ví dụ ${first}) nhưng chưa chọn quy định nhuận bút.`, {
      field: 'royaltyScheme',
      fix: 'Thêm "royaltyScheme: <mã quy định>" (tên tệp trong _shared/royalty-schemes/, không có đuôi .yaml).',
    })];
  }
  const scheme = input.scheme;
  if (!scheme) {
    return [problem(siteFile, `Không có quy định nhuận bút "${input.schemeId}".`, {
      field: 'royaltyScheme',
      fix: `Tạo tệp _shared/royalty-schemes/${input.schemeId}.yaml, hoặc sửa mã cho đúng tên tệp đã có.`,
    })];
  }
  const peopleFile = `${input.commune}/people.yaml`;
  const boardFile = `${input.commune}/editorial-board.yaml`;
  const people = new Map(input.people.map((person) => [person.id, person]));
  const context = { scheme, people, board: input.board, peopleFile };
  const problems = input.items.flatMap((item) => validateItem(item, context));

  const percent = 'percentOfBaseSalary' in scheme.unitValue;
  const days = new Map<string, string>();
  for (const item of input.items) {
    const day = pricingDay(scheme, item.date.day, input.period.to);
    if (!days.has(day)) days.set(day, item.file);
    if (item.date.day < scheme.effectiveFrom) {
      problems.push(problem(item.file, `Tin/bài đăng ngày ${formatDay(item.date.day)}, trước ngày quy định "${scheme.id}" có hiệu lực (${formatDay(scheme.effectiveFrom)}).`, {
        field: 'date',
        severity: 'warning',
        fix: 'Kiểm tra lại ngày đăng, hoặc quy định áp dụng cho thời kỳ này.',
      }));
    }
  }
  const paidMembers = (input.board?.members ?? []).flatMap((member, index) =>
    scheme.remuneration?.monthly[member.role] === undefined ? [] : [{ member, index }],
  );
  if (paidMembers.length > 0 && !days.has(input.period.to)) days.set(input.period.to, boardFile);
  for (const { member, index } of paidMembers) {
    if (!people.has(member.person)) {
      problems.push(problem(boardFile, `Thành viên "${member.person}" không có trong ${peopleFile}.`, {
        field: `members.${index}.person`,
        fix: `Sửa mã người cho đúng, hoặc thêm người này vào ${peopleFile}.`,
      }));
    }
  }
  if (percent) {
    for (const [day, file] of days) {
      if (!baseSalaryOn(input.baseSalary, day)) {
        problems.push(problem(BASE_SALARY_FILE, `Không có mức lương cơ sở áp dụng ngày ${formatDay(day)} (cần cho ${file}).`, {
          fix: 'Thêm mục "- from: <ngày>  amount: <số tiền>  basis: <văn bản>" có "from" trước hoặc đúng ngày đó.',
        }));
      }
    }
  }
  if (days.size > 0 && !inForceOn(input.tax, input.period.to)) {
    problems.push(problem(TAX_FILE, `Không có quy định khấu trừ thuế TNCN áp dụng ngày ${formatDay(input.period.to)}.`, {
      fix: 'Thêm mục "- from: <ngày>  thresholdPerPayment: <số tiền>  ratePercent: <tỷ lệ>  basis: <văn bản>".',
    }));
  }
  return problems;
}
