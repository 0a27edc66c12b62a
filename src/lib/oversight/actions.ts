/**
 * The concrete things the oversight body asks a commune to do, in the order they matter: what is
 * missing, then what is out of date, then what blocks paying royalties.
 */
import { formatDay } from '../format-date.ts';
import { weekVi } from './labels.ts';
import type { Completeness } from './completeness.ts';
import { PUBLISH_WITHIN_WORKING_DAYS, type Currency } from './currency.ts';
import type { RequirementGroup } from './requirements.ts';
import type { CommuneRoyalties } from './royalties.ts';

/** The board first: strengthening it is what the district asked for in 2022 (Công văn 79/UBND, point 2). */
const GROUP_ORDER: readonly RequirementGroup[] = [
  'board',
  'section',
  'contact',
  'disclosure',
  'introduction',
  'footer',
];

/** A site with nothing new for this many days is flagged (the district's own threshold). */
export const STALE_AFTER_DAYS = 30;

export interface ActionInput {
  completeness: Completeness;
  currency: Currency;
  royalties: CommuneRoyalties;
  /** Content errors `npm run check` reports for the commune. */
  contentErrors: number;
}

export function actions({ completeness, currency, royalties, contentErrors }: ActionInput): string[] {
  const list: string[] = [];
  if (contentErrors > 0)
    list.push(`Sửa ${contentErrors} lỗi nội dung của trang (công cụ kiểm tra nội dung chỉ rõ từng lỗi)`);
  for (const group of GROUP_ORDER) {
    for (const check of completeness.checks)
      if (check.group === group && !check.ok && check.action) list.push(check.action);
  }
  const { daysSinceLatest, daysSinceLatestDocument } = currency;
  if (daysSinceLatest === undefined) list.push('Chưa đăng tin, bài nào');
  else if (daysSinceLatest > STALE_AFTER_DAYS)
    list.push(
      `Chưa đăng tin, bài nào trong ${STALE_AFTER_DAYS} ngày (tin, bài mới nhất ngày ${formatDay(currency.latestDay!)})`,
    );
  if (daysSinceLatestDocument === undefined || daysSinceLatestDocument > STALE_AFTER_DAYS)
    list.push(`Chưa đăng văn bản nào trong ${STALE_AFTER_DAYS} ngày`);
  const late = currency.lateDocuments.length;
  if (late > 0)
    list.push(
      `${late} văn bản đăng chậm quá ${PUBLISH_WITHIN_WORKING_DAYS} ngày làm việc kể từ ngày ban hành (Luật Tiếp cận thông tin, Điều 18): đăng văn bản ngay khi ban hành`,
    );
  for (const consultation of currency.consultationsWithoutResult) {
    list.push(
      `Đăng kết quả lấy ý kiến "${consultation.title}" (đã kết thúc ngày ${formatDay(consultation.closes)})`,
    );
  }
  if (!currency.calendar.updated)
    list.push(`Chưa cập nhật lịch công tác ${weekVi(currency.calendar.thisWeek)}`);
  if (royalties.status === 'no-scheme')
    list.push('Chưa chọn quy định nhuận bút áp dụng nên chưa lập được bảng kê chi trả');
  if (royalties.status === 'invalid')
    list.push(`Sửa ${royalties.errors} lỗi dữ liệu nhuận bút để lập được bảng kê chi trả`);
  return list;
}
