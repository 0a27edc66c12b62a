import type { Item } from '../content/types.ts';
import type { BudgetPeriod } from '../schemas/disclosure.ts';

/**
 * Which budget disclosure is legally due on a day, and whether the commune has published it:
 * the estimate (dự toán) of the year, the execution (thực hiện) of the last quarter ended, the
 * final accounts (quyết toán) of the year before. Deadlines are dated data, read in summaries
 * of the law; the site does not know when the People's Council approved a budget, so each
 * deadline assumes the usual approval date (below), which the README states.
 * @see Luật Ngân sách nhà nước 2015, Điều 15 (công khai ngân sách: nội dung, thời hạn)
 * @see Thông tư 343/2016/TT-BTC (công khai ngân sách cấp xã): dự toán and quyết toán within 30 days of
 *   the People's Council's approval, execution within 15 days after a quarter ends
 */
export const BUDGET_DEADLINES = {
  /** The People's Council decides the estimate by 31/12; due 30 days later. */
  estimate: { monthDay: '01-30' },
  /** Due 15 days after each quarter ends. */
  executionDays: 15,
  /** The Council approves the accounts by 30/6 of the next year (assumed); due 30 days later. */
  accounts: { monthDay: '07-30' },
} as const;

export type BudgetDueKind = 'estimate' | 'execution' | 'accounts';

export interface BudgetDue {
  kind: BudgetDueKind;
  year: number;
  /** The quarter, for execution. */
  quarter?: 1 | 2 | 3 | 4;
  /** `YYYY-MM-DD`, the last day to publish it. */
  due: string;
  /** The disclosure that meets it, when published. */
  item?: Item<'cong-khai'>;
}

const QUARTER_OF: Record<BudgetPeriod, 1 | 2 | 3 | 4> = {
  'quy-1': 1,
  'quy-2': 2,
  '6-thang': 2,
  'quy-3': 3,
  '9-thang': 3,
  'quy-4': 4,
  nam: 4,
};
const QUARTER_END = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' } as const;

const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The last quarter whose execution report was due on or before `day`. */
function lastQuarterDue(day: string): { year: number; quarter: 1 | 2 | 3 | 4; due: string } {
  const year = Number(day.slice(0, 4));
  const candidates = [year - 1, year].flatMap((y) =>
    ([1, 2, 3, 4] as const).map((quarter) => ({
      year: y,
      quarter,
      due: addDays(`${y}-${QUARTER_END[quarter]}`, BUDGET_DEADLINES.executionDays),
    })),
  );
  return candidates.filter((c) => c.due <= day).at(-1)!;
}

const meets = (item: Item<'cong-khai'>, kind: string, year: number, quarter?: number): boolean =>
  item.data.kind === kind &&
  item.data.year === year &&
  (quarter === undefined || QUARTER_OF[item.data.period ?? 'nam'] >= quarter);

/**
 * The three budget disclosures due on `day` (`YYYY-MM-DD`), each with the published item that
 * meets it. An execution report of a later period meets an earlier one (9 months covers Q2).
 */
export function budgetDues(disclosures: readonly Item<'cong-khai'>[], day: string): BudgetDue[] {
  const year = Number(day.slice(0, 4));
  const estimateYear = day >= `${year}-${BUDGET_DEADLINES.estimate.monthDay}` ? year : year - 1;
  const accountsYear = day >= `${year}-${BUDGET_DEADLINES.accounts.monthDay}` ? year - 1 : year - 2;
  const quarter = lastQuarterDue(day);
  const find = (kind: string, y: number, q?: number) => disclosures.find((item) => meets(item, kind, y, q));
  const due = (
    kind: BudgetDueKind,
    y: number,
    dueDay: string,
    item: Item<'cong-khai'> | undefined,
    q?: 1 | 2 | 3 | 4,
  ): BudgetDue => ({
    kind,
    year: y,
    due: dueDay,
    ...(q ? { quarter: q } : {}),
    ...(item ? { item } : {}),
  });
  return [
    due(
      'estimate',
      estimateYear,
      `${estimateYear}-${BUDGET_DEADLINES.estimate.monthDay}`,
      find('du-toan', estimateYear),
    ),
    due(
      'execution',
      quarter.year,
      quarter.due,
      find('thuc-hien', quarter.year, quarter.quarter),
      quarter.quarter,
    ),
    due(
      'accounts',
      accountsYear,
      `${accountsYear + 1}-${BUDGET_DEADLINES.accounts.monthDay}`,
      find('quyet-toan', accountsYear),
    ),
  ];
}

const ROMAN = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' } as const;

/** "Dự toán ngân sách năm 2026", "Tình hình thực hiện ngân sách quý III/2026". */
export function budgetDueLabel(
  due: BudgetDue,
  t: { estimate: string; execution: string; accounts: string },
): string {
  if (due.kind === 'execution') return `${t.execution} quý ${ROMAN[due.quarter ?? 4]}/${due.year}`;
  return `${due.kind === 'estimate' ? t.estimate : t.accounts} ${due.year}`;
}
