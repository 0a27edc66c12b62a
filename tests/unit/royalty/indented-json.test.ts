import { expect, test } from 'vitest';
import { indentedJson } from '../../../src/lib/reports/write-json.ts';

test.each([
  ['numbers, text with quotes and Vietnamese', { gross: 164_000, share: 33.33, title: 'Hội nghị "triển khai"\n' }],
  ['nested arrays and objects, empty ones too', { lines: [{ a: 1, b: [1, [2, {}]] }, []], totals: {} }],
  ['absent values: left out of objects, null in arrays', { a: undefined, b: null, c: [undefined, () => 1], d: () => 1 }],
  ['values with toJSON, such as dates', { day: new Date(Date.UTC(2026, 0, 18)), list: [new Date(0)] }],
  ['a bare value', 'nhuận bút'],
  ['an empty array', []],
])('writes %s exactly as JSON.stringify(value, null, 2)', (_title, value) => {
  expect(indentedJson(value)).toBe(JSON.stringify(value, null, 2));
});
