/** "Cách tính": the score formula, every requirement with its legal basis, and each metric's definition. */
import { head, num } from '../reports/html-tables.ts';
import { escapeHtml } from '../escape-html.ts';
import { STALE_AFTER_DAYS } from './actions.ts';
import { PUBLISH_WITHIN_WORKING_DAYS } from './currency.ts';
import type { DistrictReport } from './district-report.ts';
import { GROUP_LABELS } from './labels.ts';

export function requirementTable(report: DistrictReport): string {
  const rows = report.requirements.map((r) => `<tr><td>${escapeHtml(GROUP_LABELS[r.group])}</td><th scope="row">${escapeHtml(r.label)}</th>${num(r.points)}<td>${escapeHtml(r.basis)}</td></tr>`);
  return `<table><caption>Yêu cầu, điểm và căn cứ pháp lý</caption>${head(['Nhóm', 'Yêu cầu', 'Điểm', 'Căn cứ'])}<tbody>${rows.join('')}<tr class="total"><td></td><th scope="row">Tổng</th>${num(report.maxScore)}<td></td></tr></tbody></table>`;
}

export function methodSection(report: DistrictReport): string {
  return `<section aria-labelledby="cach-tinh"><h2 id="cach-tinh">8. Cách tính</h2>
<ul>
<li><strong>Điểm đầy đủ</strong> = tổng điểm các yêu cầu đã đạt (bảng dưới), tối đa ${report.maxScore}: 7 chuyên mục bắt buộc × 8 điểm, 3 yêu cầu về Ban biên tập × 8 điểm, 5 thông tin chân trang × 2 điểm, đầu mối cung cấp thông tin 10 điểm. Một chuyên mục được tính là có khi có ít nhất một bài đã đăng. Mức: từ 80 điểm “Đạt”, từ 50 đến 79 “Còn thiếu”, dưới 50 “Thiếu nhiều”.</li>
<li><strong>Tin, bài mỗi tháng</strong>: số bài đã đăng (không tính bản nháp, bài hẹn giờ sau ngày báo cáo) của mọi chuyên mục, theo ngày đăng; văn bản theo ngày đăng, nếu không có thì ngày ban hành.</li>
<li><strong>Văn bản đăng chậm</strong>: văn bản có ngày đăng (<code>published</code>) sau ngày làm việc thứ ${PUBLISH_WITHIN_WORKING_DAYS} kể từ ngày ban hành (<code>issued</code>), theo Luật Tiếp cận thông tin 2016, Điều 18. Không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ trong _shared/holidays.yaml. Văn bản không ghi ngày đăng không bị xét.</li>
<li><strong>Lấy ý kiến chưa có kết quả</strong>: đã qua ngày kết thúc (<code>closes</code>) mà chưa có <code>result</code>.</li>
<li><strong>Lịch công tác</strong>: có lịch của tuần hiện tại (tuần theo ISO, thứ Hai đến Chủ nhật).</li>
<li><strong>Lâu không cập nhật</strong>: không có tin, bài (hoặc văn bản) nào trong ${STALE_AFTER_DAYS} ngày gần nhất.</li>
<li><strong>Hoạt động biên tập</strong>: mỗi người được tính một lần cho mỗi tin, bài có tên trong phần ghi công (mọi vai trò); chuyên mục là chuyên mục của tin tức; tỷ lệ được duyệt hệ số = số tin, bài có hệ số nhuận bút được Trưởng hoặc Phó Ban biên tập duyệt ÷ số tin, bài trong kỳ.</li>
<li><strong>Nhuận bút, thù lao</strong>: theo quy định nhuận bút của xã, cách tính như bảng kê chi trả; số tiền là đồng, đã làm tròn theo quy định.</li>
</ul>
${requirementTable(report)}</section>`;
}
