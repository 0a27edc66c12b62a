import { expect, test } from 'vitest';
import { validateRoyalties } from '../../../src/lib/royalty/validate.ts';
import { input, item, schemeWithBoardPay } from './build-input.ts';

const an = { person: 'nguyen-van-an', role: 'tac-gia' } as const;
const good = () => item('2022-01-10', 'tin', 1, [an]);
const where = (problems: ReturnType<typeof validateRoyalties>) =>
  problems.map((p) => `${p.severity} ${p.file} ${p.field ?? ''}`.trim());

test('a valid period has no problem', () => {
  expect(validateRoyalties(input('2022-01', { scheme: schemeWithBoardPay, items: [good()] }))).toEqual([]);
});

test.each([
  [
    'a genre not in the scheme',
    item('2022-01-10', 'phong-su', 1, [an]),
    'royalty.genre',
    'Thể loại "phong-su" không có trong quy định nhuận bút "phu-yen-28-2021".',
  ],
  [
    'a coefficient above its range',
    item('2022-01-10', 'tin', 2.5, [an]),
    'royalty.coefficient',
    'Hệ số 2.5 nằm ngoài khung của thể loại "Tin" (từ 0.5 đến 2).',
  ],
  [
    'a coefficient below its range',
    item('2022-01-10', 'tin', 0.4, [an]),
    'royalty.coefficient',
    'Hệ số 0.4 nằm ngoài khung của thể loại "Tin" (từ 0.5 đến 2).',
  ],
  [
    'shares that add up to 90',
    item('2022-01-10', 'tin', 1, [
      { ...an, share: 60 },
      { person: 'le-van-binh', role: 'anh', share: 30 },
    ]),
    'credits',
    'Tổng tỷ lệ "share" là 90, phải bằng 100.',
  ],
  [
    'some shares missing',
    item('2022-01-10', 'tin', 1, [
      { ...an, share: 100 },
      { person: 'le-van-binh', role: 'anh' },
    ]),
    'credits.1.share',
    'Có người ghi "share", có người không: khi đã ghi tỷ lệ thì mọi người đều phải ghi.',
  ],
  [
    'an approver who is a plain member',
    {
      ...item('2022-01-10', 'tin', 1, [{ person: 'le-van-binh', role: 'tac-gia' }]),
      royalty: { genre: 'tin', coefficient: 1, approvedBy: 'nguyen-van-an' },
    },
    'royalty.approvedBy',
    'Người duyệt "nguyen-van-an" không phải Trưởng ban hoặc Phó trưởng ban của Ban biên tập tại ngày 10/01/2022 (Quyết định 45/QĐ-UBND).',
  ],
  [
    'no credit at all',
    item('2022-01-10', 'tin', 1, []),
    'credits',
    'Tin/bài có nhuận bút nhưng không có ai trong "credits".',
  ],
])('%s is an error on its field', (_title, bad, field, message) => {
  const problems = validateRoyalties(input('2022-01', { items: [bad] }));
  expect(problems).toEqual([
    expect.objectContaining({ file: bad.file, field, message, severity: 'error', fix: expect.any(String) }),
  ]);
});

test('shares 33.3 + 33.3 + 33.4 add up to exactly 100 (decimals, not floats)', () => {
  const credits = [
    { ...an, share: 33.3 },
    { person: 'le-van-binh', role: 'anh', share: 33.3 },
    { person: 'ksor-h-mai', role: 'anh', share: 33.4 },
  ] as const;
  expect(
    validateRoyalties(input('2022-01', { items: [item('2022-01-10', 'tin', 1, [...credits])] })),
  ).toEqual([]);
});

test('every error of every item is reported at once', () => {
  const items = [
    item('2022-01-10', 'phong-su', 1, [{ ...an, share: 50 }]),
    item('2022-01-11', 'tin', 9, [an]),
  ];
  expect(where(validateRoyalties(input('2022-01', { items })))).toEqual([
    `error ${items[0]!.file} royalty.genre`,
    `error ${items[0]!.file} credits`,
    `error ${items[1]!.file} royalty.coefficient`,
  ]);
});

test.each([
  [
    'no base salary in force on the day',
    { baseSalary: [{ from: '2023-07-01', amount: 1_800_000, basis: 'NĐ 24/2023' }] },
    'error _shared/base-salary.yaml',
  ],
  ['no tax rule in force on the payment day', { tax: [] }, 'error _shared/tax.yaml'],
  [
    'an item before the scheme takes effect (a warning, as version 1 accepted it)',
    { items: [item('2021-08-01', 'tin', 1, [an])], period: input('2021-08').period },
    'warning ea-trol/tin-tuc/2021',
  ],
])('%s', (_title, overrides, expected) => {
  const problems = where(validateRoyalties(input('2022-01', { items: [good()], ...overrides })));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain(expected);
});
