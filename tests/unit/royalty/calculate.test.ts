import { describe, expect, test } from 'vitest';
import { calculateRoyalties } from '../../../src/lib/royalty/calculate.ts';
import type { RoyaltyScheme } from '../../../src/lib/content/types.ts';
import { board, input, item, scheme, schemeWithBoardPay } from './build-input.ts';

const gross = (period: string, overrides: Parameters<typeof input>[1]) =>
  calculateRoyalties(input(period, overrides)).report.lines.map((line) => line.gross);

describe('the worked example of the content contract', () => {
  test('reproduces nhuan-but-2022-Q1.json exactly', () => {
    const hoiNghi = {
      ...item('2022-01-18', 'tin-kem-anh', 1.5, [
        { person: 'nguyen-van-an', role: 'tac-gia', share: 70, onDuty: false },
        { person: 'le-van-binh', role: 'anh', share: 30 },
      ]),
      path: 'tin-tuc/2022/hoi-nghi',
      title: '…',
    };
    const { report } = calculateRoyalties(
      input('2022-Q1', { scheme: schemeWithBoardPay, items: [hoiNghi], paidOn: '2022-04-05' }),
    );
    // Copied from content-format.md, "Machine-readable output", with this list's status and (no) warnings.
    expect(JSON.stringify(report)).toBe(
      JSON.stringify({
        commune: 'ea-trol',
        period: { label: '2022-Q1', from: '2022-01-01', to: '2022-03-31' },
        partial: false,
        paidOn: '2022-04-05',
        scheme: 'phu-yen-28-2021',
        status: 'du-thao',
        lines: [
          {
            kind: 'nhuan-but',
            item: 'tin-tuc/2022/hoi-nghi',
            title: '…',
            date: '2022-01-18',
            genre: 'tin-kem-anh',
            coefficient: 1.5,
            unitValue: 149000,
            person: 'nguyen-van-an',
            role: 'tac-gia',
            share: 70,
            gross: 156000,
          },
          {
            kind: 'nhuan-but',
            item: 'tin-tuc/2022/hoi-nghi',
            title: '…',
            date: '2022-01-18',
            genre: 'tin-kem-anh',
            coefficient: 1.5,
            unitValue: 149000,
            person: 'le-van-binh',
            role: 'anh',
            share: 30,
            gross: 67000,
          },
          {
            kind: 'thu-lao',
            person: 'nguyen-van-hung',
            role: 'truong-ban',
            coefficient: 1,
            months: 3,
            from: '2022-01',
            to: '2022-03',
            unitValue: 149000,
            gross: 447000,
          },
        ],
        payees: [
          { person: 'nguyen-van-an', name: 'Nguyễn Văn An', gross: 156000, tax: 0, net: 156000 },
          { person: 'le-van-binh', name: 'Lê Văn Bình', gross: 67000, tax: 0, net: 67000 },
          { person: 'nguyen-van-hung', name: 'Nguyễn Văn Hùng', gross: 447000, tax: 0, net: 447000 },
        ],
        totals: {
          gross: 670000,
          tax: 0,
          net: 670000,
          grossInWords: 'Sáu trăm bảy mươi nghìn đồng',
          netInWords: 'Sáu trăm bảy mươi nghìn đồng',
        },
        warnings: [],
      }),
    );
  });
});

const an = { person: 'nguyen-van-an', role: 'tac-gia' } as const;
const lan = { person: 'tran-thi-lan', role: 'tac-gia' } as const; // staff
const noBoard = { board: undefined };

