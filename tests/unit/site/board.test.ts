import { describe, expect, test } from 'vitest';
import { boardRows, leadersOf } from '../../../src/lib/site/board.ts';
import { commune } from './fixtures.ts';

describe('boardRows', () => {
  test('lists the head, deputies, members, then the secretary, with names and positions from people.yaml', () => {
    expect(boardRows(commune([]))).toEqual([
      { role: 'truong-ban', roleLabel: 'Trưởng ban', name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND xã', duty: 'Phụ trách chung' },
      { role: 'pho-truong-ban', roleLabel: 'Phó trưởng ban', name: 'Trần Thị Lan', title: 'Công chức Văn phòng - Thống kê' },
      { role: 'thanh-vien', roleLabel: 'Thành viên', name: 'Nguyễn Văn An', duty: 'Viết tin' },
      { role: 'thu-ky', roleLabel: 'Thư ký', name: 'Lê Văn Bình' },
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
