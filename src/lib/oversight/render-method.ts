/**
 * The appendix "Cách tính": the score formula, every requirement with its legal basis under the
 * decree in force on the report's day, and each figure's definition, in words an official reads:
 * what is measured, and which box of an item the editor fills for it (never a field name).
 */
import { head, num } from '../reports/html-tables.ts';
import { escapeHtml } from '../escape-html.ts';
import { formatDay } from '../format-date.ts';
import { STALE_AFTER_DAYS } from './actions.ts';
import { PUBLISH_WITHIN_WORKING_DAYS } from './currency.ts';
import type { OversightReport } from './oversight-report.ts';
import { GROUP_LABELS } from './labels.ts';

export function requirementTable(report: OversightReport): string {
  const rows = report.requirements.map(
    (r) =>
      `<tr><td>${escapeHtml(GROUP_LABELS[r.group])}</td><th scope="row">${escapeHtml(r.label)}</th>${num(r.points)}<td>${escapeHtml(r.basis)}</td></tr>`,
  );
  return `<table class="wide"><caption>Yêu cầu, điểm và căn cứ pháp lý tại ngày ${formatDay(report.today)}</caption>${head(['Nhóm', 'Yêu cầu', 'Điểm', 'Căn cứ'])}<tbody>${rows.join('')}<tr class="total"><td></td><th scope="row">Tổng</th>${num(report.totalPoints)}<td></td></tr></tbody></table>`;
}

export function methodSection(report: OversightReport): string {
  return `<section aria-labelledby="cach-tinh"><h2 id="cach-tinh">Phụ lục: Cách tính và căn cứ</h2>
<p>Các yêu cầu áp dụng theo ${escapeHtml(report.decree.name)}, văn bản có hiệu lực tại ngày lập báo cáo; báo cáo về một ngày trước đó áp dụng văn bản có hiệu lực tại ngày ấy (Nghị định 43/2011/NĐ-CP đến hết ngày 14/8/2022, Nghị định 42/2022/NĐ-CP từ ngày 15/8/2022 đến hết ngày 30/6/2026, Nghị định 224/2026/NĐ-CP từ ngày 1/7/2026).</p>
<ul>
<li><strong>Điểm đầy đủ</strong> = tổng điểm các yêu cầu đã đạt (bảng dưới) × 100 ÷ ${report.totalPoints} (tổng điểm các yêu cầu có hiệu lực), làm tròn: điểm của từng yêu cầu ghi ở bảng dưới. Một chuyên mục được tính là có khi có ít nhất một bài đã đăng. Mức: từ 80 điểm “Đạt”, từ 50 đến 79 “Còn thiếu”, dưới 50 “Thiếu nhiều”.</li>
<li><strong>Tin, bài mỗi tháng</strong>: số bài đã đăng (không tính bản nháp, bài hẹn giờ sau ngày báo cáo) của mọi chuyên mục, theo ngày đăng; văn bản theo ngày đăng, nếu không có thì ngày ban hành.</li>
<li><strong>Văn bản đăng chậm</strong>: văn bản có ngày đăng lên trang sau ngày làm việc thứ ${PUBLISH_WITHIN_WORKING_DAYS} kể từ ngày ban hành, theo Luật Tiếp cận thông tin 2016, Điều 18. Người biên tập ghi hai ngày này ở mỗi văn bản: ô “Ngày ban hành” (ngày ký) và ô “Ngày đăng” (ngày đưa lên trang). Không tính thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết trong danh sách ngày nghỉ dùng chung. Văn bản chưa ghi ngày đăng thì chưa xét được và được đếm riêng.</li>
<li><strong>Lấy ý kiến chưa có kết quả</strong>: đợt lấy ý kiến đã qua ngày kết thúc (ô “Ngày kết thúc”) mà chưa đăng kết quả tiếp thu, giải trình (ô “Kết quả”).</li>
<li><strong>Lịch công tác</strong>: có lịch của tuần hiện tại (tuần theo ISO, thứ Hai đến Chủ nhật).</li>
<li><strong>Lâu không cập nhật</strong>: không có tin, bài (hoặc văn bản) nào trong ${STALE_AFTER_DAYS} ngày gần nhất.</li>
<li><strong>Hoạt động biên tập</strong>: mỗi người được tính một lần cho mỗi tin, bài có tên trong phần ghi công (mọi vai trò); chuyên mục là chuyên mục của tin tức; tỷ lệ được duyệt hệ số = số tin, bài có hệ số nhuận bút được Trưởng hoặc Phó Ban biên tập duyệt ÷ số tin, bài trong kỳ.</li>
<li><strong>Nhuận bút, thù lao</strong>: theo quy định nhuận bút của xã, cách tính như bảng kê chi trả; số tiền là đồng, đã làm tròn theo quy định.</li>
</ul>
${requirementTable(report)}</section>`;
}
