/**
 * `communes.csv`: one row per commune, ranked, for Excel: UTF-8 with a byte-order mark, CRLF,
 * fields quoted only when needed (the conventions of the royalty CSV, reports/write-csv.ts).
 */
import { formatDay } from '../format-date.ts';
import type { OversightReport } from './oversight-report.ts';
import { periodShort } from './labels.ts';
import { BOM, csvRow as row } from '../reports/csv-row.ts';

const day = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : formatDay(value);

export function renderCsv(report: OversightReport): string {
  const months = report.communes[0]?.currency.months.map((m) => m.month) ?? [];
  const amounts = (label: string) => [`Tổng tiền ${label}`, `Thuế TNCN ${label}`, `Thực nhận ${label}`];
  const header = [
    'Hạng',
    'Mã xã',
    'Tên xã',
    `Điểm đầy đủ (tối đa ${report.maxScore})`,
    ...report.requirements.map((r) => r.label),
    'Tin, bài mới nhất',
    'Số ngày từ tin, bài mới nhất',
    'Văn bản mới nhất',
    ...months.map((m) => `Tin, bài ${m}`),
    'Văn bản đã xét hạn đăng',
    'Văn bản đăng chậm',
    'Văn bản chưa ghi ngày đăng',
    'Lấy ý kiến chưa có kết quả',
    'Lịch công tác tuần này',
    'Tin, bài trong kỳ',
    'Có hệ số được duyệt',
    'Tỷ lệ được duyệt (%)',
    'Nhuận bút',
    ...report.royaltyPeriods.flatMap((p) => amounts(periodShort(p))),
    ...amounts('cả kỳ'),
    'Lỗi nội dung',
    'Việc cần làm',
  ];
  const rows = report.communes.map((c) => {
    const byPeriod = new Map(c.royalties.periods.map((p) => [p.period, p]));
    const money = c.royalties.status === 'ok';
    return row([
      c.rank,
      c.slug,
      c.name,
      c.score,
      ...c.checks.map((k) => (k.ok ? 'Có' : 'Thiếu')),
      day(c.currency.latestDay),
      c.currency.daysSinceLatest,
      day(c.currency.latestDocumentDay),
      ...c.currency.months.map((m) => m.items),
      c.currency.documentsJudged,
      c.currency.lateDocuments.length,
      c.currency.documentsNotJudged,
      c.currency.consultationsWithoutResult.length,
      c.currency.calendar.updated ? 'Có' : 'Chưa',
      c.activity.items,
      c.activity.royaltyApproved,
      c.activity.royaltyApprovedPercent,
      c.royalties.status,
      ...report.royaltyPeriods.flatMap((p) => {
        const r = byPeriod.get(p);
        return money ? [r?.gross ?? 0, r?.tax ?? 0, r?.net ?? 0] : [undefined, undefined, undefined];
      }),
      ...(money
        ? [c.royalties.totals.gross, c.royalties.totals.tax, c.royalties.totals.net]
        : [undefined, undefined, undefined]),
      c.contentErrors,
      c.actions.join('; '),
    ]);
  });
  return `${BOM}${[row(header), ...rows].join('\r\n')}\r\n`;
}
