import { describe, expect, test } from 'vitest';
import { isoWeek, weekOfDay } from '../../../src/lib/sections/iso-week.ts';

describe('ISO weeks of the work calendar', () => {
  test.each([
    ['2026-W48', '2026-11-23', '2026-11-29'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
  ])('%s runs from Monday %s to Sunday %s', (key, start, end) => {
    expect(isoWeek(key)).toMatchObject({ start, end });
  });

  test.each(['2026-W54', '2026-W00', '2026-48', '2026-W4', '2025-W53'])('%s is not a week', (key) => {
    expect(isoWeek(key)).toBeUndefined();
  });

  test.each([
    ['2026-11-26', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
  ])('%s falls in %s', (day, key) => {
    expect(weekOfDay(day).key).toBe(key);
  });
});
