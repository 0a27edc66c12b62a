import { parsePeriod, type Period } from '../royalty/period.ts';
import { parseFlags } from '../cli/parse-flags.ts';
import { parseNow } from '../cli/parse-now.ts';
import { vnDay } from '../vn-date.ts';

export interface ReportArgs {
  contentDir: string;
  outDir: string;
  now: Date;
  period: Period;
  /** The report's number (số), printed before the body's prefix; absent: left blank. */
  number?: string;
}

export const REPORT_USAGE = `Cách dùng: npm run report -- [--year 2026 | --period 2026-Q3]
  --content <thư mục>   thư mục nội dung (mặc định: content)
  --out <thư mục>       nơi ghi báo cáo (mặc định: reports/oversight)
  --now <ngày>          đồng hồ của lần chạy, ví dụ 2026-11-26, để kết quả lặp lại được
  --year <năm>          kỳ báo cáo là một năm (mặc định: năm hiện tại, tính đến hôm nay)
  --period <kỳ>         hoặc một quý 2026-Q3, một tháng 2026-09
  --number <số>         số của báo cáo do văn thư cấp, ví dụ 12 (mặc định: để trống, ghi tay khi ký)`;

/** Reads the report command's flags; throws a Vietnamese message for a bad one. */
export function parseReportArgs(argv: readonly string[], clock = new Date()): ReportArgs {
  const { values } = parseFlags(argv, {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'reports/oversight' },
    now: { type: 'string' },
    year: { type: 'string' },
    period: { type: 'string' },
    number: { type: 'string' },
  });
  const now = parseNow(values.now, clock);
  if (values.year !== undefined && values.period !== undefined)
    throw new Error('Dùng --year hoặc --period, không dùng cả hai.');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year))
    throw new Error(`--year "${values.year}" không hợp lệ. Viết năm có 4 chữ số, ví dụ 2026.`);
  const label = values.period ?? values.year ?? vnDay(now).slice(0, 4);
  const period = parsePeriod(label);
  if (!period)
    throw new Error(`--period "${label}" không hợp lệ. Viết 2026 (năm), 2026-Q3 (quý) hoặc 2026-09 (tháng).`);
  if (values.number !== undefined && !/^\d{1,6}$/.test(values.number))
    throw new Error(`--number "${values.number}" không hợp lệ. Viết số của báo cáo, ví dụ 12.`);
  const args: ReportArgs = {
    contentDir: values.content,
    outDir: values.out.replace(/\/+$/, '') || '.',
    now,
    period,
  };
  if (values.number !== undefined) args.number = values.number;
  return args;
}
