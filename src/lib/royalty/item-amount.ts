/**
 * What one item earns before it is shared: coefficient × unit value, raised by the bonuses it
 * opts into. Exact: the item's amount is never rounded, only each credit's line.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 4
 * @see Nghị định 18/2014/NĐ-CP, Điều 4 (works for ethnic minorities or children +10-20 %;
 *      written directly in an ethnic language +30-50 %)
 */
import type { RoyaltyBlock, RoyaltyScheme } from '../content/types.ts';
import { add, multiply, percentOf, type Fraction } from './fraction.ts';

/** The sum of the percents of the item's bonuses. Unknown keys are a validation error. */
export function bonusPercent(
  scheme: Pick<RoyaltyScheme, 'bonuses'>,
  royalty: Pick<RoyaltyBlock, 'bonuses'>,
): Fraction {
  return (royalty.bonuses ?? []).reduce<Fraction>((sum, key) => {
    const bonus = scheme.bonuses?.find((b) => b.key === key);
    if (!bonus) throw new Error(`validate first: no bonus "${key}"`);
    return add(sum, bonus.percent);
  }, multiply(0));
}

/** coefficient × u × (100 + bonus percent) / 100. */
export const itemAmount = (coefficient: number, unitValue: Fraction, bonus: Fraction): Fraction =>
  percentOf(multiply(coefficient, unitValue), add(100, bonus));
