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
