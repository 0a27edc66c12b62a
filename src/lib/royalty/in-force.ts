/**
 * Dated legal numbers (base salary, tax rule): the one in force on a day is the entry with
 * the latest `from` on or before it. Files may list entries in any order.
 * @see content-format.md "_shared/base-salary.yaml"
 */
export function inForceOn<T extends { from: string }>(entries: readonly T[], day: string): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    if (entry.from <= day && (found === undefined || entry.from > found.from)) found = entry;
  }
  return found;
}
