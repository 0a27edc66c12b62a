import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT, TEST_OUT } from '../support/build-site.ts';
import { JSDOMLike } from '../support/html-text.ts';

const run = promisify(execFile);
const OUT = join(TEST_OUT, 'royalties');

/** `npm run royalties` on the fixture, as an accountant runs it. */
async function royalties(out: string, ...more: string[]) {
  return run(
    process.execPath,
    [
      'src/cli/royalties.ts',
      '--content',
      'tests/fixtures/content',
      '--commune',
      'xa-mau',
      '--period',
      '2026-Q1',
      '--now',
      '2026-11-26',
      '--out',
      out,
      '--private',
      join(OUT, 'private'),
      ...more,
    ],
    { cwd: ROOT },
  );
}

let report: {
  lines: { kind: string; item?: string; person: string; gross: number }[];
  totals: Record<string, unknown>;
  status: string;
  number?: string;
};
let issued: typeof report;
let refused: { code?: number; stderr: string };

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await royalties(join(OUT, 'a'));
  report = JSON.parse(await readFile(join(OUT, 'a', 'xa-mau', 'nhuan-but-2026-Q1.json'), 'utf8'));
  await royalties(join(OUT, 'issued'), '--issue', '--paid-on', '2026-11-30');
  issued = JSON.parse(await readFile(join(OUT, 'issued', 'xa-mau', 'nhuan-but-2026-Q1.json'), 'utf8'));
  // The same work again, inside the year: refused.
  refused = await run(
    process.execPath,
    [
      'src/cli/royalties.ts',
      '--content',
      'tests/fixtures/content',
      '--commune',
      'xa-mau',
      '--period',
      '2026',
      '--now',
      '2026-12-31T12:00:00+07:00',
      '--out',
      join(OUT, 'again'),
      '--private',
      join(OUT, 'private'),
      '--issue',
    ],
    { cwd: ROOT },
  ).then(
    () => ({ stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
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
    expect(
      report.lines
        .filter((l) => l.kind === kind && l.item === item && l.person === person)
        .map((l) => l.gross),
    ).toEqual([gross]);
  });

  test('has no other line, and totals in figures and in words', () => {
    expect(report.lines).toHaveLength(8);
    expect(report.totals).toEqual({
      gross: 2_493_000,
      tax: 0,
      net: 2_493_000,
      grossInWords: 'Hai triệu bốn trăm chín mươi ba nghìn đồng',
      netInWords: 'Hai triệu bốn trăm chín mươi ba nghìn đồng',
    });
  });

  test('without --issue the list is a draft', () => {
    expect([report.status, report.number]).toEqual(['du-thao', undefined]);
  });

  test('the workbook opens in exceljs: four sheets, every line, the totals as formulas with their values, dated by the clock', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(OUT, 'a', 'xa-mau', 'nhuan-but-2026-Q1.xlsx'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Bảng kê',
      'Chi tiết',
      'Tổng hợp',
      'Thu nhập CBCC',
    ]);
    expect(book.created).toEqual(new Date('2026-11-26T00:00:00+07:00'));
    const detail = book.getWorksheet('Chi tiết')!;
    // The header, 8 lines, the total.
    expect(detail.rowCount).toBe(10);
    expect(detail.getCell('L10').value).toEqual({ formula: 'SUM(L2:L9)', result: 2_493_000 });
    const payment = book.getWorksheet('Bảng kê')!;
    const total = payment.getColumn(2).values.indexOf('Tổng cộng');
    expect(
      [7, 9].map((column) => (payment.getRow(total).getCell(column).value as { result: number }).result),
    ).toEqual([2_493_000, 2_493_000]);
    expect(payment.getRow(total + 1).getCell(1).value).toBe(
      'Tổng số tiền bằng chữ: Hai triệu bốn trăm chín mươi ba nghìn đồng.',
    );
  });

  test('--issue numbers the list and records it in the private ledger with the SHA-256 of its JSON', async () => {
    expect([issued.status, issued.number]).toEqual(['da-lap', '1/2026']);
    const json = await readFile(join(OUT, 'issued', 'xa-mau', 'nhuan-but-2026-Q1.json'));
    const ledger = await readFile(join(OUT, 'private', 'xa-mau', 'bang-ke-da-lap.yaml'), 'utf8');
    expect(ledger).toContain(
      `- number: "1/2026"\n  period: "2026-Q1"\n  from: 2026-01-01\n  to: 2026-03-31\n  paidOn: 2026-11-30\n  issuedOn: 2026-11-26\n  gross: 2493000\n  tax: 0\n  net: 2493000\n  sha256: ${createHash('sha256').update(json).digest('hex')}`,
    );
  });

  test.each([
    ['a', 'without --issue', 'DỰ THẢO'],
    ['issued', 'with --issue', 'Số: 1/2026'],
  ])('the printable list (%s, %s) says under its letterhead: %s', async (folder, _, status) => {
    const html = await readFile(join(OUT, folder, 'xa-mau', 'nhuan-but-2026-Q1.html'), 'utf8');
    const list = new JSDOMLike(html);
    expect(list.text('header.letterhead + p.status')).toBe(status);
    expect(list.text('h1')).toBe('Bảng kê chi trả nhuận bút, thù lao');
  });

  test('a list whose period overlaps an issued one is refused, naming it', () => {
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Kỳ 2026 trùng với bảng kê số 1/2026 (kỳ 2026-Q1, từ 01/01/2026 đến 31/03/2026) đã lập ngày 26/11/2026',
    );
  });

  test('the published site holds no payment list', async () => {
    const files = await readdir(inject('fixtureDist'), { recursive: true });
    expect(files.filter((f) => /nhuan-but|tong-hop|payees/.test(String(f)))).toEqual([]);
  });
});
