/**
 * Nhuận bút and thù lao of one commune per sub-period (quarters of a year), from the royalty
 * engine itself, so the district sees the same amounts as the commune's payment lists.
 */
import type { Commune, SharedData } from '../content/types.ts';
import { calculateRoyalties } from '../royalty/calculate.ts';
import { royaltyInput } from '../royalty/input.ts';
import { parsePeriod, type Period } from '../royalty/period.ts';
import { validateRoyalties } from '../royalty/validate.ts';
import { periodWithinLife } from '../royalty/dissolution.ts';

export interface Money {
  gross: number;
  tax: number;
  net: number;
}

export interface PeriodRoyalties extends Money {
  period: string;
}

export type CommuneRoyalties =
  | { status: 'ok'; scheme: string; periods: PeriodRoyalties[]; totals: Money }
  /** The commune has chosen no royalty scheme (site.yaml `royaltyScheme`). */
  | { status: 'no-scheme'; periods: []; totals: Money }
  /** The royalty data has errors (npm run royalties refuses it): no amount is shown. */
  | { status: 'invalid'; errors: number; periods: []; totals: Money };

export const ZERO: Money = { gross: 0, tax: 0, net: 0 };

export const addMoney = (a: Money, b: Money): Money => ({
  gross: a.gross + b.gross,
  tax: a.tax + b.tax,
  net: a.net + b.net,
});

/**
 * The payment periods the report shows: the quarters of a year that have begun by `today`; a
 * quarter or a month as itself. Board remuneration (thù lao) is due for a whole quarter once
 * it has begun, as on the commune's own payment list.
 */
export function royaltyPeriods(period: Period, today: string): Period[] {
  if (period.kind !== 'year') return [period];
  return [1, 2, 3, 4]
    .map((quarter) => parsePeriod(`${period.year}-Q${quarter}`)!)
    .filter((quarter) => quarter.from <= today);
}

export function communeRoyalties(
  commune: Commune,
  shared: SharedData,
  periods: readonly Period[],
  now: Date,
): CommuneRoyalties {
  const scheme = commune.site.royaltyScheme?.map((ref) => ref.scheme).join(', ');
  const results: PeriodRoyalties[] = [];
  let errors = 0;
  for (const asked of periods) {
    // A dissolved commune pays nothing from its dissolution day on (royalty/dissolution.ts).
    const life = periodWithinLife(asked, commune.site);
    if ('refused' in life) continue;
    const period = life.period;
    const input = royaltyInput(commune, shared, period, now);
    const problems = validateRoyalties(input).filter((p) => p.severity === 'error');
    errors += problems.length;
    if (problems.length || input.schemeRefs === undefined) continue;
    const { totals } = calculateRoyalties(input).report;
    results.push({ period: period.label, gross: totals.gross, tax: totals.tax, net: totals.net });
  }
  if (errors > 0) return { status: 'invalid', errors, periods: [], totals: ZERO };
  if (scheme === undefined) return { status: 'no-scheme', periods: [], totals: ZERO };
  return { status: 'ok', scheme, periods: results, totals: results.reduce<Money>(addMoney, ZERO) };
}
