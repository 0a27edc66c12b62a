import { expect, test } from 'vitest';
import {
  ledgerYaml,
  nextNumber,
  overlappingList,
  parseLedger,
  type IssuedList,
} from '../../../src/lib/royalty/issued-lists.ts';
import { parsePeriod } from '../../../src/lib/royalty/period.ts';

const january: IssuedList = {
  number: '1/2026',
  period: '2026-01',
  from: '2026-01-01',
  to: '2026-01-31',
  paidOn: '2026-02-05',
  issuedOn: '2026-02-02',
  gross: 670_000,
  tax: 0,
  net: 670_000,
  sha256: 'a'.repeat(64),
};

test.each([
  ['2026-Q1 overlaps the issued 2026-01', '2026-Q1', '1/2026'],
  ['2026 overlaps it', '2026', '1/2026'],
  ['2026-01 again overlaps it', '2026-01', '1/2026'],
  ['2026-02 does not', '2026-02', undefined],
  ['2025-Q4 does not', '2025-Q4', undefined],
])('%s', (_, period, number) => {
  expect(overlappingList([january], parsePeriod(period)!)?.number).toBe(number);
});

test('numbers count the lists issued in the year of issue', () => {
  expect([
    nextNumber([january], '2026-03-01'),
    nextNumber([january], '2027-01-05'),
    nextNumber([], '2026-01-01'),
  ]).toEqual(['2/2026', '1/2027', '1/2026']);
});

test('the ledger reads back as written', () => {
  expect(parseLedger(ledgerYaml([january]), 'private/ea-trol/bang-ke-da-lap.yaml')).toEqual({
    lists: [january],
    problems: [],
  });
});

test('an absent ledger is empty; a broken one is a problem in its file', () => {
  expect(parseLedger(undefined, 'x.yaml')).toEqual({ lists: [], problems: [] });
  expect(parseLedger('- number: 1\n', 'private/ea-trol/bang-ke-da-lap.yaml').problems[0]?.file).toBe(
    'private/ea-trol/bang-ke-da-lap.yaml',
  );
});
