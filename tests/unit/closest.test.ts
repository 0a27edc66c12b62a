import { describe, expect, test } from 'vitest';
import { closest, editDistance, suggestion } from '../../src/lib/closest.ts';

describe('suggestions for mistyped ids', () => {
  test.each([
    ['nguyen-van-an', 'nguyen-van-an', 0],
    ['nguyen-van-a', 'nguyen-van-an', 1],
    ['le-van-bin', 'le-van-binh', 1],
    ['abc', 'xyz', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test('the closest known ids first, far ones left out', () => {
    expect(closest('nguyen-van-bn', ['nguyen-van-an', 'nguyen-van-binh', 'tran-thi-lan'])).toEqual([
      'nguyen-van-an',
      'nguyen-van-binh',
    ]);
  });

  test('a sentence in Vietnamese, or nothing', () => {
    expect(suggestion('le-van-bin', ['le-van-binh'])).toBe(' Có phải ý bạn là: "le-van-binh"?');
    expect(suggestion('zzz', ['le-van-binh'])).toBe('');
  });
});
