/**
 * `index.html`: the oversight report as an official document (báo cáo): letterhead with the
 * national motto, số ký hiệu, place and date, title, the findings (one row per unit in every
 * table, ranked; dissolved units apart), recipients and signature; then, as an appendix, how
 * every figure is computed and the requirements with their legal basis on the report's day.
 * @see Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức văn bản hành chính)
 */
import { formatDay } from '../format-date.ts';
import { formatPercent } from '../format-vnd.ts';
import { cell, head, num } from '../reports/html-tables.ts';
import { escapeHtml } from '../escape-html.ts';
import { monthChart, monthVi } from './chart-svg.ts';
import type { CommuneReport, OversightReport } from './oversight-report.ts';
import { fractionCell, page, scoreCell, scrollRegion, statusCell } from './html-shell.ts';
import { documentHead, closing, unitsWord } from './render-document.ts';
import { archivedSection } from './render-archived.ts';
import { communePageFile, dayWithAge, periodShort, ROYALTY_STATUS, TITLE, weekVi } from './labels.ts';
import { methodSection } from './render-method.ts';
import { royaltyTable } from './render-royalties.ts';

const link = (c: CommuneReport): string =>
  `<th scope="row"><a href="${communePageFile(c.slug)}">${escapeHtml(c.name)}</a></th>`;

function ranking(report: OversightReport): string {
  const rows = report.communes.map(
    (c) =>
      `<tr>${cell(String(c.rank), 'num')}${link(c)}${scoreCell(c.score, report.maxScore)}${cell(dayWithAge(c.currency.latestDay, c.currency.daysSinceLatest))}${num(c.actions.length)}</tr>`,
  );
  return `<section aria-labelledby="xep-hang"><h2 id="xep-hang">1. Xếp hạng theo mức độ đầy đủ</h2>
<p class="note">Điểm = phần điểm của các yêu cầu đã đạt trên tổng điểm các yêu cầu có hiệu lực, quy ra thang ${report.maxScore} (cách tính ở mục 8). Cùng điểm thì cùng hạng; trong cùng hạng, xã ít việc cần làm hơn đứng trước, rồi đến xã đăng bài gần đây hơn.</p>
<table><caption>Xếp hạng ${report.communes.length} ${unitsWord(report)}</caption>${head(['Hạng', 'Xã', 'Điểm đầy đủ', 'Tin, bài mới nhất', 'Số việc cần làm'])}<tbody>${rows.join('')}</tbody></table></section>`;
}

