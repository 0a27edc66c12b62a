import { describe, expect, test } from 'vitest';
import { boardDecision, boardRows, leadersOf } from '../../../src/lib/site/board.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';
import { commune, item, news } from './fixtures.ts';

describe('boardRows', () => {
  test('lists the head, deputies, members, then the secretary, with names and positions from people.yaml', () => {
    expect(boardRows(commune([]))).toEqual([
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
    const rows = boardRows(commune([news('2026/a', '2026-01-02')]));
    expect(rows.map((row) => [row.name, row.href])).toEqual([
      ['Nguyễn Văn Hùng', undefined],
      ['Trần Thị Lan', undefined],
      ['Nguyễn Văn An', '/xa-mau/tac-gia/nguyen-van-an/'],
      ['Lê Văn Bình', undefined],
    ]);
  });

  test('a commune without a board has no rows', () => {
    const { board: _, ...rest } = commune([]);
    expect(boardRows({ ...rest })).toEqual([]);
  });
});

describe('leadersOf', () => {
  test('the person responsible first, then the board head and deputies who are someone else', () => {
    expect(leadersOf(commune([]))).toEqual([
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
