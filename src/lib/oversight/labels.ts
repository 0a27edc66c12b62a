/** Vietnamese words of the district report that more than one writer uses. */
import { formatDay } from '../format-date.ts';
import type { RequirementGroup } from './requirements.ts';
import type { CommuneRoyalties } from './royalties.ts';

export const GROUP_LABELS: Record<RequirementGroup, string> = {
  section: 'Chuyên mục bắt buộc',
  board: 'Ban biên tập',
  footer: 'Chân trang',
  contact: 'Liên hệ',
  disclosure: 'Công khai (Luật Tiếp cận thông tin)',
  introduction: 'Giới thiệu (NĐ 224/2026)',
};

export const TITLE = 'Báo cáo theo dõi trang thông tin điện tử các xã';

/** `2026-W48` → `tuần 48/2026`. */
export const weekVi = (key: string): string => `tuần ${Number(key.slice(6))}/${key.slice(0, 4)}`;

/** "26/11/2026 (3 ngày trước)". */
export const dayWithAge = (day: string | undefined, days: number | undefined): string =>
  day === undefined ? 'Chưa có' : `${formatDay(day)} (${days === 0 ? 'hôm nay' : `${days} ngày trước`})`;

export const ROYALTY_STATUS: Record<CommuneRoyalties['status'], string> = {
  ok: 'Đã tính',
  'no-scheme': 'Chưa chọn quy định nhuận bút',
  invalid: 'Dữ liệu nhuận bút có lỗi',
};

/** `2026-Q3` → `Quý III/2026`; a month or a year as written. */
export function periodShort(label: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return `Quý ${['I', 'II', 'III', 'IV'][Number(quarter[2]) - 1]}/${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  return month ? `Tháng ${month[2]}/${month[1]}` : `Năm ${label}`;
}

/** The file of a commune's page in the report, relative to index.html (urls.ts' communeHref is a site address). */
export const communePageFile = (slug: string): string => `xa/${slug}.html`;