describe('nhuận bút lines', () => {
  test.each([
    // title, period, scheme, items, expected gross per line (computed by hand)
    [
      'base salary changes inside the period, salaryOn publication: June at 1 490 000, July at 1 800 000',
      '2023',
      scheme,
      [item('2023-06-30', 'tin', 1, [an]), item('2023-07-01', 'tin', 1, [an])],
      [149_000, 180_000],
    ],
    [
      'salaryOn period-end prices both at the base salary of 31/12/2023 (1 800 000)',
      '2023',
      { ...scheme, salaryOn: 'period-end' },
      [item('2023-06-30', 'tin', 1, [an]), item('2023-07-01', 'tin', 1, [an])],
      [180_000, 180_000],
    ],
    [
      'fixed unit value 150 000 × coefficient 1.5 = 225 000',
      '2022-01',
      { ...scheme, unitValue: { fixed: 150_000 } },
      [item('2022-01-10', 'tin', 1.5, [an])],
      [225_000],
    ],
    [
      'shares 70/30 of 2 × 180 000 = 360 000 → 252 000 and 108 000',
      '2023-08',
      scheme,
      [
        item('2023-08-01', 'bai-viet', 2, [
          { ...an, share: 70 },
          { person: 'le-van-binh', role: 'anh', share: 30 },
        ]),
      ],
      [252_000, 108_000],
    ],
    [
      'equal split of 149 000 among three: 49 666.67 each → 50 000 at rounding 1000',
      '2022-01',
      scheme,
      [
        item('2022-01-10', 'tin', 1, [
          an,
          { person: 'le-van-binh', role: 'anh' },
          { person: 'nguyen-van-hung', role: 'cung-cap-tin' },
        ]),
      ],
      [50_000, 50_000, 50_000],
    ],
    [
      'equal split of 149 000 among three at rounding 1: 49 666.67 → 49 667 each',
      '2022-01',
      { ...scheme, rounding: 1 },
      [
        item('2022-01-10', 'tin', 1, [
          an,
          { person: 'le-van-binh', role: 'anh' },
          { person: 'nguyen-van-hung', role: 'cung-cap-tin' },
        ]),
      ],
      [49_667, 49_667, 49_667],
    ],
    [
      'onDuty staff earns 50 %: 1.15 × 180 000 × 50 % = 103 500 exactly → 104 000 (floats would give 103 000)',
      '2023-08',
      scheme,
      [item('2023-08-01', 'tin', 1.15, [{ ...lan, onDuty: true }])],
      [104_000],
    ],
    [
      'onDuty non-staff earns the full 1.15 × 180 000 = 207 000',
      '2023-08',
      scheme,
      [item('2023-08-01', 'tin', 1.15, [{ ...an, onDuty: true }])],
      [207_000],
    ],
    [
      'staff outside their duties earn the full 207 000',
      '2023-08',
      scheme,
      [item('2023-08-01', 'tin', 1.15, [{ ...lan, onDuty: false }])],
      [207_000],
    ],
    [
      'rounding 1 keeps 103 500',
      '2023-08',
      { ...scheme, rounding: 1 },
      [item('2023-08-01', 'tin', 1.15, [{ ...lan, onDuty: true }])],
      [103_500],
    ],
    [
      'rounding 1, half-way 0.5 × 1 001 = 500.5 → 501',
      '2022-01',
      { ...scheme, rounding: 1, unitValue: { fixed: 1001 } },
      [item('2022-01-10', 'tin', 0.5, [an])],
      [501],
    ],
    [
      'rounding 1000, half-way 0.5 × 1 001 = 500.5 → 1 000',
      '2022-01',
      { ...scheme, unitValue: { fixed: 1001 } },
      [item('2022-01-10', 'tin', 0.5, [an])],
      [1000],
    ],
    [
      'rounding 1000, just below half-way: 0.5 × 998 = 499 → 0',
      '2022-01',
      { ...scheme, unitValue: { fixed: 998 } },
      [item('2022-01-10', 'tin', 0.5, [an])],
      [0],
    ],
  ] as [string, string, RoyaltyScheme, ReturnType<typeof item>[], number[]][])(
    '%s',
    (_title, period, usedScheme, items, expected) => {
      expect(gross(period, { scheme: usedScheme, items, ...noBoard })).toEqual(expected);
    },
  );

  test('the unit value of each line is the one of its own day', () => {
    const { report } = calculateRoyalties(
      input('2023', {
        items: [item('2023-06-30', 'tin', 1, [an]), item('2023-07-01', 'tin', 1, [an])],
        ...noBoard,
      }),
    );
    expect(report.lines.map((line) => line.unitValue)).toEqual([149_000, 180_000]);
  });

  test('an equal split shows each share as 33.33 %', () => {
    const { report } = calculateRoyalties(
      input('2022-01', {
        items: [
          item('2022-01-10', 'tin', 1, [
            an,
            { person: 'le-van-binh', role: 'anh' },
            { person: 'nguyen-van-hung', role: 'cung-cap-tin' },
          ]),
        ],
        ...noBoard,
      }),
    );
    expect(report.lines.map((line) => (line.kind === 'nhuan-but' ? line.share : undefined))).toEqual([
      33.33, 33.33, 33.33,
    ]);
  });

  test('a reduced on-duty line says which percentage it was paid', () => {
    const { report } = calculateRoyalties(
      input('2023-08', { items: [item('2023-08-01', 'tin', 1.15, [{ ...lan, onDuty: true }])], ...noBoard }),
    );
    expect(report.lines[0]).toMatchObject({ share: 100, onDutyPercent: 50, gross: 104_000 });
  });
});

describe('personal income tax withheld per payee', () => {
  const twoItems = (credit: typeof an | typeof lan, day: string) =>
    Array.from({ length: 2 }, () => item(day, 'bai-viet', 5, [credit]));
  test.each([
    // 5 × 234 000 = 1 170 000 per item, two items = 2 340 000 ≥ 2 000 000 → 10 % = 234 000
    [
      'non-staff at 2 340 000 has 234 000 withheld',
      an,
      '2024-08',
      { gross: 2_340_000, tax: 234_000, net: 2_106_000 },
    ],
    // 5 × 180 000 = 900 000, two items = 1 800 000 < 2 000 000
    [
      'non-staff at 1 800 000, below the threshold, has nothing withheld',
      an,
      '2023-08',
      { gross: 1_800_000, tax: 0, net: 1_800_000 },
    ],
    ['staff at 2 340 000 has nothing withheld', lan, '2024-08', { gross: 2_340_000, tax: 0, net: 2_340_000 }],
  ] as const)('%s', (_title, credit, period, expected) => {
    const { report } = calculateRoyalties(
      input(period, { items: twoItems(credit, `${period}-05`), ...noBoard }),
    );
    expect(report.payees).toEqual([{ person: credit.person, name: expect.any(String), ...expected }]);
  });

  test('exactly at the threshold (2 × 5 × 200 000 = 2 000 000) tax is withheld: 200 000', () => {
    const { report } = calculateRoyalties(
      input('2022-01', {
        scheme: { ...scheme, unitValue: { fixed: 200_000 } },
        items: twoItems(an, '2022-01-05'),
        ...noBoard,
      }),
    );
    expect(report.totals).toEqual({
      gross: 2_000_000,
      tax: 200_000,
      net: 1_800_000,
      grossInWords: 'Hai triệu đồng',
      netInWords: 'Một triệu tám trăm nghìn đồng',
    });
  });
});

