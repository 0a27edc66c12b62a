import { describe, expect, test } from 'vitest';
import { splitBatches } from '../../src/lib/build/batches.ts';

const sizes = (list: number[]) => list.map((items, i) => ({ slug: `x${i + 1}`, items }));

describe('a build is split into batches of bounded size', () => {
  test.each([
    ['everything fits in one batch', [100, 100, 100], 1000, [['x1', 'x2', 'x3']]],
    [
      'two even batches rather than a full one and a rest',
      [100, 100, 100, 100],
      300,
      [
        ['x1', 'x2'],
        ['x3', 'x4'],
      ],
    ],
    ['a commune larger than the limit is a batch of its own', [50, 500, 50], 200, [['x1'], ['x2'], ['x3']]],
    ['order is kept', [10, 20, 30, 40, 50], 60, [['x1', 'x2', 'x3'], ['x4'], ['x5']]],
    ['no communes, no batches', [], 100, []],
  ])('%s', (_, items, max, expected) => {
    expect(splitBatches(sizes(items as number[]), max as number)).toEqual(expected);
  });

  test('100 communes of 110 items at 6,000 make two batches of 50', () => {
    const batches = splitBatches(sizes(Array.from({ length: 100 }, () => 110)), 6000);
    expect(batches.map((b) => b.length)).toEqual([50, 50]);
  });
});
