/**
 * The version 2 keys of the content contract: read as written, every mistake named.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", "New optional keys"
 */
import { describe, expect, test } from 'vitest';
import { editorialBoardSchema } from '../../../src/lib/schemas/editorial-board.ts';
import { royaltySchemeSchema } from '../../../src/lib/schemas/royalty-scheme.ts';
import { siteSchema } from '../../../src/lib/schemas/site.ts';
import { baseSalarySchema } from '../../../src/lib/schemas/base-salary.ts';
import { taxSchema } from '../../../src/lib/schemas/tax.ts';
import { royaltySchema } from '../../../src/lib/schemas/credits.ts';

const site = {
  name: 'Xã Ea Trol',
  agency: 'UBND xã Ea Trol',
  responsible: { name: 'A' },
  address: 'x',
  phone: '1',
  email: 'a@b.vn',
  infoContact: { name: 'B' },
};
const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('site.yaml royaltyScheme', () => {
  test.each([
    [
      'a single id (version 1) reads as a list without from',
      'phu-yen-28-2021',
      [{ scheme: 'phu-yen-28-2021' }],
    ],
    [
      'a list oldest first',
      [
        { scheme: 'phu-yen-28-2021', from: '2021-08-24' },
        { scheme: 'dak-lak-2025', from: new Date('2025-07-01T00:00:00Z') },
      ],
      [
        { scheme: 'phu-yen-28-2021', from: '2021-08-24' },
        { scheme: 'dak-lak-2025', from: '2025-07-01' },
      ],
    ],
  ])('%s', (_, royaltyScheme, expected) => {
    expect(siteSchema.parse({ ...site, royaltyScheme }).royaltyScheme).toEqual(expected);
  });

  test.each([
    [
      'a list out of order',
      [
        { scheme: 'b', from: '2025-07-01' },
        { scheme: 'a', from: '2021-08-24' },
      ],
      'royaltyScheme.1.from: Các quy định ghi theo thứ tự thời gian',
    ],
    ['a list entry without from', [{ scheme: 'a' }], 'royaltyScheme: royaltyScheme là một mã quy định'],
  ])('refuses %s', (_, royaltyScheme, message) => {
    expect(messages(siteSchema.safeParse({ ...site, royaltyScheme })).join('\n')).toContain(message);
  });
});

const decision = (number: string, date: string) => ({ number, date, signer: 'Y Blốc Niê' });

describe('editorial-board.yaml terms in office', () => {
  test('reads effective, member from/until and earlier boards', () => {
    const board = editorialBoardSchema.parse({
      decision: decision('15/QĐ-UBND', '2025-07-05'),
      effective: '2025-07-05',
      members: [
        { person: 'y-bloc-nie', role: 'truong-ban' },
        { person: 'h-mai-mlo', role: 'thu-ky', from: '2025-09-01' },
      ],
      earlier: [
        {
          decision: decision('30/QĐ-UBND', '2023-01-10'),
          until: '2025-06-30',
          members: [{ person: 'ksor-y-phun', role: 'truong-ban' }],
        },
      ],
    });
    expect([board.effective, board.members[1]?.from, board.earlier?.[0]?.until]).toEqual([
      '2025-07-05',
      '2025-09-01',
      '2025-06-30',
    ]);
  });

  test.each([
    [
      'an earlier board without until',
      {
        earlier: [
          { decision: decision('30/QĐ-UBND', '2023-01-10'), members: [{ person: 'a', role: 'truong-ban' }] },
        ],
      },
      'earlier.0.until',
    ],
    [
      'an earlier board that ends after the next begins',
      {
        earlier: [
          {
            decision: decision('30/QĐ-UBND', '2023-01-10'),
            until: '2025-07-05',
            members: [{ person: 'a', role: 'truong-ban' }],
          },
        ],
      },
      'earlier.0.until: Ban biên tập theo quyết định 30/QĐ-UBND phải kết thúc trước ngày 2025-07-05',
    ],
    [
      'a member who starts before the board',
      { members: [{ person: 'a', role: 'truong-ban', from: '2025-01-01' }] },
      'members.0.from: Thành viên bắt đầu ngày 2025-01-01',
    ],
    [
      'a member whose until is before from',
      { members: [{ person: 'a', role: 'truong-ban', from: '2025-09-01', until: '2025-08-01' }] },
      'members.0.until: Ngày "until" (2025-08-01) trước ngày "from" (2025-09-01).',
    ],
  ])('refuses %s', (_, overrides, message) => {
    const result = editorialBoardSchema.safeParse({
      decision: decision('15/QĐ-UBND', '2025-07-05'),
      members: [{ person: 'a', role: 'truong-ban' }],
      ...overrides,
    });
    expect(messages(result).join('\n')).toContain(message);
  });
});

const scheme = {
  title: 'Quy định',
  basis: 'Quyết định 1',
  effectiveFrom: '2025-07-01',
  unitValue: { percentOfBaseSalary: 10 },
  salaryOn: 'publication',
  onDutyPercent: 50,
  rounding: 1000,
  genres: [{ key: 'tin', label: 'Tin', min: 0.5, max: 2 }],
};

describe('royalty scheme: rolePercent, bonuses, capPercentOfRoyalties', () => {
  test('reads them', () => {
    const parsed = royaltySchemeSchema.parse({
      ...scheme,
      rolePercent: { dich: 50, 'suu-tam': 30 },
      bonuses: [{ key: 'tieng-dan-toc', label: 'Tiếng dân tộc', percent: 30 }],
      remuneration: { capPercentOfRoyalties: 50, monthly: { 'truong-ban': 1 } },
    });
    expect([
      parsed.rolePercent,
      parsed.bonuses?.[0]?.percent,
      parsed.remuneration?.capPercentOfRoyalties,
    ]).toEqual([{ dich: 50, 'suu-tam': 30 }, 30, 50]);
  });

  test.each([
    ['an unknown role', { rolePercent: { 'bien-tap': 50 } }, 'Vai trò không có trong credits: bien-tap'],
    [
      'a role percent over 100',
      { rolePercent: { dich: 150 } },
      'rolePercent.dich: Phần trăm không được vượt quá 100.',
    ],
    [
      'a bonus declared twice',
      {
        bonuses: [
          { key: 'a', label: 'A', percent: 10 },
          { key: 'a', label: 'B', percent: 20 },
        ],
      },
      'bonuses.1.key: Khoản cộng thêm "a" bị khai báo hai lần.',
    ],
  ])('refuses %s', (_, overrides, message) => {
    expect(messages(royaltySchemeSchema.safeParse({ ...scheme, ...overrides })).join('\n')).toContain(
      message,
    );
  });
});

test('an item opts into bonuses by key', () => {
  expect(
    royaltySchema.parse({
      genre: 'bai-viet',
      coefficient: 3,
      bonuses: ['tieng-dan-toc'],
      approvedBy: 'y-bloc-nie',
    }).bonuses,
  ).toEqual(['tieng-dan-toc']);
});

test.each([
  [
    'base-salary.yaml',
    baseSalarySchema,
    [{ from: '2026-07-01', amount: 2_530_000, basis: 'NĐ 161/2026', confirmed: false }],
  ],
  [
    'tax.yaml',
    taxSchema,
    [
      {
        from: '2026-07-01',
        thresholdPerPayment: 5_000_000,
        ratePercent: 10,
        basis: 'NĐ 253/2026',
        confirmed: false,
      },
    ],
  ],
])('%s keeps confirmed: false', (_, schema, entries) => {
  expect((schema.parse(entries) as { confirmed?: boolean }[])[0]?.confirmed).toBe(false);
});
