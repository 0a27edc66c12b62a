import { expect, test } from 'vitest';
import { royaltyItems } from '../../../src/lib/royalty/input.ts';
import { parsePeriod } from '../../../src/lib/royalty/period.ts';
import { item } from './build-input.ts';

const period = parsePeriod('2022-01')!;
const now = new Date('2022-01-20T10:00:00+07:00');
const credit = [{ person: 'nguyen-van-an', role: 'tac-gia' }] as const;
const make = (day: string, overrides: Parameters<typeof item>[4] = {}) =>
  item(day, 'tin', 1, [...credit], overrides);

function withoutRoyalty(candidate: ReturnType<typeof make>): ReturnType<typeof make> {
  const { royalty: _royalty, ...rest } = candidate;
  return rest;
}

test.each([
  ['a published item dated in the period', make('2022-01-10'), true],
  ['an item on the first day', make('2022-01-01'), true],
  ['an item at the clock exactly', make('2022-01-20', { date: { instant: now, day: '2022-01-20' } }), true],
  ['a draft', make('2022-01-10', { draft: true }), false],
  ['an item scheduled after the clock', make('2022-01-25'), false],
  ['an item of the previous month', make('2021-12-31'), false],
  ['an item without royalty', withoutRoyalty(make('2022-01-10')), false],
])('%s: %s', (_title, candidate, expected) => {
  expect(royaltyItems([candidate], period, now).length === 1).toBe(expected);
});

test('an undated page never falls in a period', () => {
  const { date: _date, ...undated } = make('2022-01-10');
  expect(royaltyItems([undated], period, now)).toEqual([]);
});

test('items come in date order, then path order', () => {
  const late = make('2022-01-15', { path: 'tin-tuc/a' });
  const early = make('2022-01-05', { path: 'tin-tuc/z' });
  const sameDay = make('2022-01-15', { path: 'tin-tuc/0' });
  expect(royaltyItems([late, early, sameDay], period, now).map((i) => i.path)).toEqual([
    'tin-tuc/z',
    'tin-tuc/0',
    'tin-tuc/a',
  ]);
});
