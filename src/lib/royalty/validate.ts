/**
 * Every royalty error of one commune and one period, all at once, before anything is computed.
 * The rules that span files (people exist, schemes exist, one head per board) are the
 * cross-check's; this assumes they passed.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2" ("Errors, never silent")
 */
import { formatDay } from '../format-date.ts';
import { problem, type Problem } from '../problems.ts';
import { inForceOn, membersOn } from './in-force.ts';
import { countedItems, paidMonths, schemeOnFor, type RoyaltyInput } from './input.ts';
import { periodStatus } from './period.ts';
import { pricingDay } from './unit-value.ts';
import { validateItem } from './validate-item.ts';

const BASE_SALARY_FILE = '_shared/base-salary.yaml';
const TAX_FILE = '_shared/tax.yaml';

/** The items' own rules, for any set of items (the content check passes every royalty item, drafts included). */
export function validateRoyaltyItems(input: RoyaltyInput): Problem[] {
  const schemeOn = schemeOnFor(input);
  const siteFile = `${input.commune}/site.yaml`;
  const firstSchemeDay = input.schemeRefs?.[0]?.from;
  const problems: Problem[] = [];
  const days = new Map<string, string>();
  for (const item of countedItems(input)) {
    const scheme = schemeOn(item.date.day);
    problems.push(...validateItem(item, { scheme, board: input.board, siteFile, firstSchemeDay }));
    if (!scheme) continue;
    if (firstSchemeDay === undefined && item.date.day < scheme.effectiveFrom) {
      // Version 1 (one scheme for the commune's whole life) accepted this: a warning still.
      problems.push(
        problem(
          item.file,
          `Tin/bài đăng ngày ${formatDay(item.date.day)}, trước ngày quy định "${scheme.id}" có hiệu lực (${formatDay(scheme.effectiveFrom)}).`,
          {
            field: 'date',
            severity: 'warning',
            fix: `Kiểm tra lại ngày đăng, hoặc ghi các quy định theo thời gian trong "royaltyScheme" của ${siteFile}.`,
          },
        ),
      );
    }
    const day = pricingDay(scheme, item.date.day, input.period.to);
    if ('percentOfBaseSalary' in scheme.unitValue && !days.has(day)) days.set(day, item.file);
  }
  return [...problems, ...baseSalaryProblems(input, days)];
}

function baseSalaryProblems(input: RoyaltyInput, days: ReadonlyMap<string, string>): Problem[] {
  return [...days].flatMap(([day, file]) =>
    inForceOn(input.baseSalary, day)
      ? []
      : [
          problem(
            BASE_SALARY_FILE,
            `Không có mức lương cơ sở áp dụng ngày ${formatDay(day)} (cần cho ${file}).`,
            {
              fix: 'Thêm mục "- from: <ngày>  amount: <số tiền>  basis: <văn bản>" có "from" trước hoặc đúng ngày đó.',
            },
          ),
        ],
  );
}

/** Everything a payment list for the period needs: the clock, the items, each month's thù lao, the tax rule. */
export function validateRoyalties(input: RoyaltyInput): Problem[] {
  const siteFile = `${input.commune}/site.yaml`;
  if (periodStatus(input.period, input.today) === 'future') {
    return [
      problem(
        siteFile,
        `Kỳ ${input.period.label} bắt đầu ngày ${formatDay(input.period.from)}, sau ngày lập bảng kê (${formatDay(input.today)}): chưa thể lập bảng kê cho kỳ chưa bắt đầu.`,
        {
          fix: 'Chọn kỳ đã bắt đầu (--period), hoặc kiểm tra --now.',
        },
      ),
    ];
  }
  const problems = validateRoyaltyItems(input);
  const schemeOn = schemeOnFor(input);
  const months = new Map<string, string>();
  for (const month of paidMonths(input)) {
    const scheme = schemeOn(month.lastDay);
    if (!scheme?.remuneration || !('percentOfBaseSalary' in scheme.unitValue)) continue;
    const monthly = scheme.remuneration.monthly;
    if (membersOn(input.board, month.lastDay).some((member) => monthly[member.role] !== undefined))
      months.set(month.lastDay, `${input.commune}/editorial-board.yaml`);
  }
  problems.push(...baseSalaryProblems(input, months));
  if (!inForceOn(input.tax, input.paidOn)) {
    problems.push(
      problem(
        TAX_FILE,
        `Không có quy định khấu trừ thuế TNCN áp dụng ngày chi trả ${formatDay(input.paidOn)}.`,
        {
          fix: 'Thêm mục "- from: <ngày>  thresholdPerPayment: <số tiền>  ratePercent: <tỷ lệ>  basis: <văn bản>", hoặc kiểm tra --paid-on.',
        },
      ),
    );
  }
  return problems;
}
