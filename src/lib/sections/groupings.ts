import type { Item } from '../content/types.ts';

/** Items grouped by a year, newest year first, in the order given within a year. */
export interface YearGroup<T = Item> {
  year: number;
  items: T[];
}

export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): YearGroup<T>[] {
  const groups = Map.groupBy(items, yearOf);
  return [...groups.entries()].toSorted(([a], [b]) => b - a).map(([year, list]) => ({ year, items: list }));
}