describe('thù lao of the editorial board', () => {
  const fullBoard = {
    ...board,
    members: [
      { person: 'nguyen-van-hung', role: 'truong-ban' },
      { person: 'tran-thi-lan', role: 'pho-truong-ban' },
      { person: 'nguyen-van-an', role: 'thanh-vien' },
      { person: 'ksor-h-mai', role: 'thu-ky' },
    ],
  } as const;
  test.each([
    // 1 × 149 000; 0.8 × 149 000 = 119 200 → 119 000; 0.5 × 149 000 = 74 500 → 75 000
    ['a month at 149 000', '2022-01', [149_000, 119_000, 75_000, 75_000]],
    // × 3: 447 000; 357 600 → 358 000; 223 500 → 224 000
    ['a quarter at 149 000', '2022-Q1', [447_000, 358_000, 224_000, 224_000]],
    // each month at its own base salary: January-June u = 149 000, July-December u = 180 000;
    // one line per run: 6 × 149 000 = 894 000 and 6 × 180 000 = 1 080 000 for the head;
    // 0.8 × 149 000 × 6 = 715 200 → 715 000 and 0.8 × 180 000 × 6 = 864 000; 0.5 × … = 447 000 and 540 000
    [
      'a year across the 1 July 2023 change, month by month',
      '2023',
      [894_000, 715_000, 447_000, 447_000, 1_080_000, 864_000, 540_000, 540_000],
    ],
  ] as const)('%s', (_title, period, expected) => {
    expect(
      gross(period, { scheme: schemeWithBoardPay, board: { ...fullBoard, members: [...fullBoard.members] } }),
    ).toEqual(expected);
  });

  test('a scheme without a coefficient for a role pays nothing to that role', () => {
    const onlyHead: RoyaltyScheme = { ...scheme, remuneration: { monthly: { 'truong-ban': 1 } } };
    expect(
      gross('2022-01', { scheme: onlyHead, board: { ...fullBoard, members: [...fullBoard.members] } }),
    ).toEqual([149_000]);
  });

  test('the head of a yearly list (894 000 + 1 080 000 = 1 974 000, not staff) is below 2 000 000: nothing withheld', () => {
    const { report } = calculateRoyalties(input('2023', { scheme: schemeWithBoardPay }));
    expect(report.payees).toEqual([
      { person: 'nguyen-van-hung', name: 'Nguyễn Văn Hùng', gross: 1_974_000, tax: 0, net: 1_974_000 },
    ]);
  });
});

describe('an empty period', () => {
  test('without items or paid board gives an empty list with zero totals', () => {
    const { report } = calculateRoyalties(input('2022-02', noBoard));
    expect(report).toMatchObject({
      lines: [],
      payees: [],
      totals: { gross: 0, tax: 0, net: 0, grossInWords: 'Không đồng', netInWords: 'Không đồng' },
    });
  });

  test('with a paid board gives only thù lao', () => {
    const { report } = calculateRoyalties(input('2022-02', { scheme: schemeWithBoardPay }));
    expect(report.lines.map((line) => line.kind)).toEqual(['thu-lao']);
  });
});

describe('ordering and reproducibility', () => {
  test('payees appear in the order of their first line', () => {
    const { report } = calculateRoyalties(
      input('2022-01', {
        scheme: schemeWithBoardPay,
        items: [
          item('2022-01-02', 'tin', 1, [{ person: 'le-van-binh', role: 'tac-gia' }]),
          item('2022-01-03', 'tin', 1, [an, { person: 'le-van-binh', role: 'anh' }]),
        ],
      }),
    );
    expect(report.payees.map((payee) => payee.person)).toEqual([
      'le-van-binh',
      'nguyen-van-an',
      'nguyen-van-hung',
    ]);
  });

  test('reports the base salaries it used, oldest first', () => {
    const { baseSalaries } = calculateRoyalties(
      input('2023', { items: [item('2023-07-01', 'tin', 1, [an]), item('2023-06-30', 'tin', 1, [an])] }),
    );
    expect(baseSalaries.map((entry) => entry.amount)).toEqual([1_490_000, 1_800_000]);
  });
});
