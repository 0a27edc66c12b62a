/**
 * Named example data for the royalty tests: the contract's Phú Yên example scheme, the base
 * salary timeline and an Ea Trol board, as plain objects. Each test overrides what it checks.
 */
import type { BaseSalaryEntry, Credit, EditorialBoard, Item, Person, RoyaltyScheme, TaxRule } from '../../../src/lib/content/types.ts';
import type { DatedItem, RoyaltyInput } from '../../../src/lib/royalty/input.ts';
import { parsePeriod } from '../../../src/lib/royalty/period.ts';

export const baseSalary: BaseSalaryEntry[] = [
  { from: '2019-07-01', amount: 1_490_000, basis: 'Nghị định 38/2019/NĐ-CP' },
  { from: '2023-07-01', amount: 1_800_000, basis: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2024-07-01', amount: 2_340_000, basis: 'Nghị định 73/2024/NĐ-CP' },
];

export const tax: TaxRule[] = [
  { from: '2013-10-01', thresholdPerPayment: 2_000_000, ratePercent: 10, basis: 'Thông tư 111/2013/TT-BTC, Điều 25' },
];

export const scheme: RoyaltyScheme = {
  id: 'phu-yen-28-2021',
  title: 'Quy định mức chi trả chế độ nhuận bút, thù lao đối với trang thông tin điện tử',
  basis: 'Quyết định 28/2021/QĐ-UBND ngày 14/8/2021 của UBND tỉnh Phú Yên',
  effectiveFrom: '2021-08-24',
  unitValue: { percentOfBaseSalary: 10 },
  salaryOn: 'publication',
  onDutyPercent: 50,
  rounding: 1000,
  genres: [
    { key: 'tin', label: 'Tin', min: 0.5, max: 2 },
    { key: 'tin-kem-anh', label: 'Tin kèm ảnh', min: 1, max: 2.5 },
    { key: 'bai-viet', label: 'Bài viết, phản ánh', min: 2, max: 5 },
    { key: 'anh', label: 'Ảnh', min: 0.5, max: 1 },
  ],
};

export const schemeWithBoardPay: RoyaltyScheme = {
  ...scheme,
  remuneration: { monthly: { 'truong-ban': 1, 'pho-truong-ban': 0.8, 'thanh-vien': 0.5, 'thu-ky': 0.5 } },
};

export const people: Person[] = [
  { id: 'nguyen-van-an', name: 'Nguyễn Văn An', staff: false },
  { id: 'le-van-binh', name: 'Lê Văn Bình', staff: false },
  { id: 'nguyen-van-hung', name: 'Nguyễn Văn Hùng', staff: false },
  { id: 'tran-thi-lan', name: 'Trần Thị Lan', staff: true },
  { id: 'ksor-h-mai', name: 'Ksor H\'Mai', staff: true },
];

export const board: EditorialBoard = {
  decision: { number: '45/QĐ-UBND', date: { instant: new Date('2021-06-09T17:00:00Z'), day: '2021-06-10' }, signer: 'Nguyễn Văn Hùng' },
  members: [{ person: 'nguyen-van-hung', role: 'truong-ban' }],
};

let counter = 0;

/** A published news item with a royalty, dated `day` (00:00 Vietnam time). */
export function item(
  day: string,
  genre: string,
  coefficient: number,
  credits: Credit[],
  overrides: Partial<DatedItem> = {},
): DatedItem {
  counter += 1;
  const path = `tin-tuc/${day.slice(0, 4)}/tin-${counter}`;
  return {
    commune: 'ea-trol',
    section: 'tin-tuc',
    path,
    file: `ea-trol/${path}.md`,
    title: `Tin số ${counter}`,
    date: { instant: new Date(`${day}T00:00:00+07:00`), day },
    draft: false,
    credits,
    royalty: { genre, coefficient, approvedBy: 'nguyen-van-hung' },
    // The royalty engine reads no section field.
    data: {} as Item<'tin-tuc'>['data'],
    ...overrides,
  } as DatedItem;
}

export function input(period: string, overrides: Partial<RoyaltyInput> = {}): RoyaltyInput {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`bad period ${period}`);
  return {
    commune: 'ea-trol',
    period: parsed,
    schemeId: 'phu-yen-28-2021',
    scheme,
    items: [],
    people,
    board,
    baseSalary,
    tax,
    ...overrides,
  };
}
