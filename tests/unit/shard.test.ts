import { describe, expect, test } from 'vitest';
import { assignShards, shardOf } from '../../src/lib/build/shard.ts';

const sizes = (list: [string, number][]) => list.map(([slug, items]) => ({ slug, items }));

describe('shards split communes into balanced, deterministic shares', () => {
  test('largest first, each to the lightest shard', () => {
    // loads with +1 per commune: a=101 → s1; b=61 → s2; c=41 → s2 (102); d=21 → s1 (122); e=1 → s2 (103)
    expect(
      assignShards(
        sizes([
          ['a', 100],
          ['b', 60],
          ['c', 40],
          ['d', 20],
          ['e', 0],
        ]),
        2,
      ),
    ).toEqual([
      ['a', 'd'],
      ['b', 'c', 'e'],
    ]);
  });

  test('every commune is in exactly one shard', () => {
    const communes = sizes(
      Array.from({ length: 37 }, (_, i) => [`xa-${i}`, (i * 17) % 23] as [string, number]),
    );
    const shards = assignShards(communes, 4);
    expect(shards.flat().toSorted()).toEqual(communes.map((c) => c.slug).toSorted());
  });

  test('the input order does not change the split', () => {
    const communes = sizes([
      ['a', 5],
      ['b', 9],
      ['c', 9],
      ['d', 1],
    ]);
    expect(assignShards(communes.toReversed(), 3)).toEqual(assignShards(communes, 3));
  });

  test('equal communes spread evenly; more shards than communes leaves some empty', () => {
    expect(
      assignShards(
        sizes([
          ['a', 10],
          ['b', 10],
          ['c', 10],
          ['d', 10],
        ]),
        2,
      ).map((s) => s.length),
    ).toEqual([2, 2]);
    expect(assignShards(sizes([['a', 10]]), 3)).toEqual([['a'], [], []]);
  });

  test('shardOf is 1-based', () => {
    expect(
      shardOf(
        sizes([
          ['a', 2],
          ['b', 1],
        ]),
        2,
        2,
      ),
    ).toEqual(['b']);
  });
});
