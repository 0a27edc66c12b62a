/**
 * What makes the oversight report an official document: its letterhead (the body and its
 * superior, số ký hiệu, place and date), title and opening paragraph, and its closing
 * (Nơi nhận and the signature). The body and signer come from `_shared/oversight.yaml`;
 * without it the report has a neutral heading and says so.
 * @see Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính)
 */
import { escapeHtml } from '../escape-html.ts';
import { formatDay } from '../format-date.ts';
import { formatVnd } from '../format-vnd.ts';
import { letterhead, officialDateVi, signatures } from '../reports/html-document.ts';
import type { OversightReport } from './oversight-report.ts';
import { periodShort, TITLE } from './labels.ts';

/** "xã" for a report on communes alone. */
export const unitsWord = (_report: OversightReport): string => 'xã';

function opening(report: OversightReport): string {
  const { decree, oversight } = report;
  const who = oversight ? escapeHtml(oversight.body) : 'Cơ quan theo dõi';
  const archived = report.archived.length
    ? ` Ngoài ra, ${report.archived.length} đơn vị đã sáp nhập vào đơn vị khác được theo dõi riêng như trang lưu trữ, không xếp hạng (mục 8).`
    : '';
  return `<p class="lead">Căn cứ ${escapeHtml(decree.name)} của Chính phủ về ${escapeHtml(decree.subject)}, có hiệu lực tại ngày lập báo cáo; ${who} báo cáo kết quả theo dõi trang thông tin điện tử của ${report.communes.length} xã từ ngày ${formatDay(report.window.from)} đến ngày ${formatDay(report.window.to)}, tình trạng tính đến ngày ${formatDay(report.today)}, như sau.${archived}</p>
<p class="lead">Tổng số tin, bài đã đăng trong kỳ: ${report.total.items}; tổng nhuận bút, thù lao trong kỳ ${formatVnd(report.total.royaltyTotals.gross)}.</p>`;
}

/** Letterhead, title and opening paragraph. */
export function documentHead(report: OversightReport): string {
  const subtitle = `<p class="subtitle">Kết quả theo dõi trang thông tin điện tử các xã<br>${escapeHtml(periodShort(report.period.label))}</p>`;
  const o = report.oversight;
  if (!o) {
    return `<h1>${TITLE}</h1>${subtitle}
<p class="unconfigured" role="note">Chưa khai báo cơ quan theo dõi (tên cơ quan, cơ quan cấp trên, người ký, nơi nhận): báo cáo chưa có tiêu đề cơ quan, số ký hiệu và chữ ký. Cán bộ kỹ thuật khai báo theo hướng dẫn ở mục "Báo cáo theo dõi" của tài liệu hướng dẫn.</p>
${opening(report)}`;
  }
  // The number is given by the registry (văn thư) when the report is signed: left blank unless given.
  const number = `Số: ${report.number ?? '\u00a0'.repeat(8)}/${o.numberPrefix}`;
  return `${letterhead({ parent: o.parent, body: o.body, number, placeAndDate: `${o.place}, ${officialDateVi(report.today)}` })}
<h1>Báo cáo</h1>${subtitle}
${opening(report)}`;
}

/** Nơi nhận on the left, the signature on the right. */
export function closing(report: OversightReport): string {
  const o = report.oversight;
  const recipients = o ? o.recipients.map((r) => `<li>${escapeHtml(r)}</li>`).join('') : '<li>Lưu.</li>';
  const signer = o
    ? signatures([
        {
          title: o.signer.on ?? o.signer.title,
          position: o.signer.on ? o.signer.title : undefined,
          note: '(Ký, ghi rõ họ tên, đóng dấu)',
          name: o.signer.name,
        },
      ])
    : signatures([{ title: 'Thủ trưởng cơ quan', note: '(Ký, ghi rõ họ tên, đóng dấu)' }]);
  return `<div class="closing"><div class="recipients"><p><strong><em>Nơi nhận:</em></strong></p><ul>${recipients}</ul></div><div>${signer}</div></div>`;
}
