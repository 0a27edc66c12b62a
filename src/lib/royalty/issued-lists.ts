/**
 * The ledger of issued payment lists, `private/<commune>/bang-ke-da-lap.yaml`: one entry per
 * list issued with `--issue` (number, period, payment day, totals, the SHA-256 of its JSON), so
 * that no work is paid twice: a list whose period overlaps an issued one is refused. It is
 * private data, beside payees.yaml: the site build never reads it.
 * @see content-format.md "Royalty calculation (nhuận bút, thù lao): version 2", "Issued lists"
 */
import { z } from 'astro/zod';
import { parseYaml } from '../content/read-yaml.ts';
import { zodProblems } from '../content/zod-problems.ts';
import { formatDay } from '../format-date.ts';
import { problem, type Problem } from '../problems.ts';
import { legalDay } from '../schemas/base-salary.ts';
import type { Period } from './period.ts';

export const LEDGER_FILE = 'bang-ke-da-lap.yaml';

const money = () => z.number().int().min(0);

export const issuedListSchema = z.object({
  number: z.string().describe('Số bảng kê: <n>/<year>'),
  period: z.string().describe('2026-01, 2026-Q1 or 2026'),
  from: legalDay(),
  to: legalDay(),
  paidOn: legalDay(),
  issuedOn: legalDay(),
  gross: money(),
  tax: money(),
  net: money(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type IssuedList = z.output<typeof issuedListSchema>;

/** Reads the ledger; an absent file is an empty ledger. */
export function parseLedger(
  source: string | undefined,
  file: string,
): { lists: IssuedList[]; problems: Problem[] } {
  if (source === undefined) return { lists: [], problems: [] };
  const parsed = parseYaml(source, file);
  if (parsed.problems.length > 0) return { lists: [], problems: parsed.problems };
  const result = z.array(issuedListSchema).safeParse(parsed.value ?? []);
  if (!result.success)
    return { lists: [], problems: zodProblems(result.error, file, parsed.lineOf, parsed.value) };
  return { lists: result.data, problems: [] };
}

/** The issued list whose period overlaps `period`, if any: paying it again would pay the same work twice. */
export const overlappingList = (
  lists: readonly IssuedList[],
  period: Pick<Period, 'from' | 'to'>,
): IssuedList | undefined => lists.find((list) => list.from <= period.to && period.from <= list.to);

/** The refusal, naming the earlier list. */
export const overlapProblem = (file: string, period: Period, earlier: IssuedList): Problem =>
  problem(
    file,
    `Kỳ ${period.label} trùng với bảng kê số ${earlier.number} (kỳ ${earlier.period}, từ ${formatDay(earlier.from)} đến ${formatDay(earlier.to)}) đã lập ngày ${formatDay(earlier.issuedOn)}: không lập lại để khỏi chi trả hai lần.`,
    {
      fix: `Lập bảng kê cho kỳ chưa chi trả. Nếu bảng kê số ${earlier.number} bị hủy, ghi rõ lý do vào hồ sơ kế toán rồi xóa mục đó khỏi ${file}.`,
    },
  );

/** The next number in the year of issue: the lists issued that year, plus one. */
export function nextNumber(lists: readonly IssuedList[], issuedOn: string): string {
  const year = issuedOn.slice(0, 4);
  return `${lists.filter((list) => list.number.endsWith(`/${year}`)).length + 1}/${year}`;
}

/** The ledger as written: a comment for whoever opens it, then one block per list. */
export function ledgerYaml(lists: readonly IssuedList[]): string {
  const blocks = lists.map((list) =>
    [
      `- number: "${list.number}"`,
      `  period: "${list.period}"`,
      ...(['from', 'to', 'paidOn', 'issuedOn', 'gross', 'tax', 'net', 'sha256'] as const).map(
        (key) => `  ${key}: ${list[key]}`,
      ),
    ].join('\n'),
  );
  return `# Các bảng kê chi trả nhuận bút, thù lao đã lập chính thức (npm run royalties -- --issue).\n# Dữ liệu riêng: không đưa lên trang, không đưa vào git.\n${blocks.join('\n')}\n`;
}
