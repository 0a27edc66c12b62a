import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { writeFilesAtomically, type OutputFile } from '../../../src/lib/reports/write-atomic.ts';
import { renderCsv, renderStaffCsv } from '../../../src/lib/reports/write-csv.ts';
import { renderHtml } from '../../../src/lib/reports/write-html.ts';
import { renderXlsx } from '../../../src/lib/reports/write-xlsx.ts';
import { documentFor } from './sample-document.ts';

/** A file made in parts, as one text. */
const text = (parts: Iterable<string>): string => [...parts].join('');

describe('CSV for Excel', () => {
  const csv = text(renderCsv(documentFor()));
  test('starts with a UTF-8 byte-order mark, the status of the list and the unit, and ends lines with CRLF', () => {
    expect(
      csv.startsWith(
        '\uFEFFDỰ THẢO,"Bảng kê chi trả nhuận bút, thù lao – Xã Ea Trol – kỳ 2022-Q1",Đơn vị tính: đồng\r\n',
      ),
    ).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(5);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });
  test('quotes a title with a comma and doubles its quotes', () => {
    expect(csv).toContain('"Hội nghị ""triển khai"", năm 2022"');
  });
  test('holds the totals in figures and words, and no bank account', () => {
    expect(csv).toContain(',,Tổng cộng,894000,0,894000');
    expect(csv).toContain('Tổng số tiền bằng chữ: Tám trăm chín mươi bốn nghìn đồng');
    expect(csv).toContain('Thực nhận bằng chữ: Tám trăm chín mươi bốn nghìn đồng');
    expect(csv).not.toContain('0123456789');
  });
});

test("staff income: the staff member's nhuận bút and thù lao, for the payroll", () => {
  // Trần Thị Lan (staff), thư ký: 0.5 × 149 000 × 3 = 223 500 → 224 000
  expect(text(renderStaffCsv(documentFor()))).toContain(
    '1,tran-thi-lan,Trần Thị Lan,,0,224000,224000\r\n,,Tổng cộng,,0,224000,224000',
  );
});

// Two command processes: each strips the types of its modules at start, slow on a busy machine.
test(
  'two processes in different time zones and locales write the same bytes for the same content and clock',
  { timeout: 60_000 },
  async () => {
    const run = promisify(execFile);
    const dir = await mkdtemp(join(tmpdir(), 'trangxa-deterministic-'));
    const script = join(import.meta.dirname, 'sample-document.ts');
    await run(process.execPath, [script, join(dir, 'a')], {
      env: { ...process.env, TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
    });
    await run(process.execPath, [script, join(dir, 'b')], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' },
    });
    const files = (await readdir(join(dir, 'a', 'ea-trol'))).toSorted();
    expect(files).toEqual([
      'nhuan-but-2022-Q1.csv',
      'nhuan-but-2022-Q1.html',
      'nhuan-but-2022-Q1.json',
      'nhuan-but-2022-Q1.xlsx',
      'thu-nhap-can-bo-2022-Q1.csv',
      'tong-hop-2022-Q1.json',
    ]);
    for (const file of files) {
      expect(await readFile(join(dir, 'b', 'ea-trol', file)), file).toEqual(
        await readFile(join(dir, 'a', 'ea-trol', file)),
      );
    }
  },
);

