import type { CommuneSize } from './shard.ts';

/**
 * Splits the communes of one build into batches of at most `maxItems` items (a commune larger
 * than that is a batch of its own), keeping their order. Astro holds every page of a build in
 * memory, so a province is built batch by batch, each in its own process, to keep peak memory
 * bounded whatever the number of communes (issue: 300 × 100 under 2,000 MB).
 */
export function splitBatches(communes: readonly CommuneSize[], maxItems: number): string[][] {
  const batches = greedy(communes, maxItems);
  // Even out: n batches of about total / n items each, rather than full ones and a small rest,
  // unless that needs more batches.
  if (batches.length > 1) {
    const total = communes.reduce((sum, c) => sum + c.items, 0);
    const even = greedy(communes, Math.ceil(total / batches.length));
    if (even.length === batches.length) return even;
  }
  return batches;
}

function greedy(communes: readonly CommuneSize[], maxItems: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let load = 0;
  for (const { slug, items } of communes) {
    if (current.length > 0 && load + items > maxItems) {
      batches.push(current);
      current = [];
      load = 0;
    }
    current.push(slug);
    load += items;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
