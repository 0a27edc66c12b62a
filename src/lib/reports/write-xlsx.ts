/**
 * `nhuan-but-<period>.xlsx` for the accountant: sheet "Bảng kê" (letterhead, basis, payees
 * with totals, signature rows, A4 landscape, one page wide), "Chi tiết" (every line) and
 * "Tổng hợp" (the board's summary). Numbers are real numbers with the `#,##0` format, so
 * Excel can still sum them.
 *
 * Written with exceljs's streaming writer: each detail row becomes XML as soon as it is added
 * and the parts are deflated by Node's zlib, instead of holding the whole workbook in memory
 * and zipping it in JavaScript (10,000 items, 14,889 lines: 0.7 s of CPU against 2.4-3.0 s).
 * Strings are written in their cells, not in a shared-strings table (0.1 s less).
 */
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { formatDay } from '../format-date.ts';
import { formatPercent, formatVnd } from '../format-vnd.ts';
import { percentOf } from '../royalty/decimal.ts';
import { periodInWords } from '../royalty/period.ts';
import { KIND_LABELS, ROLE_LABELS, dayInWordsVi } from './labels.ts';
import { displayName, placeName, type ReportDocument } from './report-document.ts';

type Sheet = ExcelJS.Worksheet;
type Style = Partial<ExcelJS.Style>;
type CellValue = string | number | null | undefined;

// Only the streaming writer: exceljs's entry point also loads its readers, CSV and the in-memory
// workbook, 660 modules against 205 (0.17 s less to load, on a core the content is read on).
const WorkbookWriter = createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-writer.js') as typeof ExcelJS.stream.xlsx.WorkbookWriter;

const FONT = 'Times New Roman';
const MONEY_FORMAT = '#,##0';
const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const A4_LANDSCAPE: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

// Every style is one shared object: exceljs remembers the id of a style object it has seen,
// so a style used by thousands of cells is turned into XML once. Never change a cell's style in place.
const font = (style: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> => ({ name: FONT, family: 1, size: 11, ...style });
const BOLD: Style = { font: font({ bold: true }) };
const HEADER: Style = { ...BOLD, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BOX, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } } };
const MONEY_HEADER: Style = { ...HEADER, numFmt: MONEY_FORMAT };
const CELL: Style = { alignment: { vertical: 'top', wrapText: true }, border: BOX };
const MONEY: Style = { ...CELL, numFmt: MONEY_FORMAT };
const TOTAL: Style = { ...BOLD, border: BOX };
const TOTAL_MONEY: Style = { ...TOTAL, numFmt: MONEY_FORMAT };
const DETAIL_TOTAL: Style = { ...CELL, ...BOLD };
const DETAIL_TOTAL_MONEY: Style = { ...MONEY, ...BOLD };
const WRAP: Style = { alignment: { wrapText: true } };
const ITALIC: Style = { font: font({ italic: true }) };
const PLACE: Style = { ...ITALIC, alignment: { horizontal: 'center' } };
const SIGNATURE: Style = { ...BOLD, alignment: { horizontal: 'center' } };
const centered = (bold: boolean, italic: boolean, size: number): Style => ({ font: font({ bold, italic, size }), alignment: { horizontal: 'center', wrapText: true } });
const LETTERHEAD = centered(true, false, 12);
const TITLE = centered(true, false, 14);
const SUBTITLE = centered(false, true, 11);

/**
 * Appends a row: its values, and one style for every value or one per cell. An empty string
 * or a number that is not finite (which has no XML form) leaves its cell empty.
 */
function addRow(sheet: Sheet, values: readonly CellValue[], styles?: Style | readonly (Style | undefined)[]): ExcelJS.Row {
  const row = sheet.addRow(values.map((value) => (value === '' || (typeof value === 'number' && !Number.isFinite(value)) ? null : value)));
  const count = Array.isArray(styles) ? styles.length : values.length;
  for (let i = 0; i < count; i++) {
    const style = Array.isArray(styles) ? styles[i] : styles;
    if (style) row.getCell(i + 1).style = style;
  }
  return row;
}

const merge = (sheet: Sheet, row: number, from: number, to: number) => sheet.mergeCells(row, from, row, to);

