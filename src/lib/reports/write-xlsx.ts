/**
 * `nhuan-but-<period>.xlsx` for the accountant: sheet "Bảng kê" (letterhead, basis, payees
 * with totals, signature rows, A4 landscape, one page wide), "Chi tiết" (every line) and
 * "Tổng hợp" (the board's summary). Numbers are real numbers with the `#,##0` format, so
 * Excel can still sum them. Written with `xlsx-writer.ts`: 10,000 items, 14,889 lines in
 * about 0.15 s; the same content and clock give the same bytes.
 */
import { formatDay } from '../format-date.ts';
import { formatPercent, formatVnd } from '../format-vnd.ts';
import { percentOf } from '../royalty/decimal.ts';
import { periodInWords } from '../royalty/period.ts';
import { KIND_LABELS, ROLE_LABELS, dayInWordsVi } from './labels.ts';
import { displayName, placeName, type ReportDocument } from './report-document.ts';
import { WorkbookWriter, type CellStyle as Style, type CellValue, type SheetWriter as Sheet } from './xlsx-writer.ts';

const MONEY_FORMAT = '#,##0';

// Every style is one shared object: the writer registers a style by identity, once.
const BOLD: Style = { bold: true };
const HEADER: Style = { bold: true, horizontal: 'center', vertical: 'center', wrap: true, box: true, fill: 'EEEEEE' };
const MONEY_HEADER: Style = { ...HEADER, numFmt: MONEY_FORMAT };
const CELL: Style = { vertical: 'top', wrap: true, box: true };
const MONEY: Style = { ...CELL, numFmt: MONEY_FORMAT };
const TOTAL: Style = { bold: true, box: true };
const TOTAL_MONEY: Style = { ...TOTAL, numFmt: MONEY_FORMAT };
const DETAIL_TOTAL: Style = { ...CELL, bold: true };
const DETAIL_TOTAL_MONEY: Style = { ...MONEY, bold: true };
const WRAP: Style = { wrap: true };
const ITALIC: Style = { italic: true };
const PLACE: Style = { italic: true, horizontal: 'center' };
const SIGNATURE: Style = { bold: true, horizontal: 'center' };
const centered = (bold: boolean, italic: boolean, size: number): Style => ({ bold, italic, size, horizontal: 'center', wrap: true });
const LETTERHEAD = centered(true, false, 12);
const TITLE = centered(true, false, 14);
const SUBTITLE = centered(false, true, 11);

/** A table: a grey bold header, then bordered rows with money columns (1-based) formatted. */
function table(sheet: Sheet, headers: readonly string[], rows: readonly CellValue[][], moneyColumns: readonly number[]): void {
  sheet.addRow(headers, HEADER);
  const styles = headers.map((_, i) => (moneyColumns.includes(i + 1) ? MONEY : CELL));
  for (const values of rows) sheet.addRow(values, styles);
}

