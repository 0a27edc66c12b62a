import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { columnName, WorkbookWriter, xmlText, type CellStyle } from '../../../src/lib/reports/xlsx-writer.ts';

test.each([
  [1, 'A'],
  [12, 'L'],
  [26, 'Z'],
  [27, 'AA'],
  [52, 'AZ'],
  [53, 'BA'],
  [702, 'ZZ'],
  [703, 'AAA'],
])('column %i is %s', (column, name) => {
  expect(columnName(column)).toBe(name);
});

test.each([
  ['plain Vietnamese text', 'Nhuận bút quý I', 'Nhuận bút quý I'],
  ['the characters XML reserves', 'A & B <"C">', 'A &amp; B &lt;&quot;C&quot;&gt;'],
  ['control characters XML cannot hold', 'Tin\u0000\u0007\u001F số 1', 'Tin số 1'],
  ['tabs and line breaks, which it can', 'a\tb\r\nc', 'a\tb\r\nc'],
])('xmlText keeps %s', (_what, text, xml) => {
  expect(xmlText(text)).toBe(xml);
});

async function read(book: WorkbookWriter): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await book.toBuffer()).buffer as ArrayBuffer);
  return read;
}

const MONEY: CellStyle = { box: true, numFmt: '#,##0', vertical: 'top' };
const PERCENT: CellStyle = { numFmt: '0.0%' };

test('a workbook read back: values, styles, merges, widths, page setup, frozen rows', async () => {
  const book = new WorkbookWriter({
    font: { name: 'Times New Roman', size: 11 },
    creator: 'trangxa',
    created: new Date('2026-01-01T00:00:00+07:00'),
  });
  const sheet = book.addSheet("Kê 'A' – 1", {
    widths: [6, 30],
    landscapeA4: true,
    printTitleRow: 2,
    frozenRows: 2,
  });
  expect(sheet.addRow(['Tiêu đề'], { bold: true, size: 14, horizontal: 'center', wrap: true })).toBe(1);
  sheet.merge(1, 1, 2);
  sheet.addRow(['STT', 'Số tiền'], { bold: true, fill: 'EEEEEE', box: true });
  sheet.addRow([1, 1_490_000], [undefined, MONEY]);
  sheet.addRow(['', Number.NaN, 0.25], [MONEY, MONEY, PERCENT]);
  sheet.addRow([' lề ', null]);
  const other = book.addSheet('Khác', { widths: [10] });
  other.addRow([]);
  other.addRow(['ô A2'], MONEY);

  const read1 = await read(book);
  const [first, second] = read1.worksheets;
  expect(read1.creator).toBe('trangxa');
  expect(read1.created).toEqual(new Date('2026-01-01T00:00:00+07:00'));
  expect(first!.name).toBe("Kê 'A' – 1");
  expect(first!.model.merges).toEqual(['A1:B1']);
  expect(first!.getCell('B1').font).toMatchObject({ bold: true, size: 14 });
  expect(() => sheet.merge(2, 1, 2)).toThrow('Chỉ gộp được ô của dòng vừa thêm (dòng 5)');
  expect(first!.columns.map((column) => column.width).slice(0, 2)).toEqual([6, 30]);
  expect(first!.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '2:2',
  });
  expect(first!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(first!.getCell('A1')).toMatchObject({
    value: 'Tiêu đề',
    font: { name: 'Times New Roman', bold: true, size: 14 },
    alignment: { horizontal: 'center', wrapText: true },
  });
  expect(first!.getCell('B2').fill).toMatchObject({
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: 'FFEEEEEE' },
  });
  expect(first!.getCell('B2').border).toMatchObject({
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  });
  expect(first!.getCell('B3')).toMatchObject({
    value: 1_490_000,
    numFmt: '#,##0',
    alignment: { vertical: 'top' },
  });
  // An empty string or a number that is not finite leaves a styled, empty cell.
  expect([first!.getCell('A4').value, first!.getCell('B4').value, first!.getCell('B4').numFmt]).toEqual([
    null,
    null,
    '#,##0',
  ]);
  expect([first!.getCell('C4').value, first!.getCell('C4').numFmt]).toEqual([0.25, '0.0%']);
  expect(first!.getCell('A5').value).toBe(' lề ');
  expect(second!.name).toBe('Khác');
  expect(second!.getCell('A2')).toMatchObject({ value: 'ô A2', numFmt: '#,##0' });
  expect(second!.pageSetup.printTitlesRow).toBeUndefined();
});