/** A table: a grey bold header, then bordered rows with money columns (1-based) formatted. */
function table(sheet: Sheet, headers: readonly string[], rows: readonly CellValue[][], moneyColumns: readonly number[]): void {
  addRow(sheet, headers, HEADER);
  const styles = headers.map((_, i) => (moneyColumns.includes(i + 1) ? MONEY : CELL));
  for (const values of rows) addRow(sheet, values, styles);
}

function letterhead(sheet: Sheet, doc: ReportDocument, width: number): void {
  const half = Math.floor(width / 2);
  addRow(sheet, [doc.site.agency.toUpperCase(), ...Array<CellValue>(half - 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], Object.assign(Array<Style>(width), { 0: LETTERHEAD, [half]: LETTERHEAD }));
  merge(sheet, 1, 1, half);
  merge(sheet, 1, half + 1, width);
  addRow(sheet, [...Array<CellValue>(half), 'Độc lập – Tự do – Hạnh phúc'], Object.assign(Array<Style>(width), { [half]: LETTERHEAD }));
  merge(sheet, 2, half + 1, width);
  addRow(sheet, []);
  addRow(sheet, ['BẢNG KÊ CHI TRẢ NHUẬN BÚT, THÙ LAO'], TITLE);
  merge(sheet, 4, 1, width);
  addRow(sheet, [`Trang thông tin điện tử ${doc.site.name} – ${periodInWords(doc.period)} (từ ngày ${formatDay(doc.period.from)} đến ngày ${formatDay(doc.period.to)})`], SUBTITLE);
  merge(sheet, 5, 1, width);
  addRow(sheet, []);
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

function paymentSheet(book: ExcelJS.Workbook, doc: ReportDocument): void {
  const headers = ['STT', 'Họ và tên (bút danh)', 'Chức vụ, đơn vị', 'Số tài khoản', 'Ngân hàng', 'Mã số thuế', 'Thành tiền', 'Thuế TNCN', 'Thực nhận', 'Ký nhận'];
  const lines = basisLines(doc);
  // The table's header: after the letterhead (6 rows), the basis lines and an empty row.
  const headerRow = 6 + lines.length + 2;
  const sheet = book.addWorksheet('Bảng kê', { pageSetup: { ...A4_LANDSCAPE, printTitlesRow: `${headerRow}:${headerRow}` }, views: [{ state: 'normal' }] });
  sheet.columns = [6, 28, 26, 18, 18, 14, 14, 12, 14, 14].map((width) => ({ width }));
  letterhead(sheet, doc, headers.length);
  for (const line of lines) merge(sheet, addRow(sheet, [`– ${line}`], WRAP).number, 1, headers.length);
  addRow(sheet, []);
  const { report } = doc;
  table(sheet, headers, report.payees.map((payee, index) => {
    const person = doc.people.get(payee.person);
    const details = doc.payeeDetails.get(payee.person);
    return [index + 1, displayName(doc.people, payee.person, payee.name), [person?.title, person?.unit].filter(Boolean).join(', '),
      details?.bankAccount ?? '', details?.bankName ?? '', details?.taxCode ?? '', payee.gross, payee.tax, payee.net, ''];
  }), [7, 8, 9]);
  addRow(sheet, ['', 'Tổng cộng', '', '', '', '', report.totals.gross, report.totals.tax, report.totals.net, ''], headers.map((_, i) => (i >= 6 && i <= 8 ? TOTAL_MONEY : TOTAL)));
  merge(sheet, addRow(sheet, [`Bằng chữ: ${report.totals.grossInWords}`], ITALIC).number, 1, headers.length);
  addRow(sheet, []);
  merge(sheet, addRow(sheet, [...Array<CellValue>(6), `${placeName(doc.site)}, ${dayInWordsVi(doc.madeOn)}`], Object.assign(Array<Style>(7), { 6: PLACE })).number, 7, 10);
  const signatures = (values: CellValue[]) => addRow(sheet, values, values.map((value) => (value ? SIGNATURE : undefined)));
  signatures(['', 'NGƯỜI LẬP BIỂU', 'KẾ TOÁN', '', 'TRƯỞNG BAN BIÊN TẬP', '', '', 'THỦ TRƯỞNG ĐƠN VỊ']);
  for (let i = 0; i < 4; i++) addRow(sheet, []);
  signatures(['', '', '', '', doc.boardHead ?? '', '', '', doc.site.responsible.name]);
  sheet.commit();
}

/** The detail sheet can hold tens of thousands of lines: each row is written out once added. */
function detailSheet(book: ExcelJS.Workbook, doc: ReportDocument): void {
  const headers = ['STT', 'Loại', 'Họ và tên', 'Tên tin, bài', 'Ngày đăng', 'Thể loại', 'Vai trò', 'Hệ số', 'Tỷ lệ (%)', 'Số tháng', 'Giá trị 1 hệ số', 'Thành tiền'];
  const widths = [6, 12, 24, 40, 12, 18, 14, 8, 10, 10, 14, 14];
  const sheet = book.addWorksheet('Chi tiết', { pageSetup: { ...A4_LANDSCAPE, printTitlesRow: '1:1' }, views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = widths.map((width) => ({ width }));
  const money = (index: number) => index >= 10;
  addRow(sheet, headers, headers.map((_, i) => (money(i) ? MONEY_HEADER : HEADER))).commit();
  const styles = widths.map((_, i) => (money(i) ? MONEY : CELL));
  const genres = new Map(doc.scheme.genres.map((genre) => [genre.key, genre.label]));
  doc.report.lines.forEach((line, index) => {
    addRow(sheet, line.kind === 'nhuan-but'
      ? [index + 1, KIND_LABELS[line.kind], displayName(doc.people, line.person, line.person), line.title, formatDay(line.date), genres.get(line.genre) ?? line.genre, ROLE_LABELS[line.role], line.coefficient,
          line.onDutyPercent === undefined ? line.share : percentOf(line.share, line.onDutyPercent).toNumber(), null, line.unitValue, line.gross]
      : [index + 1, KIND_LABELS[line.kind], displayName(doc.people, line.person, line.person), 'Thù lao Ban biên tập', null, null, ROLE_LABELS[line.role], line.coefficient, null, line.months, line.unitValue, line.gross], styles).commit();
  });
  addRow(sheet, ['', '', 'Tổng cộng', '', '', '', '', '', '', '', '', doc.report.totals.gross], widths.map((_, i) => (money(i) ? DETAIL_TOTAL_MONEY : DETAIL_TOTAL)));
  sheet.commit();
}

function summarySheet(book: ExcelJS.Workbook, doc: ReportDocument): void {
  const sheet = book.addWorksheet('Tổng hợp', { views: [{ state: 'normal' }] });
  sheet.columns = [6, 30, 12, 30, 16].map((width) => ({ width }));
  const { authors, byGenre, byCategory } = doc.summary;
  const title = (text: string) => addRow(sheet, [text], BOLD);
  title('Theo người nhận');
  table(sheet, ['STT', 'Họ và tên', 'Số tin, bài', 'Vai trò', 'Thành tiền'], authors.map((author, index) =>
    [index + 1, author.name, author.items, author.roles.map((role) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role).join(', '), author.gross]), [5]);
  addRow(sheet, []);
  title('Theo thể loại');
  table(sheet, ['', 'Thể loại', 'Số tin, bài', '', 'Thành tiền'], byGenre.map((row) => ['', row.label, row.items, '', row.gross]), [5]);
  addRow(sheet, []);
  title('Tin tức theo chuyên mục');
  table(sheet, ['', 'Chuyên mục', 'Số tin'], byCategory.map((row) => ['', row.label, row.items]), []);
  sheet.commit();
}

export async function renderXlsx(doc: ReportDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Level 1: level 6 makes the 10,000-item workbook 22% smaller (0.8 MB) for 0.3 s more CPU.
  const book = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  book.creator = book.lastModifiedBy = 'trangxa';
  // The clock's day, so that the same run gives the same workbook content. The zip entries
  // still carry the time of writing (exceljs gives no way to set it): the file's bytes differ.
  book.created = book.modified = new Date(`${doc.madeOn}T00:00:00+07:00`);
  for (const write of [paymentSheet, detailSheet, summarySheet]) write(book, doc);
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
