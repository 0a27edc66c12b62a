/**
 * The thù lao fund may not exceed a share of the nhuận bút fund. The cap is scheme data
 * (`remuneration.capPercentOfRoyalties`); going over it is a warning, not an error: the
 * accountant decides, but never without seeing it.
 * @see Nghị định 18/2014/NĐ-CP, Điều 8 (thù lao ≤ 50 % of the royalty fund)
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 9
 */
import { formatNumber } from '../format-vnd.ts';
import { divide, fromNumber, multiply, percentOf, toNumber } from './fraction.ts';

/** The warning when thù lao > cap % of nhuận bút, or undefined. */
export function fundCapWarning(
  royalties: number,
  remuneration: number,
  capPercent: number | undefined,
): string | undefined {
  if (capPercent === undefined || remuneration === 0) return undefined;
  const cap = percentOf(royalties, capPercent);
  if (BigInt(remuneration) * cap.d <= cap.n) return undefined;
  const actual =
    royalties === 0 ? undefined : toNumber(divide(multiply(fromNumber(remuneration), 100), royalties), 1);
  return `Thù lao (${formatNumber(remuneration)} đồng) vượt ${formatNumber(capPercent)}% tổng nhuận bút (${formatNumber(royalties)} đồng)${actual === undefined ? '' : `: bằng ${formatNumber(actual)}%`} (Nghị định 18/2014/NĐ-CP, Điều 8).`;
}
