/**
 * The payment list of Ea Trol for 2022-Q1 as the royalties command prepares it, from plain
 * data: one item shared 70/30 and a paid board. Used by the writers' tests, and run as a
 * program (`node tests/unit/royalty/sample-document.ts <dir>`) to write every file of the list
 * into <dir>, so that a test can compare two processes.
 */
import { join } from 'node:path';
import type { Commune, Site } from '../../../src/lib/content/types.ts';
import { prepareReport, reportFiles } from '../../../src/lib/reports/royalty-report.ts';
import type { ReportDocument } from '../../../src/lib/reports/report-document.ts';
import { writeFilesAtomically } from '../../../src/lib/reports/write-atomic.ts';
import { baseSalary, board, item, people, schemeWithBoardPay, tax } from './build-input.ts';
import { parsePeriod } from '../../../src/lib/royalty/period.ts';

export const site: Site = {
  kind: 'xa',
  name: 'Xã Ea Trol',
  agency: 'Ủy ban nhân dân xã Ea Trol',
  parents: [],
  responsible: { name: 'Ksor Y Phun', title: 'Chủ tịch UBND xã' },
  address: 'Thôn Hai Riêng',
  phone: '0257',
  email: 'eatrol@phuyen.gov.vn',
  infoContact: { name: 'Trần Thị Lan' },
  royaltyScheme: [{ scheme: 'phu-yen-28-2021' }],
};

export function documentFor(overrides: Partial<Site> = {}): ReportDocument {
  const items = [
    item(
      '2022-01-18',
      'tin-kem-anh',
      1.5,
      [
        { person: 'nguyen-van-an', role: 'tac-gia', share: 70 },
        { person: 'le-van-binh', role: 'anh', share: 30 },
      ],
      {
        title: 'Hội nghị "triển khai", năm 2022',
        path: 'tin-tuc/2022/hoi-nghi',
        file: 'ea-trol/tin-tuc/2022/hoi-nghi.md',
        data: { category: 'van-hoa-xa-hoi' },
      },
    ),
  ];
  const commune: Commune = {
    slug: 'ea-trol',
    site: { ...site, ...overrides },
    people,
    board: { ...board, members: [...board.members, { person: 'tran-thi-lan', role: 'thu-ky' }] },
    items,
  };
  const prepared = prepareReport(
    commune,
    { baseSalary, tax, schemes: new Map([[schemeWithBoardPay.id, schemeWithBoardPay]]) },
    {
      period: parsePeriod('2022-Q1')!,
      now: new Date('2022-04-01T08:00:00+07:00'),
      paidOn: '2022-04-05',
      payeeDetails: new Map([
        [
          'nguyen-van-an',
          { person: 'nguyen-van-an', bankAccount: '0123456789', bankName: 'Agribank Sông Hinh' },
        ],
      ]),
    },
  );
  if (prepared.kind !== 'report') throw new Error(`sample list not made: ${JSON.stringify(prepared)}`);
  return prepared.doc;
}

if (import.meta.main) {
  const dir = process.argv[2]!;
  await writeFilesAtomically(reportFiles(documentFor(), join(dir)));
}
