/** Section 8 of the report: the units dissolved by the report's day, apart from the ranking. */
import { escapeHtml } from '../escape-html.ts';
import { formatDay } from '../format-date.ts';
import { formatVnd } from '../format-vnd.ts';
import { cell, head, num } from '../reports/html-tables.ts';
import { scrollRegion } from './html-shell.ts';
import type { OversightReport } from './oversight-report.ts';

export function archivedSection(report: OversightReport): string {
  if (report.archived.length === 0) return '';
  const rows = report.archived.map(
    (a) =>
      `<tr><th scope="row">${escapeHtml(a.name)}</th>${cell(a.into)}${cell(formatDay(a.dissolvedOn), 'center')}${cell(a.basis)}${cell(a.latestDay ? formatDay(a.latestDay) : 'Chưa có', 'center')}${num(a.items)}${cell(a.royalties.status === 'ok' ? formatVnd(a.royalties.totals.gross) : '—', 'num')}</tr>`,
  );
  const table = `<table class="wide"><caption>Đơn vị đã sáp nhập, trang lưu trữ</caption>${head(['Đơn vị cũ', 'Sáp nhập vào', 'Từ ngày', 'Căn cứ', 'Tin, bài cuối cùng', 'Tin, bài trong kỳ', 'Nhuận bút, thù lao trong kỳ'])}<tbody>${rows.join('')}</tbody></table>`;
  return `<section aria-labelledby="da-sap-nhap"><h2 id="da-sap-nhap">8. Các đơn vị đã sáp nhập</h2>
<p class="note">Trang của các đơn vị này được giữ làm lưu trữ, ghi rõ đơn vị kế thừa và không cập nhật thêm; không xếp hạng và không tính vào các mục 1 đến 7. Tin, bài và nhuận bút trong kỳ chỉ gồm phần trước ngày sáp nhập.</p>
${scrollRegion('Các đơn vị đã sáp nhập', table)}</section>`;
}
