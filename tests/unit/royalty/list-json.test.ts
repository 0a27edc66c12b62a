import { expect, test } from 'vitest';
import { listJson } from '../../../src/lib/reports/write-json.ts';

test.each([
  [
    'a report with lists',
    {
      commune: 'xa',
      period: { label: '2026', from: '2026-01-01' },
      lines: [{ gross: 164_000, share: 33.33 }, { gross: 1 }],
      totals: { gross: 164_001 },
    },
    '{\n  "commune": "xa",\n  "period": {"label":"2026","from":"2026-01-01"},\n  "lines": [\n    {"gross":164000,"share":33.33},\n    {"gross":1}\n  ],\n  "totals": {"gross":164001}\n}\n',
  ],
  [
    'text with quotes, a newline and Vietnamese',
    { title: 'Hội nghị "triển khai"\n' },
    '{\n  "title": "Hội nghị \\"triển khai\\"\\n"\n}\n',
  ],
  ['empty lists and objects', { lines: [], totals: {} }, '{\n  "lines": [],\n  "totals": {}\n}\n'],
  [
    'absent values: left out of objects, null in lists',
    { a: undefined, b: null, c: [undefined, () => 1], d: () => 1 },
    '{\n  "b": null,\n  "c": [\n    null,\n    null\n  ]\n}\n',
  ],
  [
    'values with toJSON, such as dates',
    { day: new Date(Date.UTC(2026, 0, 18)), list: [new Date(0)] },
    '{\n  "day": "2026-01-18T00:00:00.000Z",\n  "list": [\n    "1970-01-01T00:00:00.000Z"\n  ]\n}\n',
  ],
  ['an empty object', {}, '{}\n'],
])('lays out %s a field a line, a list element a line', (_title, value, expected) => {
  const text = listJson(value);
  expect(text).toBe(expected);
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
});
