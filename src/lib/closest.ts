/** Levenshtein distance, for "did you mean" suggestions on mistyped ids. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known ids closest to a mistyped one (at most `limit`, within a third of its length). */
export function closest(input: string, known: Iterable<string>, limit = 3): string[] {
  const maxDistance = Math.max(2, Math.ceil(input.length / 3));
  return [...known]
    .map((id) => ({ id, d: editDistance(input, id) }))
    .filter(({ d }) => d <= maxDistance)
    .toSorted((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** " Có phải ý bạn là: a, b?" or an empty string. */
export function suggestion(input: string, known: Iterable<string>): string {
  const near = closest(input, known);
  return near.length ? ` Có phải ý bạn là: ${near.map((n) => `"${n}"`).join(', ')}?` : '';
}
