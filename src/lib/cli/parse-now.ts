import { parseVnDate } from '../vn-date.ts';

/**
 * The clock of a run from `--now` (a day, midnight in Vietnam, or a date and time), or `clock`
 * when the flag is not given. Every command takes it, so that its output can be reproduced.
 */
export function parseNow(value: string | undefined, clock: Date): Date {
  if (value === undefined) return clock;
  const parsed = parseVnDate(value);
  if (!parsed)
    throw new Error(
      `--now "${value}" không phải là ngày hợp lệ. Viết dạng 2026-11-26 hoặc 2026-11-26T08:00:00+07:00.`,
    );
  return parsed.instant;
}
