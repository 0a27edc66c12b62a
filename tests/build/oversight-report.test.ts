/**
 * `npm run report` on tests/fixtures/oversight, run as a district officer would (the CLI, in a
 * child process) with a fixed clock: Thursday 26/11/2026, ISO week 48, period 2026.
 * Every expected number is worked out by hand from the fixture files, in the comments.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import type { OversightReport } from '../../src/lib/oversight/oversight-report.ts';
import { ROOT, TEST_OUT } from '../support/build-site.ts';
import { attribute, JSDOMLike, visibleText } from '../support/html-text.ts';

const OUT = join(TEST_OUT, 'oversight-report-build');
let report: OversightReport;
let csv: string;
let index: string;
let stdout: string;

const commune = (slug: string) => report.communes.find((c) => c.slug === slug)!;

beforeAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  const result = await promisify(execFile)(
    process.execPath,
    [
      'src/cli/report.ts',
      '--content',
      'tests/fixtures/oversight',
      '--now',
      '2026-11-26T12:00:00+07:00',
      '--out',
      OUT,
      '--number',
      '12',
    ],
    { cwd: ROOT },
  );
  stdout = result.stdout;
  report = JSON.parse(await readFile(join(OUT, 'communes.json'), 'utf8'));
  csv = await readFile(join(OUT, 'communes.csv'), 'utf8');
  index = await readFile(join(OUT, 'index.html'), 'utf8');
});

describe('completeness and ranking', () => {
  test('scores: the complete communes 100, xa-im-lang 62 (92 of 149: no consultation, nothing of Luật TCTT Điều 19 or NĐ 224 Điều 9-10), xa-thieu-muc 23', () => {
    // xa-thieu-muc has Giới thiệu, Tin tức, Thủ tục (3 × 8) and the footer (5 × 2): 34 of 149 points; no
    // board, calendar, documents, disclosures or consultations, no phone or email for its focal person.
    expect(report.communes.map((c) => [c.rank, c.slug, c.score])).toEqual([
      [1, 'xa-day-du', 100],
      [1, 'xa-cham-dang', 100],
      [3, 'xa-im-lang', 62],
      [4, 'xa-thieu-muc', 23],
    ]);
  });

  test('the commune without a board is told to set one up, first', () => {
    expect(commune('xa-thieu-muc').actions.slice(0, 3)).toEqual([
      'Chưa có Quyết định kiện toàn Ban biên tập',
      'Ban biên tập chưa có Trưởng ban',
      'Ban biên tập cần ít nhất 3 thành viên',
    ]);
    expect(commune('xa-thieu-muc').actions).toContain('Chưa đăng văn bản nào trong 30 ngày');
  });

  test('the complete and current commune has nothing to do', () => {
    expect(commune('xa-day-du').actions).toEqual([]);
  });
});

describe('currency', () => {
  test('xa-day-du: items per month, Dec 2025 → Nov 2026, without the item scheduled for 1/12', () => {
    // 10/1 disclosure, 15/1 procedure; 10/4, 20/5, 15/8 news; 1/9 consultation; 2/11 notice,
    // 18/11 document (its published day), 20/11 news, 23/11 calendar.
    expect(commune('xa-day-du').currency.months.map((m) => m.items)).toEqual([
      0, 2, 0, 0, 1, 1, 0, 1, 1, 1, 1, 4,
    ]);
    expect(commune('xa-day-du').currency.months[0]!.month).toBe('2025-12');
  });

  test('xa-im-lang: the latest item is 15/5, 195 days old; the draft of 20/11 does not count', () => {
    // 16 days left in May + 30 + 31 + 31 + 30 + 31 + 26 = 195
    const { currency } = commune('xa-im-lang');
    expect([
      currency.latestDay,
      currency.daysSinceLatest,
      currency.latestDocumentDay,
      currency.daysSinceLatestDocument,
    ]).toEqual(['2026-05-15', 195, '2026-03-02', 269]);
    expect(commune('xa-im-lang').actions).toContain(
      'Chưa đăng tin, bài nào trong 30 ngày (tin, bài mới nhất ngày 15/05/2026)',
    );
  });

  test('xa-cham-dang: two documents late, one exactly on the 5th working day is not, one without published is not judged', () => {
    const { currency } = commune('xa-cham-dang');
    expect([currency.documentsJudged, currency.documentsNotJudged]).toEqual([4, 1]);
    expect(
      currency.lateDocuments.map((d) => [d.number, d.issued, d.deadline, d.published, d.workingDays]),
    ).toEqual([
      // Mon 24/8 → 25, 26, 27, 28/8, 31/8 (5th: deadline); 29-30/8 weekend, 1-2/9 holidays; 3/9 is the 6th.
      ['31/QĐ-UBND', '2026-08-24', '2026-08-31', '2026-09-03', 6],
      // Fri 2/10 → 5, 6, 7, 8, 9/10 (deadline); published Mon 12/10, the 6th. (Published 9/10: on time.)
      ['41/TB-UBND', '2026-10-02', '2026-10-09', '2026-10-12', 6],
    ]);
  });

  test('xa-cham-dang: the consultation closed on 31/10 without a result; the open one is not counted', () => {
    expect(commune('xa-cham-dang').currency.consultationsWithoutResult).toEqual([
      { path: 'lay-y-kien/2026/quy-che-cho', title: 'Lấy ý kiến quy-che-cho', closes: '2026-10-31' },
    ]);
  });

  test.each([
    ['xa-day-du', true, '2026-W48'],
    ['xa-cham-dang', false, '2026-W46'],
    ['xa-im-lang', false, '2026-W10'],
    ['xa-thieu-muc', false, undefined],
  ])('%s: work calendar of week 48 present: %s (latest %s)', (slug, updated, latestWeek) => {
    expect(commune(slug).currency.calendar).toEqual({
      thisWeek: '2026-W48',
      updated,
      ...(latestWeek ? { latestWeek } : {}),
    });
  });
});

describe('editorial activity', () => {
  test('xa-day-du: 12 items in 2026 up to 26/11; Dung credited on 3, Cường on 2; 3 of 12 have an approved coefficient', () => {
    const { activity } = commune('xa-day-du');
    expect(activity.items).toBe(12);
    expect(activity.byAuthor.map((a) => [a.name, a.items])).toEqual([
      ['Nguyễn Thị Dung', 3],
      ['Phạm Văn Cường', 2],
    ]);
    expect(activity.byCategory.map((c) => [c.label, c.items])).toEqual([
      ['Kinh tế', 2],
      ['Văn hóa - Xã hội', 2],
    ]);
    expect([activity.royaltyApproved, activity.royaltyApprovedPercent]).toEqual([3, 25]);
  });
});

describe('royalties (one coefficient unit = 100.000 đ; the board head earns 1 unit a month)', () => {
  test('xa-day-du per quarter', () => {
    // Q1: thù lao 3 × 100.000. Q2: two reports at coefficient 10 by a non-staff author = 2.000.000,
    // paid on the clock's day (26/11/2026), when the threshold is 5.000.000 → no tax; + thù lao.
    // Q3: news at 1,5 = 150.000 + thù lao. Q4, under way: thù lao for October only (the month
    // ended by the clock); the item dated 1/12 is not yet published.
    expect(commune('xa-day-du').royalties).toMatchObject({
      status: 'ok',
      periods: [
        { period: '2026-Q1', gross: 300000, tax: 0, net: 300000 },
        { period: '2026-Q2', gross: 2300000, tax: 0, net: 2300000 },
        { period: '2026-Q3', gross: 450000, tax: 0, net: 450000 },
        { period: '2026-Q4', gross: 100000, tax: 0, net: 100000 },
      ],
      totals: { gross: 3150000, tax: 0, net: 3150000 },
    });
  });

  test('the commune without a royalty scheme has no amount, and an action', () => {
    expect(commune('xa-thieu-muc').royalties.status).toBe('no-scheme');
    expect(commune('xa-thieu-muc').actions.at(-1)).toMatch(/^Chưa chọn quy định nhuận bút/);
  });

  test('district total: 3.150.000 + 1.000.000 (xa-cham-dang) + 1.200.000 (xa-im-lang)', () => {
    expect(report.total.royaltyTotals).toEqual({ gross: 5350000, tax: 0, net: 5350000 });
    expect(report.total.royalties.map((q) => q.gross)).toEqual([1100000, 2900000, 1050000, 300000]);
  });
});

describe('files', () => {
  test('communes.csv: BOM, one header and one row per commune, ranked', () => {
    expect(csv.startsWith('\uFEFFHạng,Mã xã,Tên xã,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(
      /^4,xa-thieu-muc,Xã Thiếu Mục,23,Có,Có,Thiếu,Thiếu,Có,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Có,Có,Có,Có,Có,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,Thiếu,10\/11\/2026,16,/,
    );
    expect(lines[1]).toContain(
      ',300000,0,300000,2300000,0,2300000,450000,0,450000,100000,0,100000,3150000,0,3150000,0,',
    );
  });

  test('index.html: Vietnamese, the ranking, the district total, one chart per commune', () => {
    const doc = new JSDOMLike(index);
    expect(doc.attr('html', 'lang')).toBe('vi');
    expect(doc.texts('p.lead')).toContain(
      'Tổng số tin, bài đã đăng trong kỳ: 31; tổng nhuận bút, thù lao trong kỳ 5.350.000 đồng.',
    );
    // Each chart is an image named by its own title and described month by month.
    const charts = doc.$$('svg.months').map((svg) => {
      const chart = new JSDOMLike(svg);
      const [title, desc] = (attribute(svg, 'aria-labelledby') ?? '').split(' ');
      return [attribute(svg, 'role'), chart.text(`title#${title}`), chart.text(`desc#${desc}`)];
    });
    expect(charts.map(([role, title]) => [role, title])).toEqual(
      ['Xã Đầy Đủ', 'Xã Chậm Đăng', 'Xã Im Lặng', 'Xã Thiếu Mục'].map((name) => [
        'img',
        `Số tin, bài đăng mỗi tháng – ${name}`,
      ]),
    );
    expect(charts[2]![2]).toMatch(
      /^tháng 12\/2025: 0; tháng 01\/2026: 1; tháng 02\/2026: 1; tháng 03\/2026: 2;/,
    );
    // xa-im-lang has every section but consultations, and no focal person for information.
    const completeness = doc
      .$$('section[aria-labelledby="day-du"] table tbody tr')
      .map((row) => new JSDOMLike(row).texts('th, td'));
    expect(completeness.find(([name]) => name === 'Xã Im Lặng')).toEqual([
      'Xã Im Lặng',
      '✓ Có',
      '✓ Có',
      '✓ Có',
      '✓ Có',
      '✓ Có',
      '✓ Có',
      '✗ Thiếu',
      '✓ 3/3',
      '✓ 5/5',
      '✗ Thiếu',
    ]);
    // Raw bytes on purpose: the report is read offline and must run no script at all.
    expect(index).not.toMatch(/<script/);
  });

  test('a page per commune, with its late documents', async () => {
    const page = new JSDOMLike(await readFile(join(OUT, 'xa', 'xa-cham-dang.html'), 'utf8'));
    const table = page
      .$$('table')
      .find((t) => new JSDOMLike(t).text('caption') === 'Văn bản đăng chậm quá 5 ngày làm việc');
    expect(table).toBeDefined();
    expect(new JSDOMLike(table!).$$('tbody tr').map((row) => new JSDOMLike(row).texts('th, td'))).toEqual([
      ['31/QĐ-UBND', 'Văn bản 31/QĐ-UBND', '24/08/2026', '31/08/2026', '03/09/2026', '6'],
      ['41/TB-UBND', 'Văn bản 41/TB-UBND', '02/10/2026', '09/10/2026', '12/10/2026', '6'],
    ]);
  });

  test('the report is an official document of the body in oversight.yaml: letterhead, number, place and date, recipients, signer', () => {
    const doc = new JSDOMLike(index);
    expect(doc.text('.letterhead')).toBe(
      'Ủy ban nhân dân tỉnh Mẫu Sở Văn hóa, Thể thao và Du lịch tỉnh Mẫu Số: 12/BC-SVHTTDL Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập – Tự do – Hạnh phúc Mẫu, ngày 26 tháng 11 năm 2026',
    );
    expect(doc.text('h1')).toBe('Báo cáo');
    expect(doc.text('.recipients')).toBe(
      'Nơi nhận: UBND tỉnh Mẫu (để báo cáo) UBND các xã (để thực hiện) Lưu VT',
    );
    expect(doc.text('.closing .signatures')).toBe(
      'KT. Giám đốc Phó Giám đốc (Ký, ghi rõ họ tên, đóng dấu) Trần Văn Ký',
    );
  });

  test('it applies the decree in force on its day (NĐ 224/2026 on 26/11/2026) and cites no repealed one', () => {
    expect(report.decree.name).toBe('Nghị định 224/2026/NĐ-CP');
    expect(new JSDOMLike(index).texts('p.lead')[0]).toMatch(
      /^Căn cứ Nghị định 224\/2026\/NĐ-CP của Chính phủ /,
    );
    expect(report.requirements.map((r) => r.basis).join()).not.toMatch(/43\/2011|42\/2022/);
  });

  test.each(['published', 'issued', 'closes', 'result', 'site.yaml', '.yaml', 'npm run', 'royaltyScheme'])(
    'no developer word on pages for officials: %s',
    async (word) => {
      const page = await readFile(join(OUT, 'xa', 'xa-cham-dang.html'), 'utf8');
      for (const doc of [index, page].map((html) => new JSDOMLike(html))) {
        // What an official reads: the text, and the names a screen reader speaks.
        const spoken = ['aria-label', 'alt', 'title'].flatMap((name) => doc.attrs(`[${name}]`, name));
        // Each use with a little context around it, so a failure shows where the word is.
        const uses = [visibleText(doc.root), ...spoken].flatMap((text) =>
          [...text.matchAll(new RegExp(RegExp.escape(word), 'g'))].map(({ index }) =>
            text.slice(Math.max(0, index - 40), index + word.length + 40),
          ),
        );
        expect(uses).toEqual([]);
      }
    },
  );

  test('a dissolved unit is listed apart, with its successor, and never ranked', () => {
    expect(report.communes.map((c) => c.slug)).not.toContain('xa-da-sap-nhap');
    expect(report.archived).toEqual([
      expect.objectContaining({
        slug: 'xa-da-sap-nhap',
        into: 'Xã Đầy Đủ',
        dissolvedOn: '2025-07-01',
        latestDay: '2025-06-20',
        items: 0,
      }),
    ]);
    expect(new JSDOMLike(index).text('section[aria-labelledby="da-sap-nhap"] tbody')).toBe(
      'Xã Đã Sáp Nhập Xã Đầy Đủ 01/07/2025 Nghị quyết mẫu, Điều 1 khoản 1 20/06/2025 0 —',
    );
    expect(stdout).toContain('Xã Đã Sáp Nhập: đã sáp nhập vào Xã Đầy Đủ từ 2025-07-01, không xếp hạng');
  });

  test('the command prints the ranking', () => {
    expect(stdout).toContain('4. Xã Thiếu Mục: 23/100 điểm, 25 việc cần làm');
  });
});
