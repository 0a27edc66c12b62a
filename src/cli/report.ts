/**
 * `npm run report [-- --year 2026 | --period 2026-Q3] [--content content] [--now …] [--out reports/district]`:
 * the district's oversight report on every commune's site (complete, current, paid for), as
 * `index.html` (readable and printable), `communes.csv`, `communes.json` and one page per
 * commune. An internal report: written outside `dist/`, never published.
 * Content errors do not stop it: they are counted per commune and listed as actions.
 */
import { join } from 'node:path';
import { loadContent } from '../lib/content/load-content.ts';
import { buildDistrictReport } from '../lib/district/district-report.ts';
import { parseReportArgs, REPORT_USAGE } from '../lib/district/parse-report-args.ts';
import { readHolidays } from '../lib/district/read-holidays.ts';
import { districtReportFiles } from '../lib/district/report-files.ts';
import { formatVnd } from '../lib/format-vnd.ts';
import { formatProblems } from '../lib/problems.ts';
import { writeFilesAtomically } from '../lib/reports/write-atomic.ts';
import { parseOrExit } from '../lib/cli/parse-or-exit.ts';

const args = parseOrExit(parseReportArgs, REPORT_USAGE);

const [content, holidays] = await Promise.all([loadContent({ contentDir: args.contentDir }), readHolidays(args.contentDir)]);
if (holidays.problems.length) console.error(formatProblems(holidays.problems));
const errors = content.problems.filter((p) => p.severity === 'error').length;
if (errors) console.error(`Nội dung có ${errors} lỗi (chạy npm run check để xem); báo cáo vẫn được lập và ghi số lỗi của từng xã.`);

const report = buildDistrictReport(content, { now: args.now, period: args.period, holidays: holidays.days });
await writeFilesAtomically(districtReportFiles(report, args.outDir));

for (const c of report.communes) console.log(`${String(c.rank).padStart(3)}. ${c.name}: ${c.score}/${report.maxScore} điểm, ${c.actions.length} việc cần làm`);
console.log(`Nhuận bút, thù lao toàn huyện ${report.period.label}: ${formatVnd(report.district.royaltyTotals.gross)}`);
console.log(`→ ${join(args.outDir, 'index.html')}, communes.csv, communes.json`);
