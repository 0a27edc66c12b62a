import { describe, expect, test } from 'vitest';
import type { Commune, Item, Section } from '../../../src/lib/content/types.ts';
import { completeness, maxScore } from '../../../src/lib/oversight/completeness.ts';
import { DECREES } from '../../../src/lib/oversight/decrees.ts';
import { requirementsInForce } from '../../../src/lib/oversight/requirements.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';

const NOW = new Date('2026-11-26T12:00:00+07:00');
const { requirements: IN_FORCE } = requirementsInForce('2026-11-26');

const item = (section: Section, day: string | undefined, draft = false): Item =>
  ({
    // The score reads no frontmatter field.
    commune: 'xa',
    section,
    path: `${section}/x`,
    file: `xa/${section}/x.md`,
    title: 'x',
    draft,
    credits: [],
    data: {} as Item['data'],
    ...(day ? { date: parseVnDate(day)! } : {}),
  }) as Item;

const commune = (items: Item[], board?: Commune['board']): Commune => ({
  slug: 'xa',
  site: {
    kind: 'xa',
    name: 'Xã Mẫu',
    agency: 'UBND xã Mẫu',
    parents: [],
    responsible: { name: 'A' },
    address: 'Thôn 1',
    phone: '0262',
    email: 'a@b.vn',
    infoContact: { name: 'B', phone: '0905' },
  },
  people: [],
  items,
  ...(board ? { board } : {}),
});

const ALL: Section[] = [
  'gioi-thieu',
  'tin-tuc',
  'lich-cong-tac',
  'van-ban',
  'thu-tuc',
  'cong-khai',
  'lay-y-kien',
];
const BOARD: Commune['board'] = {
  decision: { number: '10/QĐ-UBND', date: parseVnDate('2026-01-05')!, signer: 'A' },
  members: [
    { person: 'a', role: 'truong-ban' },
    { person: 'b', role: 'pho-truong-ban' },
    { person: 'c', role: 'thanh-vien' },
  ],
};

