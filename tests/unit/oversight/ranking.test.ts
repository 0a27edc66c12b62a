import { expect, test } from 'vitest';
import { rank } from '../../../src/lib/oversight/ranking.ts';

const row = (name: string, score: number, actions: number, daysSinceLatest: number | undefined) => ({
  name,
  score,
  actions: Array.from({ length: actions }, () => 'x'),
  daysSinceLatest,
});

test('equal scores share a rank; fewer actions, then more recent, come first', () => {
  const ranked = rank([
    row('Xã D', 92, 4, 195),
    row('Xã C', 100, 3, 2),
    row('Xã B', 34, 11, 16),
    row('Xã A', 100, 0, 3),
    row('Xã E', 92, 4, undefined),
  ]);
  expect(ranked.map((r) => [r.rank, r.name])).toEqual([
    [1, 'Xã A'],
    [1, 'Xã C'],
    [3, 'Xã D'],
    [3, 'Xã E'],
    [5, 'Xã B'],
  ]);
});
