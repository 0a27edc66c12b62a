/**
 * Exact decimal arithmetic for money. Coefficients (1.15) and percentages (33.5) are decimals;
 * binary floating point must never decide a rounding: 1.15 × 180 000 × 50 % is exactly 103 500.
 * @see content-format.md "Royalty calculation", step 6
 */
import Decimal from 'decimal.js';

/** A private Decimal constructor, so that no other module's settings change ours. */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = InstanceType<typeof Exact>;

/**
 * The exact decimal written in the content file. `String(1.15)` is "1.15", the shortest
 * text that reads back as the same double, which is what the editor typed.
 */
export const exact = (value: number | Exact): Exact =>
  typeof value === 'number' ? new Exact(String(value)) : value;

/** `value × percent / 100`, exactly. */
export const percentOf = (value: number | Exact, percent: number | Exact): Exact =>
  exact(value).mul(exact(percent)).div(100);

/**
 * Rounds half-up (half away from zero) to a multiple of `multiple` đồng and returns an
 * integer number of đồng. With multiple 1000: 103 500 → 104 000, 103 499 → 103 000.
 */
export function roundToMultiple(value: Exact, multiple: number): number {
  if (!Number.isInteger(multiple) || multiple < 1) {
    throw new RangeError(`rounding must be a positive integer, got ${multiple}`);
  }
  return value.toNearest(multiple, Exact.ROUND_HALF_UP).toNumber();
}

/** Exact decimal → the JSON number that prints the same digits (149000, 1.5, 33.33). */
export const toNumber = (value: Exact): number => value.toNumber();
