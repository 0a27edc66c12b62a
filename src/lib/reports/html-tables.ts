/**
 * The tables of the printable payment list: payees (with signatures), lines, the summary and
 * staff income. Every header cell is a `<th scope>` so screen readers announce it (TT 26/2020,
 * WCAG 1.3.1).
 */
import { escapeHtml } from '../escape-html.ts';
import { formatDay } from '../format-date.ts';
import { formatNumber, formatPercent } from '../format-vnd.ts';
import { KIND_LABELS, ROLE_LABELS, monthLabel, roleLabel } from './labels.ts';
import { displayName, genreLabel, type ReportDocument } from './report-document.ts';

export const num = (value: number): string => `<td class="num">${formatNumber(value)}</td>`;
export const cell = (text: string, className?: string): string => `<td${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</td>`;
export const head = (labels: readonly string[]): string =>
  `<thead><tr>${labels.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr></thead>`;
const colgroup = (widths: readonly string[]): string =>
  `<colgroup>${widths.map((width) => (width ? `<col style="width:${width}">` : '<col>')).join('')}</colgroup>`;

/** The payees' rows kept on the last page with the totals, the words and the signatures. */
const KEPT_ROWS = 3;

/**
 * The list of payees as two tables with the same columns: all rows but the last three, then
 * those three with the total, inside the closing block that the printer never splits from the
 * words and the signatures (`closing` is placed by the page).
 */
export function payeeTables(doc: ReportDocument, closing: string): string {
  const { report } = doc;
  const withBank = report.payees.some((payee) => doc.payeeDetails.get(payee.person)?.bankAccount !== undefined);
  const withTaxCode = report.payees.some((payee) => doc.payeeDetails.get(payee.person)?.taxCode !== undefined);
  const labels = ['STT', 'Họ và tên (bút danh)', 'Chức vụ, đơn vị', ...(withBank ? ['Số tài khoản, ngân hàng'] : []), ...(withTaxCode ? ['Mã số thuế'] : []), 'Thành tiền', 'Thuế TNCN', 'Thực nhận', 'Ký nhận'];
  const widths = ['11mm', '', '', ...(withBank ? ['42mm'] : []), ...(withTaxCode ? ['26mm'] : []), '26mm', '23mm', '26mm', '26mm'];
  const rows = report.payees.map((payee, index) => {
    const person = doc.people.get(payee.person);
    const details = doc.payeeDetails.get(payee.person);
    const unit = [person?.title, person?.unit].filter((part) => part !== undefined).join(', ');
    return `<tr>${cell(String(index + 1), 'center')}<th scope="row">${escapeHtml(displayName(doc.people, payee.person, payee.name))}</th>${cell(unit)}${
      withBank ? cell([details?.bankAccount, details?.bankName].filter((part) => part !== undefined).join(' – ')) : ''
    }${withTaxCode ? cell(details?.taxCode ?? '') : ''}${num(payee.gross)}${num(payee.tax)}${num(payee.net)}<td class="sign"></td></tr>`;
  });
  const span = 3 + (withBank ? 1 : 0) + (withTaxCode ? 1 : 0);
  const { totals } = report;
  const total = `<tr class="total"><th scope="row" colspan="${span}">Tổng cộng</th>${num(totals.gross)}${num(totals.tax)}${num(totals.net)}<td></td></tr>`;
  const empty = rows.length === 0 ? `<tr><td colspan="${span + 4}" class="center">Không có khoản chi trong kỳ.</td></tr>` : '';
  const split = Math.max(0, rows.length - KEPT_ROWS);
  const table = (body: string, withHead: boolean) =>
    `<table class="payees">${colgroup(widths)}${withHead ? head(labels) : ''}<tbody>${body}</tbody></table>`;
  // The total is a body row, not a <tfoot>: browsers repeat a footer on every printed page.
  const first = split > 0 ? table(rows.slice(0, split).join(''), true) : '';
  return `${first}<div class="closing">${table(`${rows.slice(split).join('')}${empty}${total}`, split === 0)}${closing}</div>`;
}

/** "70%", or "50% × 50% (dịch) × 50% (nhiệm vụ)": the share and what reduces it. */
function paidShare(line: Extract<ReportDocument['report']['lines'][number], { kind: 'nhuan-but' }>): string {
  const parts = [formatPercent(line.share)];
  if (line.rolePercent !== undefined) parts.push(`${formatPercent(line.rolePercent)} (${ROLE_LABELS[line.role].toLowerCase()})`);
  if (line.onDutyPercent !== undefined) parts.push(`${formatPercent(line.onDutyPercent)} (nhiệm vụ)`);
  return parts.join(' × ');
}

