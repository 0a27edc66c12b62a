/** `xa/<slug>.html`: one commune's page: actions, every requirement, currency, activity, royalties. */
import type { Section } from '../content/types.ts';
import { formatDay } from '../format-date.ts';
import { formatPercent } from '../format-vnd.ts';
import { vi } from '../../i18n/vi.ts';
import { cell, head, num } from '../reports/html-tables.ts';
import { escapeHtml } from '../escape-html.ts';
import { monthChart, monthVi } from './chart-svg.ts';
import type { CommuneReport, OversightReport } from './oversight-report.ts';
import { page, scoreBand, statusCell } from './html-shell.ts';
import { dayWithAge, GROUP_LABELS, periodShort, TITLE, weekVi } from './labels.ts';
import { communeRoyaltyTable } from './render-royalties.ts';

function checks(report: OversightReport, c: CommuneReport): string {
  const rows = c.checks.map(
    (k) =>
      `<tr><td>${escapeHtml(GROUP_LABELS[k.group])}</td><th scope="row">${escapeHtml(k.label)}</th><td>${escapeHtml(k.basis)}</td>${num(k.ok ? k.points : 0)}${num(k.points)}${statusCell(k.ok, 'Đạt', 'Chưa đạt')}</tr>`,
  );
  const band = scoreBand(c.score);
  return (
    `<table class="wide"><caption>Các yêu cầu bắt buộc</caption>${head(['Nhóm', 'Yêu cầu', 'Căn cứ', 'Điểm đạt', 'Điểm tối đa', 'Kết quả'])}<tbody>${rows.join('')}` +
    `<tr class="total"><td></td><th scope="row">Điểm đầy đủ</th><td></td>${num(c.score)}${num(report.maxScore)}<td class="${band.className}">${band.word}</td></tr></tbody></table>`
  );
}

function currency(report: OversightReport, c: CommuneReport): string {
  const k = c.currency;
  const late = k.lateDocuments.map(
    (d) =>
      `<tr>${cell(d.number ?? '')}<th scope="row">${escapeHtml(d.title)}</th>${cell(formatDay(d.issued), 'center')}${cell(formatDay(d.deadline), 'center')}${cell(formatDay(d.published), 'center')}${num(d.workingDays)}</tr>`,
  );
  const lateTable = late.length
    ? `<table><caption>Văn bản đăng chậm quá 5 ngày làm việc</caption>${head(['Số ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Hạn đăng', 'Ngày đăng', 'Số ngày làm việc'])}<tbody>${late.join('')}</tbody></table>`
    : '<p>Không có văn bản đăng chậm trong kỳ.</p>';
  const consultations = k.consultationsWithoutResult.map(
    (x) => `<li>${escapeHtml(x.title)} – kết thúc ngày ${formatDay(x.closes)}</li>`,
  );
  return `<ul>
<li>Tin, bài mới nhất: ${escapeHtml(dayWithAge(k.latestDay, k.daysSinceLatest))}.</li>
<li>Văn bản mới nhất: ${escapeHtml(dayWithAge(k.latestDocumentDay, k.daysSinceLatestDocument))}.</li>
<li>Văn bản có ngày đăng trong kỳ (${formatDay(report.window.from)} – ${formatDay(report.window.to)}): ${k.documentsJudged}, trong đó đăng chậm: ${k.lateDocuments.length}; văn bản chưa ghi ngày đăng (không xét): ${k.documentsNotJudged}.</li>
<li>Lịch công tác ${weekVi(k.calendar.thisWeek)}: ${k.calendar.updated ? 'đã cập nhật' : 'chưa cập nhật'}${k.calendar.latestWeek ? ` (lịch gần nhất: ${weekVi(k.calendar.latestWeek)})` : ' (chưa có lịch nào)'}.</li>
<li>Lấy ý kiến đã kết thúc chưa đăng kết quả: ${consultations.length}${consultations.length ? `:<ul>${consultations.join('')}</ul>` : '.'}</li>
</ul>${lateTable}`;
}

function months(c: CommuneReport): string {
  const scale = Math.max(1, ...c.currency.months.map((m) => m.items));
  return `${monthChart('bd', c.name, c.currency.months, scale)}
<table><caption>Số tin, bài đăng mỗi tháng</caption>${head(c.currency.months.map((m) => monthVi(m.month)))}<tbody><tr>${c.currency.months.map((m) => num(m.items)).join('')}</tr></tbody></table>`;
}

function activity(c: CommuneReport): string {
  const a = c.activity;
  const authors = a.byAuthor.map((x) => `<tr><th scope="row">${escapeHtml(x.name)}</th>${num(x.items)}</tr>`);
  const categories = a.byCategory.map(
    (x) => `<tr><th scope="row">${escapeHtml(x.label)}</th>${num(x.items)}</tr>`,
  );
  const sections = (Object.entries(a.bySection) as [Section, number][]).map(
    ([s, n]) => `<tr><th scope="row">${escapeHtml(vi.sectionNames[s])}</th>${num(n)}</tr>`,
  );
  const table = (caption: string, label: string, rows: string[]) =>
    rows.length
      ? `<table><caption>${caption}</caption>${head([label, 'Số tin, bài'])}<tbody>${rows.join('')}</tbody></table>`
      : `<p>${caption}: chưa có.</p>`;
  return `<p>${a.items} tin, bài trong kỳ; ${a.royaltyApproved} tin, bài có hệ số nhuận bút được duyệt (${formatPercent(a.royaltyApprovedPercent)}).</p>
${table('Theo người thực hiện', 'Họ và tên', authors)}${table('Tin tức theo chuyên mục', 'Chuyên mục', categories)}${table('Theo chuyên mục của trang', 'Chuyên mục', sections)}`;
}

export function renderCommune(report: OversightReport, c: CommuneReport): string {
  const band = scoreBand(c.score);
  const body = `<p><a href="../index.html">← ${TITLE}</a></p>
<h1>${escapeHtml(c.name)}</h1>
<p class="lead">Hạng ${c.rank}/${report.communes.length}; điểm đầy đủ <strong class="${band.className}">${c.score}/${report.maxScore} – ${band.word}</strong>. ${escapeHtml(periodShort(report.period.label))}, tình trạng tính đến ngày ${formatDay(report.today)}.</p>
<h2>Việc cần làm</h2>
${c.actions.length ? `<ol class="actions">${c.actions.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ol>` : '<p>Không có việc cần làm.</p>'}
<h2>Mức độ đầy đủ</h2>
${checks(report, c)}
<h2>Mức độ cập nhật</h2>
${currency(report, c)}
<h2>Số tin, bài đăng mỗi tháng</h2>
${months(c)}
<h2>Hoạt động biên tập trong kỳ</h2>
${activity(c)}
<h2>Nhuận bút, thù lao</h2>
${communeRoyaltyTable(report, c)}`;
  return page(`${c.name} – ${TITLE}`, body);
}