describe('completeness score', () => {
  test.each([
    ['NĐ 43/2011 (base 100, Luật TCTT Điều 19: 7 × 4)', '2022-08-14', 128],
    ['NĐ 42/2022 (the same)', '2026-06-30', 128],
    ['NĐ 224/2026 (adds Điều 9-10: 7 × 3)', '2026-07-01', 149],
  ])('under %s the requirements weigh %s… points', (_, day, total) => {
    expect(maxScore(requirementsInForce(day).requirements)).toBe(total);
  });

  test.each([
    ['2026-06-30', 'danh-gia-hai-long', false],
    ['2026-07-01', 'danh-gia-hai-long', true],
    ['2024-05-01', 'ngan-sach-dung-han', true],
    ['2024-05-01', 'di-tich-danh-thang', false],
    ['2026-06-30', 'ban-do-hanh-chinh', false],
    ['2026-07-01', 'ban-do-hanh-chinh', true],
  ])('on %s the rule %s is in force: %s (a 2024 report applies NĐ 42/2022)', (day, id, inForce) => {
    expect(requirementsInForce(day).requirements.some((r) => r.id === id)).toBe(inForce);
  });

  test.each(DECREES.map((d) => [d.name, d.until ?? d.from!]))(
    'under %s every requirement cites a legal basis',
    (_, day) => {
      for (const requirement of requirementsInForce(day).requirements)
        expect(requirement.basis, requirement.id).toMatch(/(Luật|Nghị định|Thông tư) /);
    },
  );

  test('every section, a full board, footer and focal person: the 100 base points of 149, score 67', () => {
    expect(
      completeness(
        commune(
          ALL.map((s) => item(s, '2026-11-01')),
          BOARD,
        ),
        NOW,
        IN_FORCE,
      ).score,
    ).toBe(67);
  });

  test('a commune that also publishes what Luật TCTT Điều 19 and NĐ 224/2026 Điều 9-10 ask scores 100', () => {
    const withData = (section: Section, data: Record<string, unknown>): Item =>
      ({ ...item(section, '2026-11-01'), data }) as Item;
    const items = [
      ...ALL.map((s) => item(s, '2026-11-01')),
      ...['ke-hoach-cong-tac', 'dau-tu-cong', 'danh-muc-thong-tin'].map((kind) =>
        withData('cong-khai', { kind, year: 2026 }),
      ),
      withData('cong-khai', { kind: 'du-toan', year: 2026 }),
      withData('cong-khai', { kind: 'thuc-hien', year: 2026, period: '9-thang' }),
      withData('cong-khai', { kind: 'quyet-toan', year: 2025 }),
      withData('van-ban', { type: 'nghi-quyet', issuer: 'HĐND xã Mẫu' }),
      ...[
        'yeu-cau-thong-tin',
        'tiep-cong-dan',
        'ban-do',
        'dieu-kien-tu-nhien',
        'lich-su',
        'di-tich-danh-thang',
        'lanh-dao',
        'cam-ket-chat-luong',
      ].map((kind) => withData('gioi-thieu', { kind })),
    ];
    const full = commune(items, BOARD);
    full.site.feedback = { email: 'a@b.vn' };
    const result = completeness(full, NOW, IN_FORCE);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([]);
    expect(result.score).toBe(100);
  });

  test('no board and no section: only the footer (10) and the focal person (10) count, 20 of 149 points', () => {
    const result = completeness(commune([]), NOW, IN_FORCE);
    expect(result.score).toBe(13);
    expect(result.checks.find((c) => c.id === 'ban-bien-tap-quyet-dinh')?.action).toBe(
      'Chưa có Quyết định kiện toàn Ban biên tập',
    );
  });

  test('a draft or an item dated after the clock does not make a section present', () => {
    const result = completeness(
      commune([item('lay-y-kien', '2026-11-01', true), item('lich-cong-tac', '2026-12-01')], BOARD),
      NOW,
      IN_FORCE,
    );
    expect(result.checks.filter((c) => !c.ok && c.group === 'section').map((c) => c.id)).toEqual(
      ALL.map((s) => `muc-${s}`),
    );
    expect(result.score).toBe(30); // 44 of 149 points
  });

  test('the budget rule names each disclosure that is due and missing, with its deadline', () => {
    const check = completeness(commune([]), NOW, IN_FORCE).checks.find((c) => c.id === 'ngan-sach-dung-han');
    expect(check?.action).toBe(
      'Chưa công khai ngân sách: dự toán năm 2026 (hạn 30/01/2026); thực hiện quý 3/2026 (hạn 15/10/2026); quyết toán năm 2025 (hạn 30/07/2026)',
    );
  });

  test('a board of two says how many members it has', () => {
    const small = { ...BOARD!, members: BOARD!.members.slice(0, 2) };
    const check = completeness(commune([], small), NOW, IN_FORCE).checks.find(
      (c) => c.id === 'ban-bien-tap-thanh-vien',
    );
    expect(check).toMatchObject({ ok: false, action: 'Ban biên tập mới có 2 thành viên, cần ít nhất 3' });
  });

  test.each([
    [
      'a head who left before the report day',
      { 0: { until: '2026-10-31' } },
      'ban-bien-tap-truong-ban',
      false,
    ],
    [
      'a head who leaves after the report day',
      { 0: { until: '2026-12-31' } },
      'ban-bien-tap-truong-ban',
      true,
    ],
    ['a member who left: two serve', { 2: { until: '2026-06-30' } }, 'ban-bien-tap-thanh-vien', false],
    [
      'a member who takes office later: two serve',
      { 2: { from: '2027-01-01' } },
      'ban-bien-tap-thanh-vien',
      false,
    ],
  ] as const)('the board counts who serves on the report day: %s', (_, dates, id, ok) => {
    const dated = {
      ...BOARD!,
      members: BOARD!.members.map((member, i) => ({ ...member, ...(dates as Record<number, object>)[i] })),
    };
    expect(completeness(commune([], dated), NOW, IN_FORCE).checks.find((c) => c.id === id)?.ok).toBe(ok);
  });

  test('a focal person without phone or email is not enough', () => {
    const c = commune([]);
    c.site.infoContact = { name: 'B' };
    expect(completeness(c, NOW, IN_FORCE).checks.find((k) => k.id === 'dau-moi')?.ok).toBe(false);
  });
});
