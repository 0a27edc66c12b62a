/**
 * The tables of the printable payment list: payees (with signatures), lines, and the summary.
 * Every header cell is a `<th scope>` so screen readers announce it (TT 26/2020, WCAG 1.3.1).
 */
import { escapeHtml } from '../escape-html.ts';
import { formatDay } from '../format-date.ts';
import { formatNumber, formatPercent } from '../format-vnd.ts';
import { KIND_LABELS, ROLE_LABELS } from './labels.ts';
import { displayName, type ReportDocument } from './report-document.ts';

export const num = (value: number): string => `<td class="num">${formatNumber(value)}</td>`;
export const cell = (text: string, className?: string): string => `<td${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</td>`;
export const head = (labels: readonly string[]): string =>
  `<thead><tr>${labels.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr></thead>`;

export function payeeTable(doc: ReportDocument): string {
  const { report } = doc;
  const withBank = report.payees.some((payee) => doc.payeeDetails.get(payee.person)?.bankAccount !== undefined);
  const withTaxCode = report.payees.some((payee) => doc.payeeDetails.get(payee.person)?.taxCode !== undefined);
  const labels = ['STT', 'Họ và tên (bút danh)', 'Chức vụ, đơn vị', ...(withBank ? ['Số tài khoản, ngân hàng'] : []), ...(withTaxCode ? ['Mã số thuế'] : []), 'Thành tiền', 'Thuế TNCN', 'Thực nhận', 'Ký nhận'];
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
  // The total is the last body row, not a <tfoot>: browsers repeat a footer on every printed page.
  return `<table class="payees">${head(labels)}<tbody>${rows.join('')}${empty}${total}</tbody></table>`;
}

/** The lines' table, a row at a time: it may have tens of thousands (see `writeFilesAtomically`). */
export function* lineTable(doc: ReportDocument): Generator<string> {
  const genres = new Map(doc.scheme.genres.map((genre) => [genre.key, genre.label]));
  const labels = ['STT', 'Họ và tên', 'Tên tin, bài', 'Ngày đăng', 'Thể loại', 'Vai trò', 'Hệ số', 'Tỷ lệ', 'Giá trị 1 hệ số', 'Thành tiền'];
  const widths = ['12mm', '31mm', '', '20mm', '24mm', '22mm', '12mm', '23mm', '19mm', '20mm'];
  const columns = `<colgroup>${widths.map((width) => (width ? `<col style="width:${width}">` : '<col>')).join('')}</colgroup>`;
  yield `<table class="lines">${columns}${head(labels)}<tbody>`;
  for (const [index, line] of doc.report.lines.entries()) {
    const name = displayName(doc.people, line.person, line.person);
    const start = `<tr>${cell(String(index + 1), 'center')}${cell(name)}`;
    if (line.kind === 'thu-lao') {
      yield `${start}${cell(`${KIND_LABELS[line.kind]} Ban biên tập (${line.months} tháng)`)}${cell('')}${cell('')}${cell(ROLE_LABELS[line.role])}${num(line.coefficient)}${cell(`${line.months} tháng`, 'num')}${num(line.unitValue)}${num(line.gross)}</tr>`;
      continue;
    }
    const share = line.onDutyPercent === undefined ? formatPercent(line.share) : `${formatPercent(line.share)} × ${formatPercent(line.onDutyPercent)}`;
    yield `${start}${cell(line.title)}${cell(formatDay(line.date), 'center')}${cell(genres.get(line.genre) ?? line.genre)}${cell(ROLE_LABELS[line.role])}${num(line.coefficient)}${cell(share, 'num')}${num(line.unitValue)}${num(line.gross)}</tr>`;
  }
  yield `<tr class="total"><th scope="row" colspan="9">Tổng cộng</th>${num(doc.report.totals.gross)}</tr></tbody></table>`;
}

export function summaryTables(doc: ReportDocument): string {
  const { authors, byCategory, byGenre } = doc.summary;
  const authorRows = authors.map((author, index) =>
    `<tr>${cell(String(index + 1), 'center')}<th scope="row">${escapeHtml(displayName(doc.people, author.person, author.name))}</th>${num(author.items)}${cell(author.roles.map((role) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role).join(', '))}${num(author.gross)}</tr>`);
  const genreRows = byGenre.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${num(row.items)}${num(row.gross)}</tr>`);
  const categoryRows = byCategory.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${num(row.items)}</tr>`);
  return [
    `<h3>1. Theo người nhận</h3><table class="summary">${head(['STT', 'Họ và tên', 'Số tin, bài', 'Vai trò', 'Thành tiền'])}<tbody>${authorRows.join('')}</tbody></table>`,
    `<div class="side-by-side"><div><h3>2. Theo thể loại (tin, bài có nhuận bút)</h3><table class="summary">${head(['Thể loại', 'Số tin, bài', 'Thành tiền'])}<tbody>${genreRows.join('')}</tbody></table></div>`,
    `<div><h3>3. Tin tức đã đăng theo chuyên mục</h3><table class="summary">${head(['Chuyên mục', 'Số tin'])}<tbody>${categoryRows.join('')}</tbody></table></div></div>`,
  ].join('\n');
}