describe('printable HTML', () => {
  const html = text(renderHtml(documentFor()));
  test.each([
    ['is in Vietnamese', '<html lang="vi">'],
    [
      'prints on A4 with "Trang x/y" at the foot of every page',
      '@bottom-center { content: "Trang " counter(page) "/" counter(pages);',
    ],
    ['says DỰ THẢO on every printed page', '<div class="draft-mark" aria-hidden="true">DỰ THẢO</div>'],
    ['carries the national motto', 'Độc lập – Tự do – Hạnh phúc'],
    ['names the period', 'Quý I năm 2022 (từ ngày 01/01/2022 đến ngày 31/03/2022)'],
    ['cites the national decree', 'Căn cứ Nghị định 18/2014/NĐ-CP ngày 14/3/2014'],
    ["cites the scheme's decision", 'Căn cứ Quyết định 28/2021/QĐ-UBND ngày 14/8/2021 của UBND tỉnh Phú Yên'],
    [
      "cites the board's decision in force",
      'Căn cứ Quyết định số 45/QĐ-UBND ngày 10/06/2021 (người ký: Nguyễn Văn Hùng) về Ban biên tập',
    ],
    ['states the base salary and unit value', 'giá trị một đơn vị hệ số = 10% × 1.490.000 = 149.000 đồng'],
    ['states the tax rule of the payment day', 'Ngày chi trả 05/04/2022: khấu trừ thuế TNCN 10%'],
    ['gives the unit of money', '<p class="unit">Đơn vị tính: đồng</p>'],
    [
      'writes the total and the net in words',
      'Thực nhận bằng chữ:</strong> <em>Tám trăm chín mươi bốn nghìn đồng</em>',
    ],
    [
      'keeps the last rows, the total, the words and the signatures together',
      '<div class="closing"><table class="payees">',
    ],
    ['has the place and date', 'Ea Trol, ngày 01 tháng 4 năm 2022'],
    [
      'has the head of the board signature block',
      '<p class="upper">Trưởng Ban biên tập</p><p class="note">(Ký, ghi rõ họ tên)</p><p class="name">Nguyễn Văn Hùng</p>',
    ],
    ['shows the private bank account on the printed list', '0123456789 – Agribank Sông Hinh'],
    ['uses scoped header cells', '<th scope="col">Thành tiền</th>'],
    ['escapes titles', 'Hội nghị &quot;triển khai&quot;, năm 2022'],
    ['prints news categories by their label', '<th scope="row">Văn hóa - Xã hội</th>'],
    [
      'lists staff income',
      '<th scope="row">Trần Thị Lan</th><td></td><td class="num">0</td><td class="num">224.000</td>',
    ],
  ])('%s', (_title, expected) => {
    expect(html).toContain(expected);
  });

  test('never prints a category code', () => {
    expect(html).not.toContain('van-hoa-xa-hoi');
  });

  test('the head of the unit who is also the head of the board and a payee signs once, and the list says so', () => {
    const same = text(
      renderHtml(documentFor({ responsible: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch UBND xã' } })),
    );
    expect(same.match(/<p class="name">Nguyễn Văn Hùng<\/p>/g)).toHaveLength(1);
    expect(same).not.toContain('Trưởng Ban biên tập</p>');
    expect(same).toContain(
      'Lưu ý: Nguyễn Văn Hùng (Thủ trưởng đơn vị) cũng có tên trong danh sách nhận tiền',
    );
  });
});

async function readXlsx(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data.buffer as ArrayBuffer);
  return book;
}

/** The values of a sheet's rows, from its first row, empty cells as null. */
function rowValues(sheet: ExcelJS.Worksheet): unknown[][] {
  return Array.from({ length: sheet.rowCount }, (_, i) => {
    const row = sheet.getRow(i + 1);
    return Array.from({ length: row.cellCount }, (_, c) => row.getCell(c + 1).value ?? null);
  });
}

describe('XLSX payment sheet "Bảng kê"', async () => {
  const book = await readXlsx(await renderXlsx(documentFor()));
  const sheet = book.getWorksheet('Bảng kê')!;
  const rows = rowValues(sheet);
  const header = rows.findIndex((values) => values[0] === 'STT') + 1;

  test("the workbook has the four sheets, by the clock's day", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Bảng kê', 'Chi tiết', 'Tổng hợp', 'Thu nhập CBCC']);
    expect(book.creator).toBe('trangxa');
    expect(book.created).toEqual(new Date('2022-04-01T00:00:00+07:00'));
    expect(book.modified).toEqual(new Date('2022-04-01T00:00:00+07:00'));
  });
  test('letterhead: agency and national motto side by side, title and period across the page', () => {
    expect(rows[0]![0]).toBe('ỦY BAN NHÂN DÂN XÃ EA TROL');
    expect(rows[0]![5]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(rows[1]![5]).toBe('Độc lập – Tự do – Hạnh phúc');
    expect(rows[3]![0]).toBe('BẢNG KÊ CHI TRẢ NHUẬN BÚT, THÙ LAO');
    expect(rows[4]![0]).toBe(
      'Trang thông tin điện tử Xã Ea Trol – Quý I năm 2022 (từ ngày 01/01/2022 đến ngày 31/03/2022)',
    );
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 12 });
    expect(sheet.getCell('A4').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('A5').font).toMatchObject({ italic: true });
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:E1', 'F1:J1', 'F2:J2', 'A4:J4', 'A5:J5']));
  });
  test('payees in a bordered table with money formats, then the totals in figures and words', () => {
    expect(rows[header - 1]).toEqual([
      'STT',
      'Họ và tên (bút danh)',
      'Chức vụ, đơn vị',
      'Số tài khoản',
      'Ngân hàng',
      'Mã số thuế',
      'Thành tiền',
      'Thuế TNCN',
      'Thực nhận',
      'Ký nhận',
    ]);
    expect(sheet.getRow(header).getCell(1).fill).toMatchObject({
      pattern: 'solid',
      fgColor: { argb: 'FFEEEEEE' },
    });
    const an = rows.find((values) => values[1] === 'Nguyễn Văn An')!;
    const anRow = rows.indexOf(an) + 1;
    // exceljs reads a cached 0 as no result: Excel and LibreOffice show it (see the LibreOffice test).
    expect(an.slice(3, 9)).toEqual([
      '0123456789',
      'Agribank Sông Hinh',
      null,
      156_000,
      { formula: `IF(G${anRow}>=2000000,ROUND(G${anRow}*10/100,0),0)` },
      { formula: `G${anRow}-H${anRow}`, result: 156_000 },
    ]);
    const total = rows.findIndex((values) => values[1] === 'Tổng cộng') + 1;
    // Totals are SUM formulas with their values cached, so that a corrected row updates them.
    expect(rows[total - 1]!.slice(6, 9)).toEqual([
      { formula: `SUM(G${header + 1}:G${total - 1})`, result: 894_000 },
      { formula: `SUM(H${header + 1}:H${total - 1})` },
      { formula: `SUM(I${header + 1}:I${total - 1})`, result: 894_000 },
    ]);
    expect(sheet.getRow(total).getCell(7)).toMatchObject({
      numFmt: '#,##0',
      font: { bold: true },
      border: { left: { style: 'thin' } },
    });
    expect(sheet.getRow(header + 1).getCell(7).numFmt).toBe('#,##0');
    expect(rows[total]![0]).toBe('Tổng số tiền bằng chữ: Tám trăm chín mươi bốn nghìn đồng.');
    expect(rows[total + 1]![0]).toBe('Thực nhận bằng chữ: Tám trăm chín mươi bốn nghìn đồng.');
    expect(sheet.model.merges).toContain(`A${total + 1}:J${total + 1}`);
  });
  test('place, date and the four signature blocks with names', () => {
    const place = rows.findIndex((values) => values[6] === 'Ea Trol, ngày 01 tháng 4 năm 2022') + 1;
    expect(place).toBeGreaterThan(header);
    expect(sheet.model.merges).toContain(`G${place}:J${place}`);
    expect(rows[place]).toEqual([
      null,
      'NGƯỜI LẬP BIỂU',
      null,
      'KẾ TOÁN',
      null,
      'TRƯỞNG BAN BIÊN TẬP',
      null,
      null,
      'THỦ TRƯỞNG ĐƠN VỊ',
    ]);
    expect(rows[place + 1]).toEqual([null, null, null, null, null, null, null, null, 'Chủ tịch UBND xã']);
    expect(rows[place + 6]).toEqual([
      null,
      null,
      null,
      null,
      null,
      'Nguyễn Văn Hùng',
      null,
      null,
      'Ksor Y Phun',
    ]);
    expect(sheet.getRow(place + 1).getCell(2).font).toMatchObject({ bold: true });
  });
  test('the status under the letterhead, the unit above the table', () => {
    expect(rows[6]![0]).toBe('DỰ THẢO');
    expect(rows[header - 2]![6]).toBe('Đơn vị tính: đồng');
  });
  test('A4 landscape, one page wide, the table header repeated on every page, "Trang x/y" in the footer', () => {
    expect(sheet.headerFooter).toMatchObject({
      oddHeader: '&LỦy ban nhân dân xã Ea Trol&RDỰ THẢO',
      oddFooter: '&CTrang &P/&N',
    });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
    });
    expect(sheet.columns.map((column) => column.width)).toEqual([6, 28, 26, 18, 18, 14, 14, 12, 14, 14]);
  });
});

