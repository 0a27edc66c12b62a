import { expect, test } from 'vitest';
import { inPeriod, parsePeriod, periodInWords } from '../../../src/lib/royalty/period.ts';

test.each([
  ['2022-01', { label: '2022-01', from: '2022-01-01', to: '2022-01-31', months: 1 }, 'Tháng 01 năm 2022'],
  ['2024-02', { label: '2024-02', from: '2024-02-01', to: '2024-02-29', months: 1 }, 'Tháng 02 năm 2024'],
  ['2023-02', { label: '2023-02', from: '2023-02-01', to: '2023-02-28', months: 1 }, 'Tháng 02 năm 2023'],
  ['2022-Q1', { label: '2022-Q1', from: '2022-01-01', to: '2022-03-31', months: 3 }, 'Quý I năm 2022'],
  ['2022-Q2', { label: '2022-Q2', from: '2022-04-01', to: '2022-06-30', months: 3 }, 'Quý II năm 2022'],
  ['2022-Q4', { label: '2022-Q4', from: '2022-10-01', to: '2022-12-31', months: 3 }, 'Quý IV năm 2022'],
  ['2022', { label: '2022', from: '2022-01-01', to: '2022-12-31', months: 12 }, 'Năm 2022'],
])('%s is %o, "%s"', (text, expected, words) => {
  const period = parsePeriod(text);
  expect(period).toMatchObject(expected);
  expect(period && periodInWords(period)).toBe(words);
});

test.each(['2022-13', '2022-00', '2022-Q5', '22-01', '2022/01', '2022-1', 'Q1-2022', ''])(
  '"%s" is not a period',
  (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  },
);

test.each([
  ['2022-01-01', true],
  ['2022-03-31', true],
  ['2021-12-31', false],
  ['2022-04-01', false],
])('%s in 2022-Q1: %s', (day, expected) => {
  const period = parsePeriod('2022-Q1');
  expect(period && inPeriod(period, day)).toBe(expected);
});
