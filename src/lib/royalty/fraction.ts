/**
 * Exact rational numbers for money: a numerator and a denominator in BigInt, always reduced,
 * the denominator positive. Coefficients (1.15), percentages (33.5) and shares (1/3) are exact
 * here; nothing is divided to a decimal before the one rounding of a payment line.
 * 1.25 × 234 000 × 1/3 is exactly 97 500, which rounds half-up to 98 000.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", step 5
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** n / d, reduced. */
export function fraction(n: bigint, d: bigint = 1n): Fraction {
  if (d === 1n) return { n, d };
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/**
 * The exact decimal an editor wrote. YAML gives a double; `String(1.15)` is "1.15", the
 * shortest text that reads back as the same double, which is what was typed.
 */
export function fromNumber(value: number): Fraction {
  // Most numbers are whole (amounts, percents): no text to read.
  if (Number.isSafeInteger(value)) return { n: BigInt(value), d: 1n };
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign, whole, decimals = '', exponent = '0'] = match;
  const digits = BigInt(`${sign}${whole}${decimals}`);
  const scale = Number(exponent) - decimals.length;
  return scale >= 0 ? fraction(digits * 10n ** BigInt(scale)) : fraction(digits, 10n ** BigInt(-scale));
}

const of = (value: Fraction | number): Fraction => (typeof value === 'number' ? fromNumber(value) : value);

export const add = (a: Fraction | number, b: Fraction | number): Fraction => {
  const x = of(a);
  const y = of(b);
  return fraction(x.n * y.d + y.n * x.d, x.d * y.d);
};

export const multiply = (...factors: (Fraction | number)[]): Fraction =>
  factors.map(of).reduce((x, y) => fraction(x.n * y.n, x.d * y.d), fraction(1n));

export const divide = (a: Fraction | number, b: Fraction | number): Fraction => {
  const y = of(b);
  return multiply(a, fraction(y.d, y.n));
};

/** `value × percent / 100`, exactly. */
export const percentOf = (value: Fraction | number, percent: Fraction | number): Fraction =>
  divide(multiply(value, percent), 100);

export const equals = (a: Fraction | number, b: Fraction | number): boolean => {
  const x = of(a);
  const y = of(b);
  return x.n === y.n && x.d === y.d;
};

/**
 * Rounds half-up (half away from zero: money is never negative here) to a multiple of
 * `multiple` đồng. With 1000: 97 500 → 98 000, 97 499.99… → 97 000.
 */
export function roundHalfUp(value: Fraction, multiple: number): number {
  if (!Number.isInteger(multiple) || multiple < 1)
    throw new RangeError(`rounding must be a positive integer, got ${multiple}`);
  const m = BigInt(multiple);
  const units = value.d * m; // value / multiple = n / units
  const sign = value.n < 0n ? -1n : 1n;
  const abs = value.n * sign;
  const rounded = (2n * abs + units) / (2n * units); // floor(abs / units + 1/2)
  return Number(sign * rounded * m);
}

/**
 * The number that prints as the fraction's decimal, for the JSON and the printed list
 * (149000, 33.33 when asked for 2 places). A fraction with a denominator of only 2s and 5s is
 * exact; any other is cut to `places` decimals, half-up: it is shown, never summed.
 */
export function toNumber(value: Fraction, places = 6): number {
  if (value.d === 1n) return Number(value.n);
  const scale = 10n ** BigInt(places);
  const negative = value.n < 0n;
  const abs = negative ? -value.n : value.n;
  const scaled = (2n * abs * scale + value.d) / (2n * value.d);
  const whole = scaled / scale;
  const decimals = (scaled % scale).toString().padStart(places, '0');
  return Number(`${negative ? '-' : ''}${whole}.${decimals}`);
}

/** "97500", "1/3", for messages and tests. */
export const toText = (value: Fraction): string =>
  value.d === 1n ? value.n.toString() : `${value.n}/${value.d}`;
