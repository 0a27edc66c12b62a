import { describe, expect, test } from 'vitest';
import type { Item } from '../../../src/lib/content/types.ts';
import { budgetDues } from '../../../src/lib/sections/budget-dues.ts';
import type { BudgetPeriod, DISCLOSURE_KINDS } from '../../../src/lib/schemas/disclosure.ts';
import { item } from '../site/fixtures.ts';

const disclosure = (
  kind: (typeof DISCLOSURE_KINDS)[number],
  year: number,
  period?: BudgetPeriod,
): Item<'cong-khai'> =>
  item('cong-khai', `${year}/${kind}-${period ?? 'nam'}`, `${year}-01-02`, {
    kind,
    year,
    ...(period ? { period } : {}),
  });

const summary = (day: string, items: Item<'cong-khai'>[]) =>
  budgetDues(items, day).map(
    (d) => `${d.kind} ${d.year}${d.quarter ? ` Q${d.quarter}` : ''} hạn ${d.due}: ${d.item ? 'có' : 'thiếu'}`,
  );

describe('the budget disclosures due on a day', () => {
  test.each([
    [
      '2026-11-26',
      [],
      [
        'estimate 2026 hạn 2026-01-30: thiếu',
        'execution 2026 Q3 hạn 2026-10-15: thiếu',
        'accounts 2025 hạn 2026-07-30: thiếu',
      ],
    ],
    [
      '2026-01-29',
      [],
      [
        'estimate 2025 hạn 2025-01-30: thiếu',
        'execution 2025 Q4 hạn 2026-01-15: thiếu',
        'accounts 2024 hạn 2025-07-30: thiếu',
      ],
    ],
    [
      '2026-10-14',
      [],
      [
        'estimate 2026 hạn 2026-01-30: thiếu',
        'execution 2026 Q2 hạn 2026-07-15: thiếu',
        'accounts 2025 hạn 2026-07-30: thiếu',
      ],
    ],
  ])('on %s (nothing published)', (day, items, expected) => {
    expect(summary(day, items)).toEqual(expected);
  });

  test.each<[string, BudgetPeriod, string]>([
    ['the quarter itself', 'quy-3', 'có'],
    ['nine months (covers Q3)', '9-thang', 'có'],
    ['six months (ends before Q3)', '6-thang', 'thiếu'],
    ['the whole year', 'nam', 'có'],
  ])('an execution report of %s meets the Q3 due', (_, period, found) => {
    expect(summary('2026-11-26', [disclosure('thuc-hien', 2026, period)])[1]).toBe(
      `execution 2026 Q3 hạn 2026-10-15: ${found}`,
    );
  });

  test('the estimate and the accounts are met by their year, not another', () => {
    expect(summary('2026-11-26', [disclosure('du-toan', 2026), disclosure('quyet-toan', 2024)])).toEqual([
      'estimate 2026 hạn 2026-01-30: có',
      'execution 2026 Q3 hạn 2026-10-15: thiếu',
      'accounts 2025 hạn 2026-07-30: thiếu',
    ]);
  });
});
