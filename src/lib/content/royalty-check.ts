import type { DatedItem } from '../royalty/input.ts';
import { validateRoyaltyItems } from '../royalty/validate.ts';
import type { Problem } from '../problems.ts';
import type { Commune, SharedData } from './types.ts';

/**
 * The royalty rules of an item (scheme in force, genre, coefficient range, bonuses, shares,
 * approver, base salary) for every item of a commune that carries `royalty`, drafts and
 * scheduled items included: a payment list is made later, for a period, and must never be the
 * first to find a mistake. Items in `skip` (files with a cross-file error) are left for later.
 */
export function royaltyProblems(commune: Commune, shared: SharedData, skip: ReadonlySet<string> = new Set()): Problem[] {
  const items = commune.items.filter((item): item is DatedItem => item.royalty !== undefined && item.date !== undefined && !skip.has(item.file));
  if (items.length === 0 || commune.site.royaltyScheme === undefined) return [];
  const year = (day: string) => ({ label: day.slice(0, 4), from: `${day.slice(0, 4)}-01-01`, to: `${day.slice(0, 4)}-12-31`, months: 12, kind: 'year' as const, year: Number(day.slice(0, 4)) });
  // Items priced at the period's end (salaryOn: period-end) need the base salary of their year's end.
  return [...Map.groupBy(items, (item) => item.date.day.slice(0, 4))].flatMap(([, yearItems]) =>
    validateRoyaltyItems({
      commune: commune.slug,
      period: year(yearItems[0]!.date.day),
      today: '9999-12-31',
      paidOn: '9999-12-31',
      schemeRefs: commune.site.royaltyScheme,
      schemes: shared.schemes,
      items: yearItems,
      people: commune.people,
      board: commune.board,
      baseSalary: shared.baseSalary,
      tax: shared.tax,
    }),
  );
}
