/**
 * Numbers and money as Vietnamese readers write them: 1.490.000 đồng, hệ số 1,5.
 * The one place where numbers are formatted (STYLE.md: vi-VN formats from one module).
 */

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4, useGrouping: true });

/**
 * Formatted numbers, remembered: a payment list of 20,000 lines repeats the same coefficients,
 * unit values and amounts, and `Intl.NumberFormat#format` is the slow part of its HTML.
 */
const formatted = new Map<number, string>();

/** 1490000 → "1.490.000"; 1.5 → "1,5"; 33.33 → "33,33". */
export function formatNumber(value: number): string {
  // A Map does not tell -0 from 0, and Intl prints "-0".
  if (Object.is(value, -0)) return number.format(value);
  let text = formatted.get(value);
  if (text === undefined) {
    text = number.format(value);
    if (formatted.size >= 10_000) formatted.clear();
    formatted.set(value, text);
  }
  return text;
}

/** 1490000 → "1.490.000 đồng". Money is whole đồng. */
export const formatVnd = (dong: number): string => `${formatNumber(dong)} đồng`;

/** 10 → "10%"; 33.33 → "33,33%". */
export const formatPercent = (percent: number): string => `${formatNumber(percent)}%`;
