import { expect, test } from 'vitest';
import { formatNumber, formatPercent, formatVnd } from '../../src/lib/format-vnd.ts';

test.each([
  [0, '0'],
  [999, '999'],
  [1000, '1.000'],
  [149_000, '149.000'],
  [1_490_000, '1.490.000'],
  [999_999_999_999, '999.999.999.999'],
  [1.5, '1,5'],
  [0.25, '0,25'],
  [33.33, '33,33'],
])('formatNumber(%d) is "%s"', (value, expected) => {
  expect(formatNumber(value)).toBe(expected);
});

test.each([
  [0, '0 đồng'],
  [670_000, '670.000 đồng'],
  [2_340_000, '2.340.000 đồng'],
])('formatVnd(%i) is "%s"', (value, expected) => {
  expect(formatVnd(value)).toBe(expected);
});

test.each([
  [10, '10%'],
  [33.33, '33,33%'],
])('formatPercent(%d) is "%s"', (value, expected) => {
  expect(formatPercent(value)).toBe(expected);
});
