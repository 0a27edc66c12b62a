/**
 * The part of an item's amount one credit earns, as an exact fraction of the amount.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 5
 * @see Nghị định 18/2014/NĐ-CP, Điều 4 (co-authors share by agreement; a translation earns
 *      40-65 % of an original; staff within their assigned duties earn a reduced rate)
 */
import type { Credit, RoyaltyScheme } from '../content/types.ts';
import { divide, fraction, multiply, type Fraction } from './fraction.ts';

/** `share` / 100, or 1/n of n credits when none has a share. */
export function creditShare(credits: readonly Credit[], index: number): Fraction {
  const credit = credits[index];
  if (!credit) throw new RangeError(`no credit ${index}`);
  if (credits.every((c) => c.share === undefined)) return fraction(1n, BigInt(credits.length));
  if (credit.share === undefined) throw new Error('validate first: some credits have no share');
  return divide(credit.share, 100);
}

/** The scheme's percent for a role; a role it does not list earns 100. */
export const rolePercent = (scheme: Pick<RoyaltyScheme, 'rolePercent'>, role: Credit['role']): number =>
  scheme.rolePercent?.[role] ?? 100;

/**
 * item amount × share × rolePercent / 100, × onDutyPercent / 100 when `onDutyPercent` is given
 * (the credit is `onDuty` and the person is staff).
 */
export function creditAmount(
  amount: Fraction,
  share: Fraction,
  rolePct: number,
  onDutyPercent: number | undefined,
): Fraction {
  const base = multiply(amount, share, divide(rolePct, 100));
  return onDutyPercent === undefined ? base : multiply(base, divide(onDutyPercent, 100));
}
