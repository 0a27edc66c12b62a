/**
 * Named example data for the royalty tests: the contract's Phú Yên example scheme, the base
 * salary timeline and an Ea Trol board, as plain objects. Each test overrides what it checks.
 */
import type {
  BaseSalaryEntry,
  Credit,
  EditorialBoard,
  Item,
  Person,
  RoyaltyScheme,
  TaxRule,
} from '../../../src/lib/content/types.ts';
import type { DatedItem, RoyaltyInput } from '../../../src/lib/royalty/input.ts';
import { parsePeriod } from '../../../src/lib/royalty/period.ts';

export const baseSalary: BaseSalaryEntry[] = [
  { from: '2019-07-01', amount: 1_490_000, basis: 'Nghị định 38/2019/NĐ-CP' },
  { from: '2023-07-01', amount: 1_800_000, basis: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2024-07-01', amount: 2_340_000, basis: 'Nghị định 73/2024/NĐ-CP' },
  { from: '2026-07-01', amount: 2_530_000, basis: 'Nghị định 161/2026/NĐ-CP, Điều 3' },
];

export const tax: TaxRule[] = [
  {
    from: '2013-10-01',
    thresholdPerPayment: 2_000_000,
    ratePercent: 10,
    basis: 'Thông tư 111/2013/TT-BTC, Điều 25',
  },
  {
    from: '2026-07-01',
    thresholdPerPayment: 5_000_000,
    ratePercent: 10,
    basis: 'Nghị định 253/2026/NĐ-CP, Điều 50 khoản 2',
  },
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
  { id: 'ksor-h-mai', name: "Ksor H'Mai", staff: true },
];

export const board: EditorialBoard = {
  decision: {
    number: '45/QĐ-UBND',
    date: { instant: new Date('2021-06-09T17:00:00Z'), day: '2021-06-10' },
    signer: 'Nguyễn Văn Hùng',
  },
  members: [{ person: 'nguyen-van-hung', role: 'truong-ban' }],
};

let counter = 0;

/** A published news item with a royalty, dated `day` (00:00 Vietnam time). */
export function item(
  day: string,
  genre: string,
  coefficient: number,
  credits: Credit[],
  overrides: Partial<Omit<DatedItem, 'section' | 'data'>> & { data?: Partial<Item<'tin-tuc'>['data']> } = {},
): DatedItem {
  counter += 1;
  const { data = {}, ...rest } = overrides;
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
    // The royalty engine reads no section field but the category (the yearly summary).
    data: data as Item<'tin-tuc'>['data'],
    ...rest,
  } as DatedItem;
}

/** Test overrides: `scheme` stands for a commune with that one scheme for its whole life (version 1). */
export type InputOverrides = Partial<RoyaltyInput> & { scheme?: RoyaltyScheme };

/**
 * The input for a period whose payment day is its last day, on a clock long after it (a closed
 * period), with the one example scheme.
 */
export function input(period: string, overrides: InputOverrides = {}): RoyaltyInput {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`bad period ${period}`);
  const { scheme: only = scheme, ...rest } = overrides;
  return {
    commune: 'ea-trol',
    period: parsed,
    today: '2030-01-01',
    paidOn: parsed.to,
    schemeRefs: [{ scheme: only.id }],
    schemes: new Map([[only.id, only]]),
    items: [],
    people,
    board,
    baseSalary,
    tax,
    ...rest,
  };
}
