/** Vietnamese labels of the codes that appear on payment lists. */
import type { BoardRole, CreditRole } from '../content/types.ts';

export const ROLE_LABELS: Record<CreditRole | BoardRole, string> = {
  'tac-gia': 'Tác giả',
  anh: 'Ảnh',
  dich: 'Dịch',
  'cung-cap-tin': 'Cung cấp tin',
  'suu-tam': 'Sưu tầm',
  'truong-ban': 'Trưởng ban',
  'pho-truong-ban': 'Phó trưởng ban',
  'thanh-vien': 'Thành viên',
  'thu-ky': 'Thư ký',
};

export const KIND_LABELS = { 'nhuan-but': 'Nhuận bút', 'thu-lao': 'Thù lao' } as const;

/** `2022-03-31` → `ngày 31 tháng 3 năm 2022`, as under a signed document. */
export function dayInWordsVi(day: string): string {
  const [year, month, date] = day.split('-');
  return `ngày ${date} tháng ${Number(month)} năm ${year}`;
}
