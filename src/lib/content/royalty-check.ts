import type { Period } from '../royalty/period.ts';
import type { DatedItem } from '../royalty/input.ts';
import { validateRoyalties } from '../royalty/validate.ts';
import type { Problem } from '../problems.ts';
import type { Commune, SharedData } from './types.ts';
import { schemeIdOn } from '../royalty/in-force.ts';

/**
 * The royalty rules (genre, coefficient range, shares, approver, base salary, tax) for every
 * item of a commune that carries `royalty`, drafts and scheduled items included: a payment list
 * is made later, for a period, and must never be the first to find a mistake. The royalty
 * engine validates one period at a time, so items are validated year by year.
 */
export function royaltyProblems(commune: Commune, shared: SharedData): Problem[] {
  const dated = commune.items.filter((item): item is DatedItem => item.royalty !== undefined && item.date !== undefined);
  const byYear = Map.groupBy(dated, (item) => Number(item.date.day.slice(0, 4)));
  return [...byYear].flatMap(([year, items]) => {
    const schemeId = schemeIdOn(commune.site.royaltyScheme, `${year}-12-31`);
    return validateRoyalties({
      commune: commune.slug,
      period: yearPeriod(year),
      schemeId,
      scheme: schemeId === undefined ? undefined : shared.schemes.get(schemeId),
      items,
      people: commune.people,
      board: commune.board,
      baseSalary: shared.baseSalary,
      tax: shared.tax,
    });
  });
}

const yearPeriod = (year: number): Period => ({ label: String(year), from: `${year}-01-01`, to: `${year}-12-31`, months: 12, kind: 'year', year });
