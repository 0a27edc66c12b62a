/**
 * `npm run royalties -- --commune <slug> --period <2022-01 | 2022-Q1 | 2022>`: writes the
 * signed-ready payment lists to `reports/<commune>/nhuan-but-<period>.{json,csv,xlsx,html}`.
 * Every error of every commune is shown at once; when there is one, nothing is written.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import type { ReportDocument } from '../lib/reports/report-document.ts';
import type { PayeeDetails } from '../lib/royalty/payees.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';
const args = parseOrExit((await import('../lib/reports/parse-royalty-args.ts')).parseRoyaltyArgs);
const [{ loadContent }, { formatProblems, hasErrors, problem }, { prepareReport, reportFiles }, { writeFilesAtomically }, { formatVnd }, { parsePayees }, { periodWithinLife }] =
  await Promise.all([
    import('../lib/content/load-content.ts'),
    import('../lib/problems.ts'),
    import('../lib/reports/royalty-report.ts'),
    import('../lib/reports/write-atomic.ts'),
    import('../lib/format-vnd.ts'),
    import('../lib/royalty/payees.ts'),
    import('../lib/royalty/dissolution.ts'),
  ]);

const content = await loadContent({ contentDir: args.contentDir, communes: args.communes });
if (hasErrors(content.problems)) {
  console.error(`${formatProblems(content.problems)}\n\nChưa lập bảng kê: sửa các lỗi trên rồi chạy lại.`);
  process.exit(1);
}

async function readPayees(slug: string, known: ReadonlySet<string>): Promise<{ payees: Map<string, PayeeDetails>; problems: Problem[] }> {
  const path = join(args.privateDir, slug, 'payees.yaml');
  const source = await readFile(path, 'utf8').catch(() => undefined);
  if (source === undefined) return { payees: new Map(), problems: [] };
  return parsePayees(source, relative(process.cwd(), path).replaceAll('\\', '/'), known);
}

const problems: Problem[] = [...content.problems];
const docs: ReportDocument[] = [];
for (const commune of content.communes) {
  const private_ = await readPayees(commune.slug, new Set(commune.people.map((person) => person.id)));
  problems.push(...private_.problems);
  const life = periodWithinLife(args.period, commune.site);
  if ('refused' in life) {
    if (args.all) {
      console.log(`Bỏ qua ${commune.slug}: ${life.refused}`);
      continue;
    }
    problems.push(problem(`${commune.slug}/site.yaml`, life.refused, { field: 'dissolved.date', fix: 'Chọn một kỳ trước ngày sáp nhập, ví dụ --period 2025-Q2.' }));
    continue;
  }
  if (life.cut) console.log(`${commune.site.name}: kỳ ${args.period.label} chỉ tính đến ngày ${life.period.to}, ngày trước ngày sáp nhập.`);
  const prepared = prepareReport(commune, content.shared, life.period, args.now, private_.payees);
  if (prepared.kind === 'no-scheme') {
    if (args.all) console.log(`Bỏ qua ${commune.slug}: xã chưa chọn quy định nhuận bút và không có tin, bài có nhuận bút.`);
    else problems.push(problem(`${commune.slug}/site.yaml`, 'Xã chưa chọn quy định nhuận bút nên không lập được bảng kê.', { field: 'royaltyScheme', fix: 'Thêm "royaltyScheme: <mã quy định>" (tên tệp trong _shared/royalty-schemes/).' }));
    continue;
  }
  problems.push(...prepared.problems);
  if (prepared.kind === 'report') docs.push(prepared.doc);
}

if (problems.length) console.error(`${formatProblems(problems)}\n`);
if (hasErrors(problems)) {
  console.error('Chưa lập bảng kê nào: sửa các lỗi trên rồi chạy lại.');
  process.exit(1);
}

await writeFilesAtomically(docs.flatMap((doc) => reportFiles(doc, args.outDir)));
for (const doc of docs) {
  const { report } = doc;
  const example = doc.scheme.example ? ' (LƯU Ý: quy định nhuận bút đang dùng số liệu mẫu)' : '';
  console.log(`${report.commune} ${report.period.label}: ${report.payees.length} người, tổng ${formatVnd(report.totals.gross)}, thuế ${formatVnd(report.totals.tax)}, thực nhận ${formatVnd(report.totals.net)}${example}`);
  console.log(`  → ${join(args.outDir, report.commune, `nhuan-but-${report.period.label}`)}.{json,csv,xlsx,html}`);
}
if (docs.length === 0) console.log('Không có bảng kê nào được lập.');
