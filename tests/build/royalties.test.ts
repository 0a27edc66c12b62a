import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT, TEST_OUT } from '../support/build-site.ts';

const run = promisify(execFile);
const OUT = join(TEST_OUT, 'royalties');

/** `npm run royalties` on the fixture, as an accountant runs it. */
async function royalties(out: string) {
  return run(process.execPath, ['src/cli/royalties.ts', '--content', 'tests/fixtures/content', '--commune', 'xa-mau', '--period', '2026-Q1', '--now', '2026-11-26', '--out', out], { cwd: ROOT });
}

let report: { lines: { kind: string; item?: string; person: string; gross: number }[]; totals: Record<string, unknown> };

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await royalties(join(OUT, 'a'));
  await royalties(join(OUT, 'b'));
  report = JSON.parse(await readFile(join(OUT, 'a', 'xa-mau', 'nhuan-but-2026-Q1.json'), 'utf8'));
});

describe('the payment list of xa-mau for 2026-Q1', () => {
  // Unit value: 10% of the base salary in force (2,340,000 from 2024-07-01) = 234,000 đ.
  test.each([
    // hội nghị: tin-kem-anh 1.5 × 234,000 = 351,000; 70% = 245,700 → 246,000; 30% = 105,300 → 105,000
    ['nhuan-but', 'tin-tuc/2026/hoi-nghi-trien-khai', 'nguyen-van-an', 246_000],
    ['nhuan-but', 'tin-tuc/2026/hoi-nghi-trien-khai', 'le-van-binh', 105_000],
    // đường buôn Ken: tin 1 × 234,000 split equally = 117,000 each; the staff member on duty gets
    // 50% of hers = 58,500, exactly half way, rounded up to 59,000
    ['nhuan-but', 'tin-tuc/2026/duong-buon-ken', 'ksor-h-lan', 117_000],
    ['nhuan-but', 'tin-tuc/2026/duong-buon-ken', 'tran-thi-lan', 59_000],
    // thù lao for 3 months: 1.0 × 234,000 × 3; 0.8 × 234,000 × 3 = 561,600 → 562,000; 0.5 × … = 351,000
    ['thu-lao', undefined, 'nguyen-van-hung', 702_000],
    ['thu-lao', undefined, 'tran-thi-lan', 562_000],
    ['thu-lao', undefined, 'nguyen-van-an', 351_000],
    ['thu-lao', undefined, 'ksor-h-lan', 351_000],
  ])('%s %s %s: %i đ', (kind, item, person, gross) => {
    expect(report.lines.filter((l) => l.kind === kind && l.item === item && l.person === person).map((l) => l.gross)).toEqual([gross]);
  });

  test('has no other line, and totals in figures and in words', () => {
    expect(report.lines).toHaveLength(8);
    expect(report.totals).toEqual({ gross: 2_493_000, tax: 0, net: 2_493_000, grossInWords: 'Hai triệu bốn trăm chín mươi ba nghìn đồng' });
  });

  test.each(['nhuan-but-2026-Q1.json', 'nhuan-but-2026-Q1.csv'])('%s is byte-identical when run again', async (file) => {
    expect(await readFile(join(OUT, 'b', 'xa-mau', file))).toEqual(await readFile(join(OUT, 'a', 'xa-mau', file)));
  });

  test('the workbook opens in exceljs: three sheets, every line, the totals, dated by the clock', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(OUT, 'a', 'xa-mau', 'nhuan-but-2026-Q1.xlsx'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Bảng kê', 'Chi tiết', 'Tổng hợp']);
    expect(book.created).toEqual(new Date('2026-11-26T00:00:00+07:00'));
    const detail = book.getWorksheet('Chi tiết')!;
    // The header, 8 lines, the total.
    expect(detail.rowCount).toBe(10);
    expect(detail.getCell('L10').value).toBe(2_493_000);
    const payment = book.getWorksheet('Bảng kê')!;
    const total = payment.getColumn(2).values.indexOf('Tổng cộng');
    expect([7, 8, 9].map((column) => payment.getRow(total).getCell(column).value)).toEqual([2_493_000, 0, 2_493_000]);
    expect(payment.getRow(total + 1).getCell(1).value).toBe('Bằng chữ: Hai triệu bốn trăm chín mươi ba nghìn đồng');
  });

  test('the published site holds no payment list', async () => {
    const files = await readdir(inject('fixtureDist'), { recursive: true });
    expect(files.filter((f) => /nhuan-but|tong-hop|payees/.test(String(f)))).toEqual([]);
  });
});