function letterhead(sheet: Sheet, doc: ReportDocument, width: number): void {
  const half = Math.floor(width / 2);
  sheet.addRow([doc.site.agency.toUpperCase(), ...Array<CellValue>(half - 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], Object.assign(Array<Style>(width), { 0: LETTERHEAD, [half]: LETTERHEAD }));
  sheet.merge(1, 1, half);
  sheet.merge(1, half + 1, width);
  sheet.addRow([...Array<CellValue>(half), 'Độc lập – Tự do – Hạnh phúc'], Object.assign(Array<Style>(width), { [half]: LETTERHEAD }));
  sheet.merge(2, half + 1, width);
  sheet.addRow([]);
  sheet.addRow(['BẢNG KÊ CHI TRẢ NHUẬN BÚT, THÙ LAO'], TITLE);
  sheet.merge(4, 1, width);
  sheet.addRow([`Trang thông tin điện tử ${doc.site.name} – ${periodInWords(doc.period)} (từ ngày ${formatDay(doc.period.from)} đến ngày ${formatDay(doc.period.to)})`], SUBTITLE);
  sheet.merge(5, 1, width);
  sheet.addRow([]);
}

function basisLines(doc: ReportDocument): string[] {
  const { scheme } = doc;
  const lines = [`Căn cứ ${scheme.basis}.`];
  if (scheme.example) lines.push(`LƯU Ý: quy định "${scheme.id}" đang dùng số liệu mẫu, cần thay theo quyết định của tỉnh.`);
  if ('fixed' in scheme.unitValue) lines.push(`Giá trị một đơn vị hệ số: ${formatVnd(scheme.unitValue.fixed)} (mức cố định).`);
  else {
    const percent = scheme.unitValue.percentOfBaseSalary;
    for (const entry of doc.baseSalaries) {
      lines.push(`Mức lương cơ sở ${formatVnd(entry.amount)} từ ${formatDay(entry.from)} (${entry.basis}); giá trị một đơn vị hệ số ${formatPercent(percent)} = ${formatVnd(percentOf(entry.amount, percent).toNumber())}.`);
    }
  }
  if (doc.taxRule) lines.push(`Thuế TNCN ${formatPercent(doc.taxRule.ratePercent)} khi tổng thu nhập từ ${formatVnd(doc.taxRule.thresholdPerPayment)} (${doc.taxRule.basis}).`);
  return lines;
}

function paymentSheet(book: WorkbookWriter, doc: ReportDocument): void {
  const headers = ['STT', 'Họ và tên (bút danh)', 'Chức vụ, đơn vị', 'Số tài khoản', 'Ngân hàng', 'Mã số thuế', 'Thành tiền', 'Thuế TNCN', 'Thực nhận', 'Ký nhận'];
  const lines = basisLines(doc);
  // The table's header: after the letterhead (6 rows), the basis lines and an empty row.
  const headerRow = 6 + lines.length + 2;
  const sheet = book.addSheet('Bảng kê', { widths: [6, 28, 26, 18, 18, 14, 14, 12, 14, 14], landscapeA4: true, printTitleRow: headerRow });
  letterhead(sheet, doc, headers.length);
  for (const line of lines) sheet.merge(sheet.addRow([`– ${line}`], WRAP), 1, headers.length);
  sheet.addRow([]);
  const { report } = doc;
  table(sheet, headers, report.payees.map((payee, index) => {
    const person = doc.people.get(payee.person);
    const details = doc.payeeDetails.get(payee.person);
    return [index + 1, displayName(doc.people, payee.person, payee.name), [person?.title, person?.unit].filter(Boolean).join(', '),
      details?.bankAccount ?? '', details?.bankName ?? '', details?.taxCode ?? '', payee.gross, payee.tax, payee.net, ''];
  }), [7, 8, 9]);
  sheet.addRow(['', 'Tổng cộng', '', '', '', '', report.totals.gross, report.totals.tax, report.totals.net, ''], headers.map((_, i) => (i >= 6 && i <= 8 ? TOTAL_MONEY : TOTAL)));
  sheet.merge(sheet.addRow([`Bằng chữ: ${report.totals.grossInWords}`], ITALIC), 1, headers.length);
  sheet.addRow([]);
  sheet.merge(sheet.addRow([...Array<CellValue>(6), `${placeName(doc.site)}, ${dayInWordsVi(doc.madeOn)}`], Object.assign(Array<Style>(7), { 6: PLACE })), 7, 10);
  const signatures = (values: CellValue[]) => sheet.addRow(values, values.map((value) => (value ? SIGNATURE : undefined)));
  signatures(['', 'NGƯỜI LẬP BIỂU', 'KẾ TOÁN', '', 'TRƯỞNG BAN BIÊN TẬP', '', '', 'THỦ TRƯỞNG ĐƠN VỊ']);
  for (let i = 0; i < 4; i++) sheet.addRow([]);
  signatures(['', '', '', '', doc.boardHead ?? '', '', '', doc.site.responsible.name]);
}

/** The detail sheet can hold tens of thousands of lines: each row becomes XML as it is added. */
function detailSheet(book: WorkbookWriter, doc: ReportDocument): void {
  const headers = ['STT', 'Loại', 'Họ và tên', 'Tên tin, bài', 'Ngày đăng', 'Thể loại', 'Vai trò', 'Hệ số', 'Tỷ lệ (%)', 'Số tháng', 'Giá trị 1 hệ số', 'Thành tiền'];
  const widths = [6, 12, 24, 40, 12, 18, 14, 8, 10, 10, 14, 14];
  const sheet = book.addSheet('Chi tiết', { widths, landscapeA4: true, printTitleRow: 1, frozenRows: 1 });
  const money = (index: number) => index >= 10;
  sheet.addRow(headers, headers.map((_, i) => (money(i) ? MONEY_HEADER : HEADER)));
  const styles = widths.map((_, i) => (money(i) ? MONEY : CELL));
  const genres = new Map(doc.scheme.genres.map((genre) => [genre.key, genre.label]));
  doc.report.lines.forEach((line, index) => {
    sheet.addRow(line.kind === 'nhuan-but'
      ? [index + 1, KIND_LABELS[line.kind], displayName(doc.people, line.person, line.person), line.title, formatDay(line.date), genres.get(line.genre) ?? line.genre, ROLE_LABELS[line.role], line.coefficient,
          line.onDutyPercent === undefined ? line.share : percentOf(line.share, line.onDutyPercent).toNumber(), null, line.unitValue, line.gross]
      : [index + 1, KIND_LABELS[line.kind], displayName(doc.people, line.person, line.person), 'Thù lao Ban biên tập', null, null, ROLE_LABELS[line.role], line.coefficient, null, line.months, line.unitValue, line.gross], styles);
  });
  sheet.addRow(['', '', 'Tổng cộng', '', '', '', '', '', '', '', '', doc.report.totals.gross], widths.map((_, i) => (money(i) ? DETAIL_TOTAL_MONEY : DETAIL_TOTAL)));
}

function summarySheet(book: WorkbookWriter, doc: ReportDocument): void {
  const sheet = book.addSheet('Tổng hợp', { widths: [6, 30, 12, 30, 16] });
  const { authors, byGenre, byCategory } = doc.summary;
  const title = (text: string) => sheet.addRow([text], BOLD);
  title('Theo người nhận');
  table(sheet, ['STT', 'Họ và tên', 'Số tin, bài', 'Vai trò', 'Thành tiền'], authors.map((author, index) =>
    [index + 1, author.name, author.items, author.roles.map((role) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role).join(', '), author.gross]), [5]);
  sheet.addRow([]);
  title('Theo thể loại');
  table(sheet, ['', 'Thể loại', 'Số tin, bài', '', 'Thành tiền'], byGenre.map((row) => ['', row.label, row.items, '', row.gross]), [5]);
  sheet.addRow([]);
  title('Tin tức theo chuyên mục');
  table(sheet, ['', 'Chuyên mục', 'Số tin'], byCategory.map((row) => ['', row.label, row.items]), []);
}

export async function renderXlsx(doc: ReportDocument): Promise<Uint8Array> {
  // Dated by the clock's day, so that the same content and clock give the same bytes.
  const book = new WorkbookWriter({ font: { name: 'Times New Roman', size: 11 }, creator: 'trangxa', created: new Date(`${doc.madeOn}T00:00:00+07:00`) });
  for (const write of [paymentSheet, detailSheet, summarySheet]) write(book, doc);
  return new Uint8Array(await book.toBuffer());
}
