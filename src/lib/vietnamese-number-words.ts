/**
 * Amounts in Vietnamese words, as written under the total of a payment list:
 * 1 490 000 → "Một triệu bốn trăm chín mươi nghìn đồng"; 105 000 → "Một trăm linh năm nghìn đồng".
 * Northern usage (nghìn, linh), as in the content contract's example.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const digit = (d: number): string => DIGITS[d] ?? '';

/** Units after the tens: "mốt" after 20+, "lăm" after 10+, otherwise the plain digit. */
function unitsWord(tens: number, units: number): string {
  if (units === 1 && tens >= 2) return 'mốt';
  if (units === 5 && tens >= 1) return 'lăm';
  return digit(units);
}

/**
 * Reads 0-999. `full` reads the hundreds even when zero ("không trăm linh năm"), as every
 * group after the leading one is read.
 */
function readTriple(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else {
    words.push(tens === 1 ? 'mười' : `${digit(tens)} mươi`);
  }
  if (units > 0) words.push(unitsWord(tens, units));
  return words;
}

const SCALES = ['', 'nghìn', 'triệu'] as const;

/** Reads a number below one tỷ as word list; `leading` tells whether nothing precedes it. */
function readBelowBillion(n: number, leading: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const words: string[] = [];
  groups.forEach((group, index) => {
    if (group === 0) return;
    const first = leading && words.length === 0;
    words.push(...readTriple(group, !first));
    const scale = SCALES[2 - index];
    if (scale) words.push(scale);
  });
  return words;
}

function read(n: number, leading: boolean): string[] {
  if (n < 1_000_000_000) return readBelowBillion(n, leading);
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  return [...read(billions, leading), 'tỷ', ...readBelowBillion(rest, false)];
}

/** A whole number in lowercase Vietnamese words: 105000 → "một trăm linh năm nghìn". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`expected a whole number of đồng, got ${n}`);
  if (n === 0) return digit(0);
  return read(n, true).join(' ');
}

/** An amount of đồng in words, capitalised, as on a payment list: "Một trăm linh năm nghìn đồng". */
export function amountInWords(dong: number): string {
  const words = `${numberInWords(dong)} đồng`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
