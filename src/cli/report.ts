/**
 * `npm run report [-- --year 2026 | --period 2026-Q3] [--number 12] [--content content] [--now …] [--out reports/oversight]`:
 * the oversight report of the body named in `_shared/oversight.yaml` (a Sở of the province since
 * 2025) on every commune's site (complete, current, paid for), as `index.html` (an official
 * document, printable on A4), `communes.csv`, `communes.json` and one page per commune.
 * An internal report: written outside `dist/`, never published.
 * Compatibility: before December 2026 it was the district's report, written to `reports/district/`
 * by default; `--out reports/district` still writes it there.
 * Content errors do not stop it: they are counted per commune and listed as actions.
 */
import { join } from 'node:path';
import { loadContent } from '../lib/content/load-content.ts';
import { buildOversightReport } from '../lib/oversight/oversight-report.ts';
import { parseReportArgs, REPORT_USAGE } from '../lib/oversight/parse-report-args.ts';
import { readHolidays } from '../lib/oversight/read-holidays.ts';
import { readOversight } from '../lib/oversight/read-oversight.ts';
import { oversightReportFiles } from '../lib/oversight/report-files.ts';
import { formatVnd } from '../lib/format-vnd.ts';
import { formatProblems } from '../lib/problems.ts';
import { writeFilesAtomically } from '../lib/reports/write-atomic.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';

const args = parseOrExit(parseReportArgs, REPORT_USAGE);

const [content, holidays, oversight] = await Promise.all([
  loadContent({ contentDir: args.contentDir }),
  readHolidays(args.contentDir),
  readOversight(args.contentDir),
]);
if (holidays.problems.length) console.error(formatProblems(holidays.problems));
if (oversight.problems.length) console.error(formatProblems(oversight.problems));
if (!oversight.oversight && !oversight.problems.length)
  console.warn(
    'Chưa có _shared/oversight.yaml: báo cáo không có tiêu đề cơ quan, số ký hiệu và chữ ký (xem README, mục Báo cáo theo dõi).',
  );
const errors = content.problems.filter((p) => p.severity === 'error').length;
if (errors)
  console.error(
    `Nội dung có ${errors} lỗi (chạy npm run check để xem); báo cáo vẫn được lập và ghi số lỗi của từng xã.`,
  );

const report = buildOversightReport(content, {
  now: args.now,
  period: args.period,
  holidays: holidays.days,
  oversight: oversight.oversight,
  number: args.number,
});
await writeFilesAtomically(oversightReportFiles(report, args.outDir));

for (const c of report.communes)
  console.log(
    `${String(c.rank).padStart(3)}. ${c.name}: ${c.score}/${report.maxScore} điểm, ${c.actions.length} việc cần làm`,
  );
for (const a of report.archived)
  console.log(`     ${a.name}: đã sáp nhập vào ${a.into} từ ${a.dissolvedOn}, không xếp hạng`);
console.log(`Nhuận bút, thù lao cộng ${report.period.label}: ${formatVnd(report.total.royaltyTotals.gross)}`);
console.log(`Yêu cầu theo ${report.decree.name} (có hiệu lực ngày ${report.today}).`);
console.log(`→ ${join(args.outDir, 'index.html')}, communes.csv, communes.json`);