test('XLSX detail sheet: frozen header, print titles, bordered lines with money formats', async () => {
  const doc = documentFor();
  const sheet = (await readXlsx(await renderXlsx(doc))).getWorksheet('Chi tiết')!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
  expect(sheet.columns.map((column) => column.width)).toEqual([6, 12, 24, 40, 12, 18, 14, 8, 10, 10, 14, 14]);
  expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
  const lines = doc.report.lines.length;
  expect(sheet.getRow(2).getCell(4).value).toBe('Hội nghị "triển khai", năm 2022');
  expect(sheet.getRow(2).getCell(4).border?.left?.style).toBe('thin');
  expect(sheet.getRow(lines + 1).getCell(12).numFmt).toBe('#,##0');
  expect(sheet.getRow(lines + 1).getCell(12).value).toBe(doc.report.lines.at(-1)!.gross);
  expect(sheet.getRow(lines + 2).getCell(12).value).toEqual({
    formula: `SUM(L2:L${lines + 1})`,
    result: doc.report.totals.gross,
  });
  expect(sheet.getRow(lines + 2).getCell(12).font).toMatchObject({ bold: true });
});

test('XLSX summary sheet: by payee, by genre, news by category', async () => {
  const rows = rowValues((await readXlsx(await renderXlsx(documentFor()))).getWorksheet('Tổng hợp')!);
  expect(
    rows.map((values) => values[0]).filter((value) => typeof value === 'string' && value.startsWith('T')),
  ).toEqual(['Theo người nhận', 'Theo thể loại', 'Tin tức theo chuyên mục']);
  expect(rows).toContainEqual([null, 'Tin kèm ảnh', 1, null, 223_000]);
  expect(rows).toContainEqual([null, 'Văn hóa - Xã hội', 1]);
});

