/**
 * `npm run royalties -- --commune <slug> --period <2022-01 | 2022-Q1 | 2022> [--paid-on <day>] [--issue]`:
 * writes the payment lists to `reports/<commune>/nhuan-but-<period>.{json,csv,xlsx,html}` (with
 * the summary and the staff income). Every error of every commune is shown at once; when there
 * is one, nothing is written. With `--issue` each list is numbered and recorded in
 * `private/<commune>/bang-ke-da-lap.yaml`; without it, every output says "DỰ THẢO".
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import type { ReportDocument } from '../lib/reports/report-document.ts';
import type { IssuedList } from '../lib/royalty/issued-lists.ts';
import type { PayeeDetails } from '../lib/royalty/payees.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';
const args = parseOrExit((await import('../lib/reports/parse-royalty-args.ts')).parseRoyaltyArgs);
const [
  { loadContent },
  { formatProblems, hasErrors, problem },
  { prepareReport, reportFiles, reportBase },
  { writeFilesAtomically },
  { formatVnd },
  { parsePayees },
  ledger,
  { renderJson },
  { vnDay },
  { periodStatus },
  { periodWithinLife },
  { formatDay },
] = await Promise.all([
  import('../lib/content/load-content.ts'),
  import('../lib/problems.ts'),
  import('../lib/reports/royalty-report.ts'),
  import('../lib/reports/write-atomic.ts'),
  import('../lib/format-vnd.ts'),
  import('../lib/royalty/payees.ts'),
  import('../lib/royalty/issued-lists.ts'),
  import('../lib/reports/write-json.ts'),
  import('../lib/vn-date.ts'),
  import('../lib/royalty/period.ts'),
  import('../lib/royalty/dissolution.ts'),
  import('../lib/format-date.ts'),
]);

const content = await loadContent({ contentDir: args.contentDir, communes: args.communes });
if (hasErrors(content.problems)) {
  console.error(`${formatProblems(content.problems)}\n\nChưa lập bảng kê: sửa các lỗi trên rồi chạy lại.`);
  process.exit(1);
}

const displayPath = (path: string) => relative(process.cwd(), path).replaceAll('\\', '/');

async function readPayees(
  slug: string,
  known: ReadonlySet<string>,
): Promise<{ payees: Map<string, PayeeDetails>; problems: Problem[] }> {
  const path = join(args.privateDir, slug, 'payees.yaml');
  const source = await readFile(path, 'utf8').catch(() => undefined);
  if (source === undefined) return { payees: new Map(), problems: [] };
  return parsePayees(source, displayPath(path), known);
}

const today = vnDay(args.now);
const problems: Problem[] = [];
const docs: { doc: ReportDocument; issued?: { lists: IssuedList[]; path: string } }[] = [];
for (const commune of content.communes) {
  const private_ = await readPayees(commune.slug, new Set(commune.people.map((person) => person.id)));
  problems.push(...private_.problems);
  // A dissolved commune's lists end the day before its dissolution (royalty/dissolution.ts).
  const life = periodWithinLife(args.period, commune.site);
  if ('refused' in life) {
    if (args.all) {
      console.log(`Bỏ qua ${commune.slug}: ${life.refused}`);
      continue;
    }
    problems.push(
      problem(`${commune.slug}/site.yaml`, life.refused, {
        field: 'dissolved.date',
        fix: 'Chọn một kỳ trước ngày sáp nhập, ví dụ --period 2025-Q2.',
      }),
    );
    continue;
  }
  const lastDay = life.cut ? life.period.to : undefined;
  const prepared = prepareReport(commune, content.shared, {
    period: args.period,
    now: args.now,
    paidOn: args.paidOn,
    lastDay,
    payeeDetails: private_.payees,
  });
  if (prepared.kind === 'no-scheme') {
    // Without a scheme nothing is paid; a commune whose items carry royalty was refused above.
    console.log(`Bỏ qua ${commune.slug}: xã chưa chọn quy định nhuận bút (royaltyScheme trong site.yaml).`);
    continue;
  }
  problems.push(...prepared.problems);
  if (prepared.kind !== 'report') continue;
  if (!args.issue) {
    docs.push({ doc: prepared.doc });
    continue;
  }
  const path = join(args.privateDir, commune.slug, ledger.LEDGER_FILE);
  const read = ledger.parseLedger(await readFile(path, 'utf8').catch(() => undefined), displayPath(path));
  problems.push(...read.problems);
  const earlier = ledger.overlappingList(read.lists, args.period);
  if (earlier) problems.push(ledger.overlapProblem(displayPath(path), args.period, earlier));
  else if (periodStatus(args.period, today) === 'partial') {
    problems.push(
      problem(
        `${commune.slug}/site.yaml`,
        `Kỳ ${args.period.label} chưa kết thúc (đến ngày ${formatDay(args.period.to)}): chỉ lập chính thức bảng kê của kỳ đã kết thúc.`,
        { fix: 'Lập dự thảo (bỏ --issue), hoặc chờ hết kỳ.' },
      ),
    );
  } else {
    prepared.doc.report.status = 'da-lap';
    prepared.doc.report.number = ledger.nextNumber(read.lists, today);
    docs.push({ doc: prepared.doc, issued: { lists: read.lists, path } });
  }
}

if (problems.length) console.error(`${formatProblems(problems)}\n`);
if (hasErrors(problems)) {
  console.error('Chưa lập bảng kê nào: sửa các lỗi trên rồi chạy lại.');
  process.exit(1);
}

const files = docs.flatMap(({ doc, issued }) => {
  if (!issued) return reportFiles(doc, args.outDir);
  // The ledger keeps the SHA-256 of the JSON as written, number included: a changed file shows.
  const json = [...renderJson(doc.report)].join('');
  const { report } = doc;
  const entry: IssuedList = {
    number: report.number!,
    period: report.period.label,
    from: report.period.from,
    to: report.period.to,
    paidOn: report.paidOn,
    issuedOn: today,
    gross: report.totals.gross,
    tax: report.totals.tax,
    net: report.totals.net,
    sha256: createHash('sha256').update(json).digest('hex'),
  };
  return [
    ...reportFiles(doc, args.outDir, [json]),
    { path: issued.path, data: ledger.ledgerYaml([...issued.lists, entry]) },
  ];
});
await writeFilesAtomically(files);
for (const { doc, issued } of docs) {
  const { report } = doc;
  const status = issued ? `bảng kê số ${report.number}, đã ghi vào ${displayPath(issued.path)}` : 'DỰ THẢO';
  console.log(
    `${report.commune} ${report.period.label} (${status}): ${report.payees.length} người, tổng ${formatVnd(report.totals.gross)}, thuế ${formatVnd(report.totals.tax)}, thực nhận ${formatVnd(report.totals.net)}`,
  );
  for (const warning of report.warnings) console.log(`  LƯU Ý: ${warning}`);
  console.log(`  → ${reportBase(doc, args.outDir)}.{json,csv,xlsx,html}`);
}
if (docs.length === 0) console.log('Không có bảng kê nào được lập.');