/** The lines' table, a row at a time: it may have tens of thousands (see `writeFilesAtomically`). */
export function* lineTable(doc: ReportDocument): Generator<string> {
  const labels = ['STT', 'Họ và tên', 'Tên tin, bài', 'Ngày đăng', 'Thể loại', 'Vai trò', 'Hệ số', 'Tỷ lệ hưởng', 'Giá trị 1 hệ số', 'Thành tiền'];
  yield `<table class="lines">${colgroup(['12mm', '31mm', '', '20mm', '24mm', '22mm', '14mm', '27mm', '19mm', '20mm'])}${head(labels)}<tbody>`;
  for (const [index, line] of doc.report.lines.entries()) {
    const name = displayName(doc.people, line.person, line.person);
    const start = `<tr>${cell(String(index + 1), 'center')}${cell(name)}`;
    if (line.kind === 'thu-lao') {
      const months = line.from === line.to ? `tháng ${monthLabel(line.from)}` : `tháng ${monthLabel(line.from)} đến ${monthLabel(line.to)}`;
      yield `${start}${cell(`${KIND_LABELS[line.kind]} Ban biên tập, ${months}`)}${cell('')}${cell('')}${cell(ROLE_LABELS[line.role])}${num(line.coefficient)}${cell(`${line.months} tháng`, 'num')}${num(line.unitValue)}${num(line.gross)}</tr>`;
      continue;
    }
    const coefficient = line.bonusPercent === undefined ? formatNumber(line.coefficient) : `${formatNumber(line.coefficient)} +${formatPercent(line.bonusPercent)}`;
    yield `${start}${cell(line.title)}${cell(formatDay(line.date), 'center')}${cell(genreLabel(doc, line.genre))}${cell(ROLE_LABELS[line.role])}${cell(coefficient, 'num')}${cell(paidShare(line), 'share')}${num(line.unitValue)}${num(line.gross)}</tr>`;
  }
  yield `<tr class="total"><th scope="row" colspan="9">Tổng cộng</th>${num(doc.report.totals.gross)}</tr></tbody></table>`;
}

export function summaryTables(doc: ReportDocument): string {
  const { authors, byCategory, byGenre } = doc.summary;
  const authorRows = authors.map((author, index) =>
    `<tr>${cell(String(index + 1), 'center')}<th scope="row">${escapeHtml(displayName(doc.people, author.person, author.name))}</th>${num(author.items)}${cell(author.roles.map(roleLabel).join(', '))}${num(author.gross)}</tr>`);
  const genreRows = byGenre.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${num(row.items)}${num(row.gross)}</tr>`);
  const categoryRows = byCategory.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${num(row.items)}</tr>`);
  return [
    `<h3>1. Theo người nhận</h3><table class="summary">${head(['STT', 'Họ và tên', 'Số tin, bài', 'Vai trò', 'Thành tiền'])}<tbody>${authorRows.join('')}</tbody></table>`,
    `<div class="side-by-side"><div><h3>2. Theo thể loại (tin, bài có nhuận bút)</h3><table class="summary">${head(['Thể loại', 'Số tin, bài', 'Thành tiền'])}<tbody>${genreRows.join('')}</tbody></table></div>`,
    `<div><h3>3. Tin tức đã đăng theo chuyên mục</h3><table class="summary">${head(['Chuyên mục', 'Số tin'])}<tbody>${categoryRows.join('')}</tbody></table></div></div>`,
  ].join('\n');
}

/** Staff members' nhuận bút and thù lao, for the payroll that taxes them with their wages. */
export function staffTable(doc: ReportDocument): string {
  if (doc.staff.length === 0) return '<p>Không có cán bộ, công chức nào nhận nhuận bút, thù lao trong kỳ.</p>';
  const rows = doc.staff.map((staff, index) => `<tr>${cell(String(index + 1), 'center')}<th scope="row">${escapeHtml(staff.name)}</th>${cell(staff.title ?? '')}${num(staff.royalties)}${num(staff.remuneration)}${num(staff.total)}</tr>`);
  const sum = (key: 'royalties' | 'remuneration' | 'total') => doc.staff.reduce((total, staff) => total + staff[key], 0);
  return `<table class="summary">${head(['STT', 'Họ và tên', 'Chức vụ', 'Nhuận bút', 'Thù lao', 'Cộng'])}<tbody>${rows.join('')}<tr class="total"><th scope="row" colspan="3">Tổng cộng</th>${num(sum('royalties'))}${num(sum('remuneration'))}${num(sum('total'))}</tr></tbody></table>`;
}
