import { expect, test } from 'vitest';
import { csvRow } from '../../src/lib/reports/csv-row.ts';

// OWASP's CSV injection advice: a cell a spreadsheet would run as a formula is quoted and starts
// with a single quote, so Excel shows the text instead of running it.
test.each([
  ['a formula', '=HYPERLINK("http://x.example","Bấm")', `"'=HYPERLINK(""http://x.example"",""Bấm"")"`],
  ['a sum', '=1+2', `"'=1+2"`],
  ['a plus', '+cmd|" /C calc"!A0', `"'+cmd|"" /C calc""!A0"`],
  ['a minus before text', '-2+3+cmd', `"'-2+3+cmd"`],
  ['an at sign', '@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
  ['a tab', '\t=1+2', `"'\t=1+2"`],
  ['a carriage return', '\r=1+2', `"'\r=1+2"`],
])('%s is neutralised', (_what, value, expected) => {
  expect(csvRow([value])).toBe(expected);
});

test.each([
  ['a name', 'Nguyễn Văn An', 'Nguyễn Văn An'],
  ['a negative number as text', '-150000', '-150000'],
  ['a negative decimal as text', '-1,5', '"-1,5"'],
  ['a number', -150000, '-150000'],
  ['an equals sign inside', 'a=b', 'a=b'],
  ['a lone dash, as an empty cell', '-', '-'],
  ['a comma', 'Trưởng ban, biên tập', '"Trưởng ban, biên tập"'],
])('%s is written as it is', (_what, value, expected) => {
  expect(csvRow([value])).toBe(expected);
});
