/**
 * Splits communes into `count` shards of about equal work, by item count: the largest commune
 * first, each to the shard with the least work so far (longest-processing-time first). The
 * order of the input does not matter and ties break by slug, so every CI job computes the same
 * split without talking to the others.
 */
export interface CommuneSize {
  slug: string;
  items: number;
}

export function assignShards(communes: readonly CommuneSize[], count: number): string[][] {
  const shards = Array.from({ length: count }, () => ({ load: 0, slugs: [] as string[] }));
  const largestFirst = communes.toSorted(
    (a, b) => b.items - a.items || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  for (const commune of largestFirst) {
    let target = shards[0]!;
    for (const shard of shards) if (shard.load < target.load) target = shard;
    target.load += commune.items + 1;
    target.slugs.push(commune.slug);
  }
  return shards.map((s) => s.slugs.toSorted());
}

/** The communes of shard `index` (1-based) of `count`. */
export function shardOf(communes: readonly CommuneSize[], index: number, count: number): string[] {
  return assignShards(communes, count)[index - 1] ?? [];
}
