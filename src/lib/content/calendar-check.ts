import { formatDay } from '../format-date.ts';
import { problem, type Problem } from '../problems.ts';
import { isoWeek, type IsoWeek } from '../sections/iso-week.ts';

/**
 * A week's calendar says its week three times: in `week` (what the site files and dates it by),
 * in its title ("Lịch công tác tuần 48 năm 2026 (từ 23/11 đến 27/11/2026)", what every list
 * shows) and in the days of its table ("Thứ Hai 23/11"). Editors make next week's calendar by
 * copying this week's file, so one of the three is easily left behind, and a citizen then comes
 * to the commune on the wrong day. The title is the editor's own text (the content format keeps
 * it required and free), so it is checked rather than derived: every week number, year and
 * day it names must be those of `week`, and every day in the table's first column must fall in
 * that week, on the weekday written beside it.
 */
export interface CalendarSource {
  file: string;
  title: string;
  /** `2026-W48`, already valid (the schema checked it). */
  week: string;
  body: string;
  /** Line of the `title` field, and the line before the body's first line. */
  titleLine?: number | undefined;
  bodyLine: number;
}

/** Vietnamese weekday names as calendars write them, to the ISO weekday (Monday 1, Sunday 7). */
const WEEKDAYS: Record<string, number> = {
  hai: 1, '2': 1, ba: 2, '3': 2, 'tư': 3, 'bốn': 3, '4': 3, 'năm': 4, '5': 4, 'sáu': 5, '6': 5, 'bảy': 6, '7': 6,
};
const WEEKDAY_NAMES = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const WEEKDAY = /(?:thứ\s+(hai|ba|tư|bốn|năm|sáu|bảy|[2-7])|(chủ\s+nhật|cn))(?![\p{L}\d])/iu;
const DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g;

/** `YYYY-MM-DD` of a day and month in one of the years the week touches that falls in the week. */
function dayInWeek(week: IsoWeek, day: number, month: number, year?: number): string | undefined {
  const years = year !== undefined ? [year] : [...new Set([Number(week.start.slice(0, 4)), Number(week.end.slice(0, 4))])];
  return years
    .map((y) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
    .find((iso) => iso >= week.start && iso <= week.end);
}

const isoWeekday = (iso: string): number => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The title an editor can copy: the week, and its working days Monday to Friday. */
export function calendarTitle(week: IsoWeek): string {
  const friday = new Date(Date.parse(`${week.start}T00:00:00Z`) + 4 * 86_400_000).toISOString().slice(0, 10);
  return `Lịch công tác tuần ${week.week} năm ${week.year} (từ ${formatDay(week.start).slice(0, 5)} đến ${formatDay(friday)})`;
}

export function calendarWeekProblems(source: CalendarSource): Problem[] {
  const week = isoWeek(source.week);
  if (!week) return [];
  const span = `tuần ${week.week} năm ${week.year}, từ ${formatDay(week.start)} đến ${formatDay(week.end)}`;
  const titleFix = `Sửa tiêu đề cho đúng tuần của lịch, ví dụ "${calendarTitle(week)}"; hoặc, nếu tiêu đề đúng, sửa week cho đúng tuần đó.`;
  const problems: Problem[] = [];
  const inTitle = (message: string) =>
    problems.push(problem(source.file, message, { line: source.titleLine, field: 'title', fix: titleFix }));

  const title = source.title.normalize('NFC');
  const number = /tuần\s+(?:thứ\s+)?(\d{1,2})(?!\d)/iu.exec(title);
  if (number && Number(number[1]) !== week.week)
    inTitle(`Tiêu đề ghi "tuần ${number[1]}" nhưng week là ${source.week} (${span}).`);
  const year = /năm\s+(\d{4})(?!\d)/iu.exec(title);
  if (year && Number(year[1]) !== week.year)
    inTitle(`Tiêu đề ghi "năm ${year[1]}" nhưng week là ${source.week} (${span}).`);
  for (const match of title.matchAll(DAY)) {
    if (!dayInWeek(week, Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])))
      inTitle(`Tiêu đề ghi ngày ${match[0]}, không thuộc ${span} (week: ${source.week}).`);
  }

  source.body.split('\n').forEach((text, index) => {
    const cell = firstCell(text.normalize('NFC'));
    if (cell === undefined) return;
    const line = source.bodyLine + index + 1;
    const fix = `Sửa ngày trong bảng cho đúng ${span}, hoặc sửa week nếu cả lịch là của tuần khác.`;
    let previousEnd = 0;
    for (const match of cell.matchAll(DAY)) {
      // The weekday written before this day and after the one before it: "Thứ Hai 23/11 - Thứ Ba 24/11".
      const named = WEEKDAY.exec(cell.slice(previousEnd, match.index));
      previousEnd = match.index + match[0].length;
      const iso = dayInWeek(week, Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
      if (!iso) {
        problems.push(problem(source.file, `Bảng lịch có ngày ${match[0]} không thuộc ${span} (week: ${source.week}).`, { line, fix }));
        continue;
      }
      if (!named) continue;
      const weekday = named[2] !== undefined ? 7 : WEEKDAYS[named[1]!.toLowerCase()]!;
      if (weekday !== isoWeekday(iso))
        problems.push(
          problem(source.file, `Bảng lịch ghi "${named[0]} ${match[0]}" nhưng ngày ${formatDay(iso)} là ${WEEKDAY_NAMES[isoWeekday(iso)]}.`, {
            line,
            fix: `Sửa thứ hoặc ngày cho khớp nhau (${formatDay(iso)} là ${WEEKDAY_NAMES[isoWeekday(iso)]}).`,
          }),
        );
    }
  });
  return problems;
}

/** The first cell of a Markdown table row, or undefined for any other line and the header rule. */
function firstCell(line: string): string | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || /^\|[\s:|-]+\|?$/.test(trimmed)) return undefined;
  return trimmed.slice(1).split('|')[0];
}
