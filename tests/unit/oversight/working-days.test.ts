import { describe, expect, test } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../../src/lib/oversight/working-days.ts';

/** 1 and 2 September 2026 are the Quốc khánh holidays in content/_shared/holidays.yaml. */
const HOLIDAYS = new Set(['2026-09-01', '2026-09-02']);

describe('working days', () => {
  test.each([
    ['Friday 2026-10-02', '2026-10-02', true],
    ['Saturday 2026-10-03', '2026-10-03', false],
    ['Sunday 2026-10-04', '2026-10-04', false],
    ['Wednesday 2026-09-02, a holiday', '2026-09-02', false],
  ])('%s is a working day: %s', (_, day, expected) => {
    expect(isWorkingDay(day, HOLIDAYS)).toBe(expected);
  });

  test.each([
    ['the same day', '2026-11-20', '2026-11-20', 0],
    ['Friday to next Friday, over a weekend', '2026-10-02', '2026-10-09', 5],
    ['Friday to the Monday after next', '2026-10-02', '2026-10-12', 6],
    ['Monday 24/8 to Thursday 3/9, over a weekend and two holidays', '2026-08-24', '2026-09-03', 6],
    ['a later day before an earlier one', '2026-10-09', '2026-10-02', 0],
  ])('%s: %s → %s is %i working days', (_, from, to, expected) => {
    expect(workingDaysBetween(from, to, HOLIDAYS)).toBe(expected);
  });

  test.each([
    ['Monday 24/8: the 5th working day is Monday 31/8', '2026-08-24', '2026-08-31'],
    [
      'Thursday 27/8: 28/8, 31/8, 3/9, 4/9, then Monday 7/9 (weekends and 1-2/9 skipped)',
      '2026-08-27',
      '2026-09-07',
    ],
    ['Friday 2/10: the 5th working day is Friday 9/10', '2026-10-02', '2026-10-09'],
  ])('deadline after %s', (_, from, expected) => {
    expect(addWorkingDays(from, 5, HOLIDAYS)).toBe(expected);
  });

  test('without the holiday list, only weekends are skipped', () => {
    expect(workingDaysBetween('2026-08-24', '2026-09-03', new Set())).toBe(8);
  });
});
