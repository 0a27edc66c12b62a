import { describe, expect, test } from 'vitest';
import { authorsOf, creditLines, personById } from '../../../src/lib/site/credits.ts';
import { commune, news } from './fixtures.ts';

describe('creditLines', () => {
  const item = news(
    '2026/hoi-nghi',
    '2026-01-18',
    {},
    {
      credits: [
        { person: 'nguyen-van-an', role: 'tac-gia', share: 70 },
        { person: 'le-van-binh', role: 'anh', share: 30 },
      ],
    },
  );

  test('each credit has its role label, the pen name when there is one, and the author page', () => {
    expect(creditLines(commune([item]), item)).toEqual([
      {
        person: 'nguyen-van-an',
        role: 'tac-gia',
        roleLabel: 'Tác giả',
        name: 'Văn An',
        href: '/xa-mau/tac-gia/nguyen-van-an/',
      },
      {
        person: 'le-van-binh',
        role: 'anh',
        roleLabel: 'Ảnh',
        name: 'Lê Văn Bình',
        href: '/xa-mau/tac-gia/le-van-binh/',
      },
    ]);
  });

  test.each([
    ['dich', 'Dịch'],
    ['cung-cap-tin', 'Cung cấp tin'],
    ['suu-tam', 'Sưu tầm'],
  ] as const)('role %s reads "%s"', (role, label) => {
    const other = news('2026/x', '2026-01-18', {}, { credits: [{ person: 'le-van-binh', role }] });
    expect(creditLines(commune([other]), other)[0]!.roleLabel).toBe(label);
  });

  test('an unknown person is an error, not a silent gap in the byline', () => {
    expect(() => personById(commune([]), 'khong-co')).toThrow('khong-co');
  });
});

describe('authorsOf', () => {
  const items = [
    news(
      '2026/b',
      '2026-02-01',
      {},
      {
        credits: [
          { person: 'le-van-binh', role: 'tac-gia' },
          { person: 'dinh-thi-em', role: 'anh' },
          { person: 'duong-van-ba', role: 'suu-tam' },
        ],
      },
    ),
    news(
      '2026/a',
      '2026-01-01',
      {},
      {
        credits: [
          { person: 'le-van-binh', role: 'tac-gia' },
          { person: 'le-van-binh', role: 'anh' },
        ],
      },
    ),
  ];

  test('lists only credited people, in Vietnamese alphabetical order (Đ is a letter after D)', () => {
    expect(authorsOf(commune(items)).map((a) => a.person.id)).toEqual([
      'duong-van-ba',
      'dinh-thi-em',
      'le-van-binh',
    ]);
  });

  test("lists each person's items newest first with every role they had on it", () => {
    const binh = authorsOf(commune(items)).find((a) => a.person.id === 'le-van-binh')!;
    expect(binh.works.map((w) => [w.item.path, w.roles])).toEqual([
      ['tin-tuc/2026/b', ['Tác giả']],
      ['tin-tuc/2026/a', ['Tác giả', 'Ảnh']],
    ]);
  });
});
