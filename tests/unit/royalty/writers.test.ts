import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import type { Site } from '../../../src/lib/content/types.ts';
import { calculateRoyalties } from '../../../src/lib/royalty/calculate.ts';
import { summarize } from '../../../src/lib/royalty/summary.ts';
import type { ReportDocument } from '../../../src/lib/reports/report-document.ts';
import { writeFilesAtomically } from '../../../src/lib/reports/write-atomic.ts';
import { renderCsv } from '../../../src/lib/reports/write-csv.ts';
import { renderHtml } from '../../../src/lib/reports/write-html.ts';
import { renderJson } from '../../../src/lib/reports/write-json.ts';
import { renderXlsx } from '../../../src/lib/reports/write-xlsx.ts';
import { xmlText } from '../../../src/lib/reports/xlsx-book.ts';
import { startXlsxWorker } from '../../../src/lib/reports/xlsx-in-worker.ts';
import { input, item, people, schemeWithBoardPay } from './build-input.ts';

const site: Site = {
  name: 'Xã Ea Trol', agency: 'Ủy ban nhân dân xã Ea Trol', parents: [], responsible: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND xã' },
  address: 'Thôn Hai Riêng', phone: '0257', email: 'eatrol@phuyen.gov.vn', infoContact: { name: 'Trần Thị Lan' }, royaltyScheme: 'phu-yen-28-2021',
};

function documentFor(): ReportDocument {
  const items = [item('2022-01-18', 'tin-kem-anh', 1.5, [
    { person: 'nguyen-van-an', role: 'tac-gia', share: 70 },
    { person: 'le-van-binh', role: 'anh', share: 30 },
  ], { title: 'Hội nghị "triển khai", năm 2022', path: 'tin-tuc/2022/hoi-nghi', file: 'ea-trol/tin-tuc/2022/hoi-nghi.md' })];
  const royaltyInput = input('2022-Q1', { scheme: schemeWithBoardPay, items });
  const { report, baseSalaries, taxRule } = calculateRoyalties(royaltyInput);
  return {
    report, baseSalaries, taxRule, site, scheme: schemeWithBoardPay, period: royaltyInput.period,
    summary: summarize(report, items, schemeWithBoardPay),
    people: new Map(people.map((p) => [p.id, p])),
    payeeDetails: new Map([['nguyen-van-an', { person: 'nguyen-van-an', bankAccount: '0123456789', bankName: 'Agribank Sông Hinh' }]]),
    boardHead: 'Nguyễn Văn Hùng',
    madeOn: '2022-04-01',
  };
}

describe('CSV for Excel', () => {
  const csv = renderCsv(documentFor());
  test('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFSTT,')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(5);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });
  test('quotes a title with a comma and doubles its quotes', () => {
    expect(csv).toContain('"Hội nghị ""triển khai"", năm 2022"');
  });
  test('holds the totals in figures and words, and no bank account', () => {
    expect(csv).toContain(',,Tổng cộng,670000,0,670000');
    expect(csv).toContain('Bằng chữ: Sáu trăm bảy mươi nghìn đồng');
    expect(csv).not.toContain('0123456789');
  });
});

test('the same content and clock give byte-identical JSON and CSV', () => {
  expect(renderJson(documentFor().report)).toBe(renderJson(documentFor().report));
  expect(renderCsv(documentFor())).toBe(renderCsv(documentFor()));
});

describe('printable HTML', () => {
  const html = renderHtml(documentFor());
  test.each([
    ['is in Vietnamese', '<html lang="vi">'],
    ['prints on A4', '@page { size: A4 landscape;'],
    ['carries the national motto', 'Độc lập – Tự do – Hạnh phúc'],
    ['names the period', 'Quý I năm 2022 (từ ngày 01/01/2022 đến ngày 31/03/2022)'],
    ['states the base salary and unit value', 'giá trị một đơn vị hệ số = 10% × 1.490.000 = <strong>149.000 đồng</strong>'],
    ['writes the total in words', 'Sáu trăm bảy mươi nghìn đồng'],
    ['has the place and date', 'Ea Trol, ngày 01 tháng 4 năm 2022'],
    ['has the accountant signature block', 'Kế toán'],
    ['has the head of the board signature block', 'Trưởng Ban biên tập'],
    ['shows the private bank account on the printed list', '0123456789 – Agribank Sông Hinh'],
    ['uses scoped header cells', '<th scope="col">Thành tiền</th>'],
    ['escapes titles', 'Hội nghị &quot;triển khai&quot;, năm 2022'],
  ])('%s', (_title, expected) => {
    expect(html).toContain(expected);
  });
});

test('XLSX has the three sheets, money formats and the total', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(renderXlsx(documentFor()).buffer as ArrayBuffer);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Bảng kê', 'Chi tiết', 'Tổng hợp']);
  const sheet = book.getWorksheet('Bảng kê')!;
  const cells: unknown[] = [];
  sheet.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
  expect(cells).toContain('Tổng cộng');
  expect(cells).toContain(670_000);
  expect(cells).toContain('Bằng chữ: Sáu trăm bảy mươi nghìn đồng');
  expect(sheet.pageSetup.orientation).toBe('landscape');
});

test('XLSX detail sheet: frozen header, print titles, bordered lines with money formats', async () => {
  const doc = documentFor();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(renderXlsx(doc).buffer as ArrayBuffer);
  const sheet = book.getWorksheet('Chi tiết')!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
  expect(sheet.columns.map((column) => column.width)).toEqual([6, 12, 24, 40, 12, 18, 14, 8, 10, 10, 14, 14]);
  expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
  const lines = doc.report.lines.length;
  expect(sheet.getRow(2).getCell(4).value).toBe('Hội nghị "triển khai", năm 2022');
  expect(sheet.getRow(2).getCell(4).border?.left?.style).toBe('thin');
  expect(sheet.getRow(lines + 1).getCell(12).numFmt).toBe('#,##0');
  expect(sheet.getRow(lines + 1).getCell(12).value).toBe(doc.report.lines.at(-1)!.gross);
  expect(sheet.getRow(lines + 2).getCell(12).value).toBe(doc.report.totals.gross);
});

test('XLSX built in a worker thread is the same file as one built here', { timeout: 30_000 }, async () => {
  const doc = documentFor();
  const worker = startXlsxWorker();
  const fromWorker = await worker.render(doc).finally(() => worker.close());
  expect(fromWorker).toEqual(renderXlsx(doc));
});

test('the same content and clock give a byte-identical XLSX', () => {
  expect(renderXlsx(documentFor())).toEqual(renderXlsx(documentFor()));
});

test.each([
  ['escapes the characters XML reserves', 'A & B <"C">', 'A &amp; B &lt;&quot;C&quot;&gt;'],
  ['drops control characters XML cannot hold', 'Tin\u0007 số 1', 'Tin số 1'],
  ['keeps Vietnamese text and line breaks', 'Hội nghị\nthôn', 'Hội nghị\nthôn'],
])('XLSX text %s', (_title, text, xml) => {
  expect(xmlText(text)).toBe(xml);
});

test('atomic writes leave no temporary file behind', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trangxa-atomic-'));
  await writeFilesAtomically([{ path: join(dir, 'a/x.json'), data: '{}\n' }, { path: join(dir, 'a/x.csv'), data: 'a\r\n' }]);
  expect((await readdir(join(dir, 'a'))).toSorted()).toEqual(['x.csv', 'x.json']);
  expect(await readFile(join(dir, 'a/x.json'), 'utf8')).toBe('{}\n');
});
