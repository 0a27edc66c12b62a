/**
 * The legal basis printed on a payment list, the same in the HTML and the workbook: the national
 * decree, each scheme and board decision in force during the period, each base salary and unit
 * value used, the rules of shares and rounding, and the tax rule of the payment day. A figure not
 * yet checked against the gazette says so.
 * @see Nghị định 18/2014/NĐ-CP (chế độ nhuận bút, thù lao), Điều 4, 7 and 8
 */
import { formatDay } from '../format-date.ts';
import { formatNumber, formatPercent, formatVnd } from '../format-vnd.ts';
import { percentOf, toNumber } from '../royalty/fraction.ts';
import { termStart } from '../royalty/in-force.ts';
import { ROLE_LABELS } from './labels.ts';
import type { ReportDocument } from './report-document.ts';

const UNCONFIRMED = ' – CHƯA ĐỐI CHIẾU VỚI VĂN BẢN GỐC';

export function legalBasis(doc: ReportDocument): string[] {
  const lines = ['Căn cứ Nghị định 18/2014/NĐ-CP ngày 14/3/2014 của Chính phủ quy định về chế độ nhuận bút, thù lao đối với tác phẩm báo chí, xuất bản phẩm (nhuận bút = hệ số × giá trị một đơn vị hệ số; quỹ thù lao không quá 50% quỹ nhuận bút).'];
  for (const scheme of doc.schemes) lines.push(`Căn cứ ${scheme.basis} (${scheme.title})${scheme.example ? ' – SỐ LIỆU MẪU' : ''}.`);
  for (const board of doc.boards) {
    const until = board.until ? ` đến ngày ${formatDay(board.until)}` : '';
    lines.push(`Căn cứ Quyết định số ${board.decision.number} ngày ${formatDay(board.decision.date.day)} (người ký: ${board.decision.signer}) về Ban biên tập, hiệu lực từ ngày ${formatDay(termStart(board))}${until}.`);
  }
  for (const scheme of doc.schemes) {
    if ('fixed' in scheme.unitValue) {
      lines.push(`Giá trị một đơn vị hệ số theo quy định "${scheme.id}": ${formatVnd(scheme.unitValue.fixed)} (mức cố định).`);
      continue;
    }
    const percent = scheme.unitValue.percentOfBaseSalary;
    for (const entry of doc.baseSalaries) {
      const unit = toNumber(percentOf(entry.amount, percent), 2);
      lines.push(`Mức lương cơ sở ${formatVnd(entry.amount)} từ ngày ${formatDay(entry.from)} (${entry.basis}${entry.confirmed === false ? UNCONFIRMED : ''}); giá trị một đơn vị hệ số ${doc.schemes.length > 1 ? `theo quy định "${scheme.id}" ` : ''}= ${formatPercent(percent)} × ${formatNumber(entry.amount)} = ${formatVnd(unit)}.`);
    }
  }
  const last = doc.schemes.at(-1);
  if (last) {
    lines.push(`${last.salaryOn === 'publication' ? 'Nhuận bút tính theo mức lương cơ sở tại ngày đăng tin, bài' : 'Nhuận bút tính theo mức lương cơ sở tại ngày cuối kỳ'}; thù lao Ban biên tập tính từng tháng theo mức lương cơ sở tại ngày cuối tháng, cho các tháng thành viên đương nhiệm.`);
    lines.push(`Cán bộ, công chức thực hiện trong phạm vi nhiệm vụ được giao hưởng ${formatPercent(last.onDutyPercent)}; mỗi dòng làm tròn đến ${formatVnd(last.rounding)} (từ nửa trở lên làm tròn lên).`);
    const roles = Object.entries(last.rolePercent ?? {}).map(([role, pct]) => `${ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role} ${formatPercent(pct)}`);
    if (roles.length) lines.push(`Tỷ lệ hưởng theo vai trò: ${roles.join(', ')} phần được chia.`);
    const bonuses = (last.bonuses ?? []).map((bonus) => `${bonus.label} +${formatPercent(bonus.percent)}`);
    if (bonuses.length) lines.push(`Khoản cộng thêm: ${bonuses.join('; ')}.`);
  }
  const rule = doc.taxRule;
  if (rule) {
    lines.push(`Ngày chi trả ${formatDay(doc.report.paidOn)}: khấu trừ thuế TNCN ${formatPercent(rule.ratePercent)} đối với người không phải cán bộ, công chức của đơn vị có tổng thu nhập trong bảng kê từ ${formatVnd(rule.thresholdPerPayment)} trở lên (${rule.basis}${rule.confirmed === false ? UNCONFIRMED : ''}).`);
  }
  return lines;
}
