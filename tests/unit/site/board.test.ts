import { describe, expect, test } from 'vitest';
import { boardDecision, boardMembers, boardRows, leadersOf } from '../../../src/lib/site/board.ts';
import type { BoardMember, Commune } from '../../../src/lib/content/types.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';
import { commune, item, news } from './fixtures.ts';

/** The build's clock in these tests: 26/11/2026, noon in Vietnam. */
const NOW = new Date('2026-11-26T12:00:00+07:00');

describe('boardRows', () => {
  test('lists the head, deputies, members, then the secretary, with names and positions from people.yaml', () => {
    expect(boardRows(commune([]), NOW)).toEqual([
      {
        role: 'truong-ban',
        roleLabel: 'Trưởng ban',
        name: 'Nguyễn Văn Hùng',
        title: 'Chủ tịch UBND xã',
        duty: 'Phụ trách chung',
      },
      {
        role: 'pho-truong-ban',
        roleLabel: 'Phó trưởng ban',
        name: 'Trần Thị Lan',
        title: 'Công chức Văn phòng - Thống kê',
      },
      { role: 'thanh-vien', roleLabel: 'Thành viên', name: 'Nguyễn Văn An', duty: 'Viết tin' },
      { role: 'thu-ky', roleLabel: 'Thư ký', name: 'Lê Văn Bình' },
    ]);
  });

  test('a member with published work links to their author page; the others do not', () => {
    const rows = boardRows(commune([news('2026/a', '2026-01-02')]), NOW);
    expect(rows.map((row) => [row.name, row.href])).toEqual([
      ['Nguyễn Văn Hùng', undefined],
      ['Trần Thị Lan', undefined],
      ['Nguyễn Văn An', '/xa-mau/tac-gia/nguyen-van-an/'],
      ['Lê Văn Bình', undefined],
    ]);
  });

  test('a commune without a board has no rows', () => {
    const { board: _, ...rest } = commune([]);
    expect(boardRows({ ...rest }, NOW)).toEqual([]);
  });
});

/** The sample board of fixtures.ts with its members' own dates changed. */
function withDates(dates: Record<string, Pick<BoardMember, 'from' | 'until'>>, boardUntil?: string): Commune {
  const base = commune([]);
  const board = base.board!;
  return {
    ...base,
    board: {
      ...board,
      ...(boardUntil ? { until: boardUntil } : {}),
      members: board.members.map((member) => ({ ...member, ...dates[member.person] })),
    },
  };
}

describe('boardMembers: who is on the board on the build day (26/11/2026)', () => {
  const names = (rows: { name: string; from?: string; until?: string }[]) =>
    rows.map((row) => [row.name, row.from ?? row.until ?? '']);

  test.each([
    [
      'every member without dates is current',
      {},
      undefined,
      [
        ['Nguyễn Văn Hùng', ''],
        ['Trần Thị Lan', ''],
        ['Nguyễn Văn An', ''],
        ['Lê Văn Bình', ''],
      ],
      [],
    ],
    [
      'a member whose until has passed is listed apart, with that day',
      { 'nguyen-van-an': { until: '2026-03-31' } },
      undefined,
      [
        ['Nguyễn Văn Hùng', ''],
        ['Trần Thị Lan', ''],
        ['Lê Văn Bình', ''],
      ],
      [['Nguyễn Văn An', '2026-03-31']],
    ],
    [
      'a member whose until is the build day still serves that day',
      { 'nguyen-van-an': { until: '2026-11-26' } },
      undefined,
      [
        ['Nguyễn Văn Hùng', ''],
        ['Trần Thị Lan', ''],
        ['Nguyễn Văn An', ''],
        ['Lê Văn Bình', ''],
      ],
      [],
    ],
    [
      'a head replaced mid-term: the new head is current, the old one former',
      {
        'nguyen-van-hung': { until: '2026-06-30' },
        'tran-thi-lan': { from: '2026-07-01' },
      },
      undefined,
      [
        ['Trần Thị Lan', ''],
        ['Nguyễn Văn An', ''],
        ['Lê Văn Bình', ''],
      ],
      [['Nguyễn Văn Hùng', '2026-06-30']],
    ],
    [
      'former members, the latest to leave first',
      {
        'nguyen-van-an': { until: '2026-03-31' },
        'le-van-binh': { until: '2026-09-30' },
      },
      undefined,
      [
        ['Nguyễn Văn Hùng', ''],
        ['Trần Thị Lan', ''],
      ],
      [
        ['Lê Văn Bình', '2026-09-30'],
        ['Nguyễn Văn An', '2026-03-31'],
      ],
    ],
    [
      'a member who takes office later is listed with their first day',
      { 'le-van-binh': { from: '2027-01-01' } },
      undefined,
      [
        ['Nguyễn Văn Hùng', ''],
        ['Trần Thị Lan', ''],
        ['Nguyễn Văn An', ''],
        ['Lê Văn Bình', '2027-01-01'],
      ],
      [],
    ],
    [
      'an ended board (a merged commune) is shown as on its last day',
      { 'nguyen-van-an': { until: '2025-03-31' } },
      '2025-06-30',
      [
        ['Nguyễn Văn Hùng', ''],
        ['Trần Thị Lan', ''],
        ['Lê Văn Bình', ''],
      ],
      [['Nguyễn Văn An', '2025-03-31']],
    ],
  ] as const)('%s', (_, dates, boardUntil, current, former) => {
    const members = boardMembers(withDates(dates, boardUntil), NOW);
    expect(names(members.current)).toEqual(current);
    expect(names(members.former)).toEqual(former);
  });
});

describe('leadersOf', () => {
  test('a deputy who has left the board is no longer a leader on the home page', () => {
    expect(leadersOf(withDates({ 'tran-thi-lan': { until: '2026-10-31' } }), NOW)).toEqual([
      { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND xã' },
    ]);
  });

  test('the person responsible first, then the board head and deputies who are someone else', () => {
    expect(leadersOf(commune([]), NOW)).toEqual([
      { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND xã' },
      { name: 'Trần Thị Lan', title: 'Công chức Văn phòng - Thống kê' },
    ]);
  });
});

describe('boardDecision', () => {
  const decision = (number: string, issued: string) =>
    item('van-ban', `${issued.slice(0, 4)}/qd`, '2026-02-10', { number, issued: parseVnDate(issued)! });

  test.each([
    ['the same number and day', '45/QĐ-UBND', '2021-06-10', '/xa-mau/van-ban/2021/qd/'],
    ['the same number in another year (numbers restart each year)', '45/QĐ-UBND', '2026-02-10', undefined],
    ['another number on the same day', '46/QĐ-UBND', '2021-06-10', undefined],
  ])('links to the register entry with %s: %s', (_, number, issued, href) => {
    expect(boardDecision(commune([decision(number, issued)]))?.href).toBe(href);
  });
});
