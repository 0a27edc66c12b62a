/**
 * The ranking of communes. Rank by completeness score, highest first; equal scores share a
 * rank ("1, 2, 2, 4"). Within a rank, the commune with fewer actions comes first, then the one
 * that published more recently, then the name in Vietnamese order.
 */
export interface Rankable {
  name: string;
  score: number;
  actions: readonly string[];
  daysSinceLatest: number | undefined;
}

const VI = new Intl.Collator('vi');

export function rank<T extends Rankable>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = rows.toSorted(
    (a, b) =>
      b.score - a.score ||
      a.actions.length - b.actions.length ||
      (a.daysSinceLatest ?? Infinity) - (b.daysSinceLatest ?? Infinity) ||
      VI.compare(a.name, b.name),
  );
  return sorted.map((row, index) => ({
    ...row,
    rank:
      index > 0 && sorted[index - 1]!.score === row.score
        ? sorted.findIndex((other) => other.score === row.score) + 1
        : index + 1,
  }));
}