test.each([
  ['keeps the characters XML reserves', 'A & B <"C">', 'A & B <"C">'],
  ['drops control characters XML cannot hold', 'Tin\u0007 số 1', 'Tin số 1'],
  ['keeps Vietnamese text and line breaks', 'Hội nghị\nthôn', 'Hội nghị\nthôn'],
])('XLSX title %s', async (_title, title, read) => {
  const doc = documentFor();
  const lines = doc.report.lines.map((line, i) => (i === 0 ? { ...line, title } : line));
  const book = await readXlsx(await renderXlsx({ ...doc, report: { ...doc.report, lines } }));
  expect(book.getWorksheet('Chi tiết')!.getCell('D2').value).toBe(read);
});

test('XLSX: a number that is not finite leaves its cell empty', async () => {
  const doc = documentFor();
  const lines = doc.report.lines.map((line, i) =>
    i === 0 ? { ...line, coefficient: Number.NaN, unitValue: Number.POSITIVE_INFINITY } : line,
  );
  const sheet = (await readXlsx(await renderXlsx({ ...doc, report: { ...doc.report, lines } }))).getWorksheet(
    'Chi tiết',
  )!;
  expect([sheet.getCell('H2').value, sheet.getCell('K2').value, sheet.getCell('L2').value]).toEqual([
    null,
    null,
    doc.report.lines[0]!.gross,
  ]);
});

test('the workbook is dated by the clock: another day, other bytes', async () => {
  const [a, later] = await Promise.all([
    renderXlsx(documentFor()),
    renderXlsx({ ...documentFor(), madeOn: '2022-04-02' }),
  ]);
  expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
});

test('XLSX: every cell is in Times New Roman, table cells too', async () => {
  const book = await readXlsx(await renderXlsx(documentFor()));
  const fonts = new Set(
    book.worksheets.flatMap((sheet) => {
      const names: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((c) => names.push(c.font?.name)));
      return names;
    }),
  );
  expect([...fonts]).toEqual(['Times New Roman']);
});

test('atomic writes leave no temporary file behind', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trangxa-atomic-'));
  await writeFilesAtomically([
    { path: join(dir, 'a/x.json'), data: '{}\n' },
    { path: join(dir, 'a/x.csv'), data: 'a\r\n' },
  ]);
  expect((await readdir(join(dir, 'a'))).toSorted()).toEqual(['x.csv', 'x.json']);
  expect(await readFile(join(dir, 'a/x.json'), 'utf8')).toBe('{}\n');
});

test('a file still being made is written when it comes, after the others', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trangxa-atomic-'));
  const later = new Promise<OutputFile>((resolve) =>
    setTimeout(() => resolve({ path: join(dir, 'a/x.xlsx'), data: new Uint8Array([1, 2]) }), 20),
  );
  await writeFilesAtomically([{ path: join(dir, 'a/x.json'), data: '{}\n' }, later]);
  expect((await readdir(join(dir, 'a'))).toSorted()).toEqual(['x.json', 'x.xlsx']);
  expect([...(await readFile(join(dir, 'a/x.xlsx')))]).toEqual([1, 2]);
});

test('when a file cannot be made, no file is replaced and no temporary is left', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'trangxa-atomic-'));
  await writeFilesAtomically([{ path: join(dir, 'a/x.json'), data: 'old\n' }]);
  const failing = new Promise<OutputFile>((_, reject) =>
    setTimeout(() => reject(new Error('Không lập được tệp XLSX')), 20),
  );
  await expect(
    writeFilesAtomically([
      { path: join(dir, 'a/x.json'), data: 'new\n' },
      { path: join(dir, 'a/x.csv'), data: 'a\r\n' },
      failing,
    ]),
  ).rejects.toThrow('Không lập được tệp XLSX');
  expect(await readdir(join(dir, 'a'))).toEqual(['x.json']);
  expect(await readFile(join(dir, 'a/x.json'), 'utf8')).toBe('old\n');
});
