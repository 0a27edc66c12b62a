/**
 * Version 2 of the royalty rules, one behaviour per test, every amount worked out by hand with
 * exact fractions in the comment beside it. Each "wrong today" case of the issue that brought
 * version 2 has its test here, named after it.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2"
 */
import { describe, expect, test } from 'vitest';
import type { EditorialBoard, RoyaltyScheme } from '../../../src/lib/content/types.ts';
import { calculateRoyalties } from '../../../src/lib/royalty/calculate.ts';
import { validateRoyalties } from '../../../src/lib/royalty/validate.ts';
import { board, input, item, scheme, schemeWithBoardPay, type InputOverrides } from './build-input.ts';

const an = { person: 'nguyen-van-an', role: 'tac-gia' } as const;
const binh = { person: 'le-van-binh', role: 'anh' } as const;
const mai = { person: 'ksor-h-mai', role: 'tac-gia' } as const;
const day = (d: string) => ({ instant: new Date(`${d}T00:00:00+07:00`), day: d });
const noBoard = { board: undefined };
const report = (period: string, overrides: InputOverrides) =>
  calculateRoyalties(input(period, overrides)).report;
const grossOf = (period: string, overrides: InputOverrides) =>
  report(period, overrides).lines.map((line) => line.gross);
const errors = (period: string, overrides: InputOverrides) =>
  validateRoyalties(input(period, overrides))
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.field ?? p.file}: ${p.message}`);

describe('1. equal splits are exact fractions, rounded once', () => {
  test.each([
    // 1.25 × 234 000 = 292 500; ÷ 3 = 97 500 exactly → half-up to 98 000 (a share cut to 40 digits gave 97 000)
    ['1.25 × 234 000 ÷ 3 = 97 500 → 98 000 each', 1.25, 1000, [98_000, 98_000, 98_000]],
    // 1 × 234 000 ÷ 3 = 78 000 exactly
    ['1 × 234 000 ÷ 3 = 78 000 each', 1, 1000, [78_000, 78_000, 78_000]],
    // 1.1 × 234 000 = 257 400; ÷ 3 = 85 800 exactly; at rounding 1 still 85 800
    ['1.1 × 234 000 ÷ 3 = 85 800 at rounding 1', 1.1, 1, [85_800, 85_800, 85_800]],
  ])('%s', (_, coefficient, rounding, expected) => {
    const items = [item('2025-08-10', 'tin', coefficient, [an, binh, mai])];
    expect(grossOf('2025-08', { items, scheme: { ...scheme, rounding }, ...noBoard })).toEqual(expected);
  });
});

describe("2. thù lao follows the board's dates and the clock", () => {
  const appointed = (date: string): EditorialBoard => ({
    ...board,
    decision: { ...board.decision, date: day(date) },
  });

  test('a board appointed on 05/03/2025 is paid nothing for 2020', () => {
    expect(grossOf('2020', { scheme: schemeWithBoardPay, board: appointed('2025-03-05') })).toEqual([]);
  });

  test('a board appointed on 12/08/2024 is paid for August-December 2024: 1 × 234 000 × 5 = 1 170 000', () => {
    expect(report('2024', { scheme: schemeWithBoardPay, board: appointed('2024-08-12') }).lines).toEqual([
      {
        kind: 'thu-lao',
        person: 'nguyen-van-hung',
        role: 'truong-ban',
        coefficient: 1,
        months: 5,
        from: '2024-08',
        to: '2024-12',
        unitValue: 234_000,
        gross: 1_170_000,
      },
    ]);
  });

  test('a period that starts after the clock is refused', () => {
    expect(errors('2031', { today: '2030-01-01' })).toEqual([
      'ea-trol/site.yaml: Kỳ 2031 bắt đầu ngày 01/01/2031, sau ngày lập bảng kê (01/01/2030): chưa thể lập bảng kê cho kỳ chưa bắt đầu.',
    ]);
  });

  test('a period under way is partial: only the months ended by the clock (October, November: 2 × 253 000 = 506 000)', () => {
    const list = report('2026-Q4', { scheme: schemeWithBoardPay, today: '2026-12-03', paidOn: '2026-12-03' });
    expect([list.partial, list.lines.map((line) => line.gross), list.warnings[0]]).toEqual([
      true,
      [506_000],
      'Kỳ chưa kết thúc: bảng kê chỉ tính tin, bài đăng đến ngày 03/12/2026 và thù lao các tháng đã hết; phần còn lại của kỳ chưa được tính.',
    ]);
  });

  test('a commune that ceased to exist is paid to its last day: 2025 ends on 30/06/2025 (6 × 234 000 = 1 404 000)', () => {
    const list = report('2025', {
      scheme: schemeWithBoardPay,
      lastDay: '2025-06-30',
      items: [item('2025-07-02', 'tin', 1, [an])],
    });
    expect([list.partial, list.lines.map((line) => [line.kind, line.gross])]).toEqual([
      true,
      [['thu-lao', 1_404_000]],
    ]);
  });
});

describe('3. each month of thù lao at its own base salary', () => {
  test('2024 across the 1 July change: two lines, 6 × 180 000 = 1 080 000 and 6 × 234 000 = 1 404 000', () => {
    expect(
      report('2024', { scheme: schemeWithBoardPay }).lines.map(
        (line) => line.kind === 'thu-lao' && [line.from, line.to, line.unitValue, line.gross],
      ),
    ).toEqual([
      ['2024-01', '2024-06', 180_000, 1_080_000],
      ['2024-07', '2024-12', 234_000, 1_404_000],
    ]);
  });

  test('a member appointed mid-year earns from the first month they serve on its last day', () => {
    // thu-ky from 15/09/2024: September-December, 0.5 × 234 000 × 4 = 468 000;
    // thanh-vien until 15/10/2024: January-June 0.5 × 180 000 × 6 = 540 000, July-September 0.5 × 234 000 × 3 = 351 000
    const members: EditorialBoard['members'] = [
      { person: 'nguyen-van-hung', role: 'truong-ban' },
      { person: 'ksor-h-mai', role: 'thu-ky', from: '2024-09-15' },
      { person: 'nguyen-van-an', role: 'thanh-vien', until: '2024-10-15' },
    ];
    const lines = report('2024', { scheme: schemeWithBoardPay, board: { ...board, members } }).lines;
    expect(
      lines
        .filter((line) => line.person !== 'nguyen-van-hung')
        .map((line) => line.kind === 'thu-lao' && [line.person, line.from, line.to, line.gross]),
    ).toEqual([
      ['nguyen-van-an', '2024-01', '2024-06', 540_000],
      ['nguyen-van-an', '2024-07', '2024-09', 351_000],
      ['ksor-h-mai', '2024-09', '2024-12', 468_000],
    ]);
  });
});

describe('4. the board and the scheme in force on the day', () => {
  // Board 30/QĐ-UBND (head: Lê Văn Bình) until 04/07/2025; board 15/QĐ-UBND (head: Nguyễn Văn Hùng) from 05/07/2025.
  const twoBoards: EditorialBoard = {
    decision: { number: '15/QĐ-UBND', date: day('2025-07-05'), signer: 'Y Blốc Niê' },
    members: [{ person: 'nguyen-van-hung', role: 'truong-ban' }],
    earlier: [
      {
        decision: { number: '30/QĐ-UBND', date: day('2023-01-10'), signer: 'Ksor Y Phun' },
        until: '2025-07-04',
        members: [{ person: 'le-van-binh', role: 'truong-ban' }],
      },
    ],
  };
  const approved = (d: string, by: string) => ({
    ...item(d, 'tin', 1, [an]),
    royalty: { genre: 'tin', coefficient: 1, approvedBy: by },
  });

  test.each([
    ['the earlier head approves an item of June 2025', approved('2025-06-10', 'le-van-binh'), []],
    [
      "today's head could not approve an item of June 2025",
      approved('2025-06-10', 'nguyen-van-hung'),
      [
        'royalty.approvedBy: Người duyệt "nguyen-van-hung" không phải Trưởng ban hoặc Phó trưởng ban của Ban biên tập tại ngày 10/06/2025 (Quyết định 30/QĐ-UBND).',
      ],
    ],
    [
      'the earlier head no longer approves in August 2025',
      approved('2025-08-10', 'le-van-binh'),
      [
        'royalty.approvedBy: Người duyệt "le-van-binh" không phải Trưởng ban hoặc Phó trưởng ban của Ban biên tập tại ngày 10/08/2025 (Quyết định 15/QĐ-UBND).',
      ],
    ],
  ])('%s', (_, candidate, expected) => {
    expect(errors('2025', { items: [candidate], board: twoBoards })).toEqual(expected);
  });

  test("thù lao of 2025 goes to each head for the months they served on the month's last day", () => {
    // Bình: January-June at 234 000 (his board ends 04/07, so not on 31/07); Hùng: July-December
    expect(
      report('2025', { scheme: schemeWithBoardPay, board: twoBoards }).lines.map(
        (line) => line.kind === 'thu-lao' && [line.person, line.from, line.to, line.gross],
      ),
    ).toEqual([
      ['le-van-binh', '2025-01', '2025-06', 1_404_000],
      ['nguyen-van-hung', '2025-07', '2025-12', 1_404_000],
    ]);
  });

  const phuYen: RoyaltyScheme = { ...schemeWithBoardPay, id: 'phu-yen-28-2021' };
  // An example Đắk Lắk scheme: 12 % of the base salary, thù lao of the head 1.2
  const dakLak: RoyaltyScheme = {
    ...schemeWithBoardPay,
    id: 'dak-lak-2025',
    unitValue: { percentOfBaseSalary: 12 },
    remuneration: { monthly: { 'truong-ban': 1.2 } },
  };
  const history = {
    schemeRefs: [
      { scheme: 'phu-yen-28-2021', from: '2021-08-24' },
      { scheme: 'dak-lak-2025', from: '2025-07-01' },
    ],
    schemes: new Map([
      [phuYen.id, phuYen],
      [dakLak.id, dakLak],
    ]),
  };

  test('each item is priced by the scheme in force on its date: 234 000 on 30/06/2025, 12 % × 2 340 000 = 280 800 → 281 000 on 01/07/2025', () => {
    const list = report('2025-Q3', {
      ...history,
      ...noBoard,
      items: [item('2025-06-30', 'tin', 1, [an]), item('2025-07-01', 'tin', 1, [an])],
      period: input('2025').period,
    });
    expect([list.lines.map((line) => line.gross), list.schemes]).toEqual([
      [234_000, 281_000],
      ['phu-yen-28-2021', 'dak-lak-2025'],
    ]);
  });

  test('thù lao follows the scheme of each month: 6 × 234 000 = 1 404 000, then 1.2 × 280 800 × 6 = 2 021 760 → 2 022 000', () => {
    expect(grossOf('2025', { ...history })).toEqual([1_404_000, 2_022_000]);
  });

  test("an item dated before the commune's first scheme is an error", () => {
    expect(errors('2021', { ...history, items: [item('2021-07-01', 'tin', 1, [an])] })).toEqual([
      'date: Tin/bài đăng ngày 01/07/2021, trước quy định nhuận bút đầu tiên của xã (từ ngày 24/08/2021).',
    ]);
  });
});

describe('5. tax by the payment day', () => {
  // A fixed unit of 600 000 × coefficient 5 = 3 000 000 for one non-staff author
  const big = {
    scheme: { ...scheme, unitValue: { fixed: 600_000 } },
    items: [item('2026-06-10', 'bai-viet', 5, [an])],
    ...noBoard,
  };
  test.each([
    ['paid on 30/06/2026: 3 000 000 ≥ 2 000 000, 10 % withheld = 300 000', '2026-06-30', 300_000],
    ['paid on 01/07/2026: 3 000 000 < 5 000 000, nothing withheld', '2026-07-01', 0],
  ])('%s', (_, paidOn, tax) => {
    expect(report('2026-06', { ...big, paidOn }).totals.tax).toBe(tax);
  });

  test('paid on 01/07/2026, 5 000 000 (fixed 1 000 000 × 5) is at the new threshold: 500 000', () => {
    expect(
      report('2026-06', {
        ...big,
        scheme: { ...scheme, unitValue: { fixed: 1_000_000 } },
        paidOn: '2026-07-01',
      }).totals,
    ).toMatchObject({ gross: 5_000_000, tax: 500_000, net: 4_500_000 });
  });
});

describe('6. roles and bonuses change amounts', () => {
  const roles: RoyaltyScheme = {
    ...scheme,
    rolePercent: { dich: 50, 'suu-tam': 30 },
    bonuses: [
      { key: 'tieng-dan-toc', label: 'Tiếng dân tộc', percent: 30 },
      { key: 'thieu-nhi', label: 'Cho thiếu nhi', percent: 10 },
    ],
  };
  test.each([
    // bai-viet 4 × 234 000 = 936 000
    [
      'a translator (dich 50 %) earns 468 000',
      [{ person: 'nguyen-van-an', role: 'dich' }],
      undefined,
      [468_000],
    ],
    [
      'a collector (suu-tam 30 %) earns 280 800 → 281 000',
      [{ person: 'nguyen-van-an', role: 'suu-tam' }],
      undefined,
      [281_000],
    ],
    [
      'an information supplier (not listed) earns 100 %: 936 000',
      [{ person: 'nguyen-van-an', role: 'cung-cap-tin' }],
      undefined,
      [936_000],
    ],
    [
      'an ethnic-language work (+30 %): 936 000 × 130 % = 1 216 800 → 1 217 000',
      [an],
      ['tieng-dan-toc'],
      [1_217_000],
    ],
    [
      'two bonuses add up (+40 %): 936 000 × 140 % = 1 310 400 → 1 310 000',
      [an],
      ['tieng-dan-toc', 'thieu-nhi'],
      [1_310_000],
    ],
    // 936 000 × 130 % × 50 % (share) × 50 % (dich) = 304 200 → 304 000; the author: 608 400 → 608 000
    [
      'a bonus and a role together',
      [
        { ...an, share: 50 },
        { person: 'le-van-binh', role: 'dich', share: 50 },
      ],
      ['tieng-dan-toc'],
      [608_000, 304_000],
    ],
  ] as const)('%s', (_, credits, bonuses, expected) => {
    const candidate = item('2025-08-10', 'bai-viet', 4, [...credits]);
    const items = [
      { ...candidate, royalty: { ...candidate.royalty!, ...(bonuses ? { bonuses: [...bonuses] } : {}) } },
    ];
    expect(grossOf('2025-08', { scheme: roles, items, ...noBoard })).toEqual(expected);
  });

  test('a bonus the scheme does not have is an error', () => {
    const candidate = item('2025-08-10', 'bai-viet', 4, [an]);
    expect(
      errors('2025-08', {
        items: [{ ...candidate, royalty: { ...candidate.royalty!, bonuses: ['tre-em'] } }],
      }),
    ).toEqual([
      'royalty.bonuses.0: Khoản cộng thêm "tre-em" không có trong quy định nhuận bút "phu-yen-28-2021".',
    ]);
  });
});

describe('7. the thù lao fund is checked against the nhuận bút fund', () => {
  const capped: RoyaltyScheme = {
    ...schemeWithBoardPay,
    remuneration: { capPercentOfRoyalties: 50, monthly: { 'truong-ban': 1 } },
  };
  test.each([
    // nhuận bút 234 000, thù lao 234 000 = 100 % > 50 %
    [
      'thù lao at 100 % of nhuận bút is a warning',
      [item('2025-08-10', 'tin', 1, [an])],
      [
        'Thù lao (234.000 đồng) vượt 50% tổng nhuận bút (234.000 đồng): bằng 100% (Nghị định 18/2014/NĐ-CP, Điều 8).',
      ],
    ],
    // nhuận bút 2 × 234 000 = 468 000, thù lao 234 000 = exactly 50 %
    [
      'thù lao at exactly 50 % is not',
      [item('2025-08-10', 'tin', 1, [an]), item('2025-08-11', 'tin', 1, [an])],
      [],
    ],
  ])('%s', (_, items, expected) => {
    expect(report('2025-08', { scheme: capped, items }).warnings).toEqual(expected);
  });
});

describe('8. no one approves their own work', () => {
  test('an approver credited on the item is an error', () => {
    const own = item('2025-08-10', 'tin', 1, [{ person: 'nguyen-van-hung', role: 'tac-gia' }]);
    expect(errors('2025-08', { items: [own] })).toEqual([
      'royalty.approvedBy: Người duyệt "nguyen-van-hung" cũng có tên trong "credits" của tin, bài này: không ai được tự duyệt tác phẩm của mình.',
    ]);
  });
});

describe('figures not yet checked against the gazette', () => {
  test('an unconfirmed base salary or tax rule that prices the list is a warning on it', () => {
    const list = report('2026-08', {
      ...noBoard,
      items: [item('2026-08-10', 'tin', 1, [an])],
      baseSalary: [
        { from: '2026-07-01', amount: 2_530_000, basis: 'Nghị định 161/2026/NĐ-CP', confirmed: false },
      ],
      tax: [
        {
          from: '2026-07-01',
          thresholdPerPayment: 5_000_000,
          ratePercent: 10,
          basis: 'Nghị định 253/2026/NĐ-CP',
          confirmed: false,
        },
      ],
    });
    expect(list.warnings).toEqual([
      'Mức lương cơ sở 2.530.000 đồng từ ngày 01/07/2026 (Nghị định 161/2026/NĐ-CP) chưa được đối chiếu với văn bản gốc.',
      'Quy định khấu trừ thuế TNCN từ ngày 01/07/2026 (Nghị định 253/2026/NĐ-CP) chưa được đối chiếu với văn bản gốc.',
    ]);
  });

  test('the net is in words too: 3 000 000 − 300 000 = 2 700 000', () => {
    const list = report('2026-06', {
      scheme: { ...scheme, unitValue: { fixed: 600_000 } },
      items: [item('2026-06-10', 'bai-viet', 5, [an])],
      ...noBoard,
    });
    expect(list.totals.netInWords).toBe('Hai triệu bảy trăm nghìn đồng');
  });
});
