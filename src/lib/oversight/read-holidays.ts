/**
 * Reads `_shared/holidays.yaml`, the public holidays that "working days" skip. Read here rather
 * than by the content loader because only the district report needs it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../content/read-yaml.ts';
import { zodProblems } from '../content/zod-problems.ts';
import { problem, type Problem } from '../problems.ts';
import { holidaysSchema } from '../schemas/holidays.ts';

export const HOLIDAYS_FILE = '_shared/holidays.yaml';

export interface Holidays {
  /** The holidays, `YYYY-MM-DD`. */
  days: Set<string>;
  problems: Problem[];
}

/** A missing file is a warning, not an error: delays are then counted on weekends alone. */
export async function readHolidays(contentDir: string): Promise<Holidays> {
  const source = await readFile(join(contentDir, HOLIDAYS_FILE), 'utf8').catch(() => undefined);
  if (source === undefined) {
    return {
      days: new Set(),
      problems: [
        problem(
          HOLIDAYS_FILE,
          'Không có danh sách ngày nghỉ lễ: thời hạn 5 ngày làm việc chỉ trừ thứ Bảy, Chủ nhật.',
          {
            severity: 'warning',
            fix: 'Tạo tệp _shared/holidays.yaml, mỗi dòng dạng "- { date: 2026-09-02, name: Quốc khánh }".',
          },
        ),
      ],
    };
  }
  const parsed = parseYaml(source, HOLIDAYS_FILE);
  if (parsed.problems.length) return { days: new Set(), problems: parsed.problems };
  const result = holidaysSchema.safeParse(parsed.value ?? []);
  if (!result.success)
    return {
      days: new Set(),
      problems: zodProblems(result.error, HOLIDAYS_FILE, parsed.lineOf, parsed.value),
    };
  return { days: new Set(result.data.map((holiday) => holiday.date.day)), problems: [] };
}