function completenessMatrix(report: OversightReport): string {
  const sections = report.requirements.filter((r) => r.group === 'section');
  const labels = [...sections.map((r) => r.label), 'Ban biên tập', 'Chân trang', 'Đầu mối thông tin'];
  const rows = report.communes.map((c) => {
    const met = (group: string) => c.checks.filter((check) => check.group === group && check.ok).length;
    const of = (group: string) => c.checks.filter((check) => check.group === group).length;
    const sectionCells = sections.map((r) =>
      statusCell(c.checks.find((check) => check.id === r.id)?.ok ?? false),
    );
    return `<tr>${link(c)}${sectionCells.join('')}${fractionCell(met('board'), of('board'))}${fractionCell(met('footer'), of('footer'))}${statusCell(met('contact') === of('contact'))}</tr>`;
  });
  return `<section aria-labelledby="day-du"><h2 id="day-du">2. Mức độ đầy đủ theo từng yêu cầu</h2>
<p class="legend note">Chú giải: <span class="ok">✓ Có</span><span class="no">✗ Thiếu</span><span class="part">✗ 2/3: đạt một phần</span> Ban biên tập: có quyết định, có Trưởng ban, ít nhất 3 thành viên. Chân trang: tên cơ quan, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử.</p>
${scrollRegion('Các yêu cầu bắt buộc đã đạt, theo xã', `<table class="wide"><caption>Các yêu cầu bắt buộc đã đạt, theo xã</caption><thead><tr><th scope="col">Xã</th>${labels.map((l) => `<th scope="col">${escapeHtml(l)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`)}</section>`;
}

function currencyTable(report: OversightReport): string {
  const week = report.communes[0]?.currency.calendar.thisWeek;
  const rows = report.communes.map((c) => {
    const { currency: k } = c;
    const late = k.lateDocuments.length;
    return (
      `<tr>${link(c)}${cell(dayWithAge(k.latestDay, k.daysSinceLatest))}${cell(dayWithAge(k.latestDocumentDay, k.daysSinceLatestDocument))}` +
      `<td class="${late ? 'no' : 'ok'} num">${late ? '✗' : '✓'} ${late}/${k.documentsJudged}</td>${num(k.documentsNotJudged)}` +
      `<td class="${k.consultationsWithoutResult.length ? 'no' : 'ok'} num">${k.consultationsWithoutResult.length ? '✗' : '✓'} ${k.consultationsWithoutResult.length}</td>` +
      `${statusCell(k.calendar.updated, 'Đã cập nhật', 'Chưa cập nhật')}</tr>`
    );
  });
  return `<section aria-labelledby="cap-nhat"><h2 id="cap-nhat">3. Mức độ cập nhật</h2>
<p class="note">Văn bản đăng chậm: ngày đăng lên trang sau ngày làm việc thứ 5 kể từ ngày ban hành (Luật Tiếp cận thông tin 2016, Điều 18), không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ; chỉ xét văn bản có ngày đăng trong kỳ (${formatDay(report.window.from)} – ${formatDay(report.window.to)}).</p>
${scrollRegion('Mức độ cập nhật', `<table class="wide"><caption>Cập nhật thông tin đến ngày ${formatDay(report.today)}</caption>${head(['Xã', 'Tin, bài mới nhất', 'Văn bản mới nhất', 'Văn bản đăng chậm / đã xét', 'Văn bản chưa ghi ngày đăng', 'Lấy ý kiến đã kết thúc chưa có kết quả', `Lịch công tác ${week ? weekVi(week) : 'tuần này'}`])}<tbody>${rows.join('')}</tbody></table>`)}</section>`;
}

function monthSection(report: OversightReport): string {
  const scale = Math.max(1, ...report.communes.flatMap((c) => c.currency.months.map((m) => m.items)));
  const months = report.communes[0]?.currency.months.map((m) => m.month) ?? [];
  const figures = report.communes.map(
    (c, index) =>
      `<figure><figcaption>${escapeHtml(c.name)}</figcaption>${monthChart(`bd-${index}`, c.name, c.currency.months, scale)}</figure>`,
  );
  const rows = report.communes.map(
    (c) =>
      `<tr>${link(c)}${c.currency.months.map((m) => num(m.items)).join('')}${num(c.currency.months.reduce((s, m) => s + m.items, 0))}</tr>`,
  );
  return `<section aria-labelledby="theo-thang"><h2 id="theo-thang">4. Số tin, bài đăng mỗi tháng (12 tháng gần nhất)</h2>
<p class="note">Mọi chuyên mục có ngày đăng; các biểu đồ cùng một thang đo (cao nhất ${scale}) để so sánh giữa các xã. Số liệu đầy đủ ở bảng dưới.</p>
<div class="multiples">${figures.join('')}</div>
${scrollRegion('Số tin, bài đăng mỗi tháng', `<table><caption>Số tin, bài đăng mỗi tháng</caption>${head(['Xã', ...months.map(monthVi), 'Cộng'])}<tbody>${rows.join('')}</tbody></table>`)}</section>`;
}

function activityTable(report: OversightReport): string {
  const rows = report.communes.map((c) => {
    const a = c.activity;
    const top = a.byCategory[0];
    return `<tr>${link(c)}${num(a.items)}${num(a.byAuthor.length)}${cell(top ? `${top.label} (${top.items})` : '—')}${num(a.royaltyApproved)}${cell(formatPercent(a.royaltyApprovedPercent), 'num')}</tr>`;
  });
  return `<section aria-labelledby="bien-tap"><h2 id="bien-tap">5. Hoạt động biên tập trong kỳ</h2>
<p class="note">Tin, bài đã đăng có ngày trong kỳ (${formatDay(report.window.from)} – ${formatDay(report.window.to)}). Chi tiết theo người và chuyên mục ở trang của từng xã.</p>
${scrollRegion('Hoạt động biên tập', `<table><caption>Hoạt động biên tập, ${escapeHtml(periodShort(report.period.label))}</caption>${head(['Xã', 'Tin, bài trong kỳ', 'Số người tham gia', 'Chuyên mục tin nhiều nhất', 'Có hệ số nhuận bút được duyệt', 'Tỷ lệ được duyệt'])}<tbody>${rows.join('')}</tbody></table>`)}</section>`;
}

function royaltySection(report: OversightReport): string {
  const status = report.communes
    .filter((c) => c.royalties.status !== 'ok')
    .map((c) => `<li>${escapeHtml(c.name)}: ${escapeHtml(ROYALTY_STATUS[c.royalties.status])}</li>`);
  return `<section aria-labelledby="nhuan-but"><h2 id="nhuan-but">6. Nhuận bút, thù lao theo quý</h2>
<p class="note">Tính theo đúng cách lập bảng kê chi trả của các xã: tổng tiền, thuế thu nhập cá nhân khấu trừ và thực nhận, đơn vị đồng. Thù lao Ban biên tập tính đủ quý khi quý đã bắt đầu. Các đơn vị đã sáp nhập được cộng vào tổng cho phần trước ngày sáp nhập.</p>
${royaltyTable(report)}${status.length ? `<p>Chưa tính được:</p><ul>${status.join('')}</ul>` : ''}</section>`;
}

function actionSection(report: OversightReport): string {
  const blocks = report.communes.map(
    (c) =>
      `<div class="commune-actions"><h3><a href="${communePageFile(c.slug)}">${escapeHtml(c.name)}</a> – ${c.actions.length} việc</h3>${c.actions.length ? `<ol class="actions">${c.actions.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ol>` : '<p>Không có việc cần làm.</p>'}</div>`,
  );
  return `<section aria-labelledby="viec-can-lam"><h2 id="viec-can-lam">7. Việc cần làm của từng xã</h2>${blocks.join('\n')}</section>`;
}

export function renderIndex(report: OversightReport): string {
  const unreadable = report.unreadable.length
    ? `<p class="no">Không đọc được thông tin chung của: ${escapeHtml(report.unreadable.join(', '))}; các đơn vị này chưa có số liệu.</p>`
    : '';
  const archived = report.archived.length ? `<li><a href="#da-sap-nhap">Đơn vị đã sáp nhập</a></li>` : '';
  const body = `${documentHead(report)}
${unreadable}
<nav class="toc" aria-label="Mục lục"><ol><li><a href="#xep-hang">Xếp hạng</a></li><li><a href="#day-du">Mức độ đầy đủ</a></li><li><a href="#cap-nhat">Mức độ cập nhật</a></li><li><a href="#theo-thang">Tin, bài mỗi tháng</a></li><li><a href="#bien-tap">Hoạt động biên tập</a></li><li><a href="#nhuan-but">Nhuận bút, thù lao</a></li><li><a href="#viec-can-lam">Việc cần làm</a></li>${archived}<li><a href="#cach-tinh">Cách tính</a></li></ol></nav>
${ranking(report)}
${completenessMatrix(report)}
${currencyTable(report)}
${monthSection(report)}
${activityTable(report)}
${royaltySection(report)}
${actionSection(report)}
${archivedSection(report)}
${closing(report)}
<div class="appendix">${methodSection(report)}</div>`;
  return page(`${TITLE} – ${periodShort(report.period.label)}`, body);
}
