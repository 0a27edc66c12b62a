import type { Item } from '../content/types.ts';

/** Items grouped by a year, newest year first, in the order given within a year. */
export interface YearGroup {
  year: number;
  items: Item[];
}

export function groupByYear(items: readonly Item[], yearOf: (item: Item) => number): YearGroup[] {
  const groups = Map.groupBy(items, yearOf);
  return [...groups.entries()].toSorted(([a], [b]) => b - a).map(([year, list]) => ({ year, items: list }));
}

/** Disclosures by their budget `year`; within a year by kind order then newest first. */
export const disclosureYear = (item: Item): number => item.data['year'] as number;

/** Documents, notices and others by the year of their own date. */
export const dateYear = (item: Item): number => Number((item.date?.day ?? '0').slice(0, 4));
