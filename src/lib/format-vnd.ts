/**
 * Numbers and money as Vietnamese readers write them: 1.490.000 đồng, hệ số 1,5.
 * The one place where numbers are formatted (STYLE.md: vi-VN formats from one module).
 */

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4, useGrouping: true });

/** 1490000 → "1.490.000"; 1.5 → "1,5"; 33.33 → "33,33". */
export const formatNumber = (value: number): string => number.format(value);

/** 1490000 → "1.490.000 đồng". Money is whole đồng. */
export const formatVnd = (dong: number): string => `${formatNumber(dong)} đồng`;

/** 10 → "10%"; 33.33 → "33,33%". */
export const formatPercent = (percent: number): string => `${formatNumber(percent)}%`;
