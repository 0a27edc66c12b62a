import { describe, expect, test } from 'vitest';
import { parsePeriod } from '../../../src/lib/royalty/period.ts';
import { periodWithinLife } from '../../../src/lib/royalty/dissolution.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';

const site = {
  name: 'Xã Ea Trol',
  dissolved: {
    date: parseVnDate('2025-07-01')!,
    into: 'song-hinh',
    basis: 'Nghị quyết 1660/NQ-UBTVQH15, Điều 1 khoản 77',
  },
};

describe('payment lists of a commune dissolved on 1/7/2025 end on 30/6/2025', () => {
  test.each([
    ['2025-06', '2025-06-01', '2025-06-30', 1, false],
    ['2025-Q2', '2025-04-01', '2025-06-30', 3, false],
    ['2025', '2025-01-01', '2025-06-30', 6, true],
  ])('%s runs from %s to %s (%i months), cut: %s', (label, from, to, months, cut) => {
    expect(periodWithinLife(parsePeriod(label)!, site)).toMatchObject({
      period: { label, from, to, months },
      cut,
    });
  });

  test.each(['2025-07', '2025-Q3', '2026'])(
    '%s is refused with a message naming the date and the last day',
    (label) => {
      const result = periodWithinLife(parsePeriod(label)!, site);
      expect(result).toEqual({
        refused: expect.stringContaining('Xã Ea Trol đã sáp nhập vào đơn vị khác từ ngày 01/07/2025'),
      });
      expect('refused' in result && result.refused).toContain('kết thúc ngày 30/06/2025');
    },
  );

  test('a commune that was never dissolved keeps its period', () => {
    expect(periodWithinLife(parsePeriod('2026')!, { name: 'Xã Sông Hinh' })).toMatchObject({
      period: { to: '2026-12-31' },
      cut: false,
    });
  });
});
