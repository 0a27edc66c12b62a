import { describe, expect, test } from 'vitest';
import { dateAttribute, formatDate, formatDay } from '../../../src/lib/format-date.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';

describe('formatDate', () => {
  test.each([
    ['2022-01-18', '18/01/2022'],
    ['2026-12-31', '31/12/2026'],
    // 23:30 UTC on the 17th is already the 18th in Vietnam.
    ['2022-01-17T23:30:00Z', '18/01/2022'],
    ['2022-01-18T00:15:00+07:00', '18/01/2022'],
  ])('%s is shown as %s (Vietnam time)', (input, shown) => {
    expect(formatDate(parseVnDate(input)!)).toBe(shown);
  });

  test('a plain Date is read in Vietnam time too', () => {
    expect(formatDate(new Date('2026-11-25T18:00:00Z'))).toBe('26/11/2026');
  });

  test('the datetime attribute is the Vietnam calendar day', () => {
    expect(dateAttribute(parseVnDate('2022-01-17T23:30:00Z')!)).toBe('2022-01-18');
  });
});

describe('formatDay', () => {
  test.each([
    ['2022-01-18', '18/01/2022'],
    ['2026-12-31', '31/12/2026'],
  ])('the day %s is printed %s', (day, shown) => {
    expect(formatDay(day)).toBe(shown);
  });
});
