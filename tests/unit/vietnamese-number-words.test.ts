import { expect, test } from 'vitest';
import { amountInWords, numberInWords } from '../../src/lib/vietnamese-number-words.ts';

test.each([
  [0, 'Không đồng'],
  [5, 'Năm đồng'],
  [10, 'Mười đồng'],
  [11, 'Mười một đồng'],
  [15, 'Mười lăm đồng'],
  [20, 'Hai mươi đồng'],
  [21, 'Hai mươi mốt đồng'],
  [24, 'Hai mươi bốn đồng'],
  [25, 'Hai mươi lăm đồng'],
  [100, 'Một trăm đồng'],
  [101, 'Một trăm linh một đồng'],
  [105, 'Một trăm linh năm đồng'],
  [110, 'Một trăm mười đồng'],
  [115, 'Một trăm mười lăm đồng'],
  [1000, 'Một nghìn đồng'],
  [1001, 'Một nghìn không trăm linh một đồng'],
  [1010, 'Một nghìn không trăm mười đồng'],
  [1050, 'Một nghìn không trăm năm mươi đồng'],
  [10_000, 'Mười nghìn đồng'],
  [15_500, 'Mười lăm nghìn năm trăm đồng'],
  [105_000, 'Một trăm linh năm nghìn đồng'],
  [670_000, 'Sáu trăm bảy mươi nghìn đồng'],
  [1_000_000, 'Một triệu đồng'],
  [1_000_500, 'Một triệu năm trăm đồng'],
  [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
  [1_490_000, 'Một triệu bốn trăm chín mươi nghìn đồng'],
  [2_340_000, 'Hai triệu ba trăm bốn mươi nghìn đồng'],
  [21_000_000, 'Hai mươi mốt triệu đồng'],
  [1_000_000_000, 'Một tỷ đồng'],
  [1_000_000_001, 'Một tỷ không trăm linh một đồng'],
  [1_005_000_000, 'Một tỷ không trăm linh năm triệu đồng'],
  [25_000_000_000, 'Hai mươi lăm tỷ đồng'],
  [
    999_999_999_999,
    'Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
  ],
  [1_000_000_000_000, 'Một nghìn tỷ đồng'],
])('%i đồng is "%s"', (amount, words) => {
  expect(amountInWords(amount)).toBe(words);
});

test.each([-1, 1.5, Number.NaN, 2 ** 53])('%d is refused: amounts are whole, non-negative đồng', (amount) => {
  expect(() => numberInWords(amount)).toThrow(RangeError);
});
