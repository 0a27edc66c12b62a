/** Exact fractions for money: every value here can be checked with pencil and paper. */
import { expect, test } from 'vitest';
import {
  add,
  divide,
  equals,
  fraction,
  fromNumber,
  multiply,
  percentOf,
  roundHalfUp,
  toNumber,
  toText,
} from '../../../src/lib/royalty/fraction.ts';

test.each([
  [1.15, '23/20'],
  [0.1, '1/10'],
  [33.33, '3333/100'],
  [2_530_000, '2530000'],
  [1e21, '1000000000000000000000'],
  [1.5e-7, '3/20000000'],
])('the decimal %s an editor wrote is exactly %s', (value, text) => {
  expect(toText(fromNumber(value))).toBe(text);
});

test.each([
  // value, multiple, rounded
  ['97 500 exactly → 98 000', fraction(97_500n), 1000, 98_000],
  ['292 500 / 3 = 97 500 → 98 000', divide(292_500, 3), 1000, 98_000],
  ['97 499.99… (9 749 999/100) → 97 000', fraction(9_749_999n, 100n), 1000, 97_000],
  ['149 000 / 3 = 49 666.67 → 50 000', divide(149_000, 3), 1000, 50_000],
  ['149 000 / 3 at rounding 1 → 49 667', divide(149_000, 3), 1, 49_667],
  ['500.5 at rounding 1 → 501', fraction(1001n, 2n), 1, 501],
  ['499 at rounding 1000 → 0', fraction(499n), 1000, 0],
  ['1.15 × 180 000 × 50 % = 103 500 → 104 000', percentOf(multiply(1.15, 180_000), 50), 1000, 104_000],
])('rounds half-up: %s', (_, value, multiple, rounded) => {
  expect(roundHalfUp(value, multiple)).toBe(rounded);
});

test('0.1 + 0.2 is exactly 0.3 (as a double it is not)', () => {
  expect(equals(add(0.1, 0.2), 0.3)).toBe(true);
});

test.each([
  [divide(100, 3), 2, 33.33],
  [divide(200, 3), 2, 66.67],
  [fraction(234_000n), 6, 234_000],
  [percentOf(2_340_000, 12), 6, 280_800],
])('shows %o to %i places as %s', (value, places, shown) => {
  expect(toNumber(value, places)).toBe(shown);
});

test('a rounding that is not a positive whole number of đồng is refused', () => {
  expect(() => roundHalfUp(fraction(1n), 0)).toThrow(RangeError);
  expect(() => roundHalfUp(fraction(1n), 2.5)).toThrow(RangeError);
});
