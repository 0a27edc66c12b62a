import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { calendarTitle, calendarWeekProblems } from '../../../src/lib/content/calendar-check.ts';
import { isoWeek } from '../../../src/lib/sections/iso-week.ts';
import { check, write } from './scratch-commune.ts';

const FILE = 'xa-mau/lich-cong-tac/2026/tuan-48.md';
/** Week 48 of 2026 is Monday 23/11 to Sunday 29/11. */
const TITLE = 'Lịch công tác tuần 48 năm 2026 (từ 23/11 đến 27/11/2026)';
const table = (...days: string[]) =>
  ['| Ngày | Nội dung |', '| --- | --- |', ...days.map((day) => `| ${day} | Giao ban |`)].join('\n');

const messages = (title: string, week = '2026-W48', body = '') =>
  calendarWeekProblems({ file: FILE, title, week, body, titleLine: 2, bodyLine: 6 }).map(
    (p) => `${p.field ?? ''}:${p.line}: ${p.message}`,
  );

describe('the title of a week calendar names the week of its `week` field', () => {
  test.each([
    ['the week number, year and working days of the week', TITLE, '2026-W48'],
    ['no week named at all', 'Lịch công tác của lãnh đạo UBND xã', '2026-W48'],
    ['"tuần thứ 48"', 'Lịch làm việc tuần thứ 48', '2026-W48'],
    ['a week that runs into the next year, days without a year', 'Lịch công tác tuần 53 năm 2026 (từ 28/12 đến 01/01)', '2026-W53'],
    ['ISO week 1 of 2027 starts on Monday 04/01/2027', 'Lịch công tác tuần 1 năm 2027 (04/01 - 08/01/2027)', '2027-W01'],
    ['Sunday is part of the week', 'Lịch tuần 48 (23/11 - 29/11/2026)', '2026-W48'],
  ])('agrees: %s', (_, title, week) => {
    expect(messages(title, week)).toEqual([]);
  });

  test.each([
    [
      'last week\'s number, left from a copied file',
      'Lịch công tác tuần 47 năm 2026 (từ 23/11 đến 27/11/2026)',
      ['title:2: Tiêu đề ghi "tuần 47" nhưng week là 2026-W48 (tuần 48 năm 2026, từ 23/11/2026 đến 29/11/2026).'],
    ],
    [
      'last week\'s days',
      'Lịch công tác tuần 48 năm 2026 (từ 16/11 đến 20/11/2026)',
      [
        'title:2: Tiêu đề ghi ngày 16/11, không thuộc tuần 48 năm 2026, từ 23/11/2026 đến 29/11/2026 (week: 2026-W48).',
        'title:2: Tiêu đề ghi ngày 20/11/2026, không thuộc tuần 48 năm 2026, từ 23/11/2026 đến 29/11/2026 (week: 2026-W48).',
      ],
    ],
    [
      'last year\'s title',
      'Lịch công tác tuần 48 năm 2025 (từ 23/11 đến 27/11/2026)',
      ['title:2: Tiêu đề ghi "năm 2025" nhưng week là 2026-W48 (tuần 48 năm 2026, từ 23/11/2026 đến 29/11/2026).'],
    ],
    [
      'the right days in the wrong year',
      'Lịch công tác tuần 48 (từ 23/11/2025 đến 27/11/2025)',
      [
        'title:2: Tiêu đề ghi ngày 23/11/2025, không thuộc tuần 48 năm 2026, từ 23/11/2026 đến 29/11/2026 (week: 2026-W48).',
        'title:2: Tiêu đề ghi ngày 27/11/2025, không thuộc tuần 48 năm 2026, từ 23/11/2026 đến 29/11/2026 (week: 2026-W48).',
      ],
    ],
  ])('disagrees: %s', (_, title, expected) => {
    expect(messages(title)).toEqual(expected);
  });

  test('the fix gives a title the editor can copy', () => {
    const [found] = calendarWeekProblems({ file: FILE, title: 'Lịch tuần 47', week: '2026-W48', body: '', bodyLine: 6 });
    expect(found?.fix).toContain('"Lịch công tác tuần 48 năm 2026 (từ 23/11 đến 27/11/2026)"');
    expect(found?.severity).toBe('error');
  });

  test.each([
    ['2026-W48', 'Lịch công tác tuần 48 năm 2026 (từ 23/11 đến 27/11/2026)'],
    ['2026-W53', 'Lịch công tác tuần 53 năm 2026 (từ 28/12 đến 01/01/2027)'],
  ])('calendarTitle(%s) is %s', (week, title) => {
    expect(calendarTitle(isoWeek(week)!)).toBe(title);
  });
});

describe('the days in the first column of the table fall in the week, on the weekday written', () => {
  test.each([
    ['every day of the week, Monday to Sunday', table('Thứ Hai 23/11', 'Thứ 3, 24/11', 'Thứ Tư (25/11)', 'Thứ Năm 26/11/2026', 'Thứ Sáu 27/11', 'Thứ Bảy 28/11', 'Chủ nhật 29/11')],
    ['days without a weekday, and rows without a day', table('23/11', 'Cả tuần', '')],
    ['two days in one cell', table('Thứ Hai 23/11 - Thứ Ba 24/11')],
    ['a date in another column is not a day of the calendar', '| Thứ Hai 23/11 | Hạn nộp hồ sơ 15/12 |'],
    ['text outside the table', 'Lịch có thể thay đổi; xem lại ngày 30/11.'],
  ])('agrees: %s', (_, body) => {
    expect(messages(TITLE, '2026-W48', body)).toEqual([]);
  });

  test.each([
    [
      'a day of last week, on its table line',
      table('Thứ Hai 23/11', 'Thứ Ba 17/11'),
      [':10: Bảng lịch có ngày 17/11 không thuộc tuần 48 năm 2026, từ 23/11/2026 đến 29/11/2026 (week: 2026-W48).'],
    ],
    [
      'a weekday that is not the date\'s',
      table('Thứ Ba 25/11'),
      [':9: Bảng lịch ghi "Thứ Ba 25/11" nhưng ngày 25/11/2026 là Thứ Tư.'],
    ],
    [
      'Sunday written for a Saturday',
      table('CN 28/11'),
      [':9: Bảng lịch ghi "CN 28/11" nhưng ngày 28/11/2026 là Thứ Bảy.'],
    ],
  ])('disagrees: %s', (_, body, expected) => {
    expect(messages(TITLE, '2026-W48', body)).toEqual(expected);
  });
});

describe('npm run check reports a calendar whose title and week disagree, with file, line and field', () => {
  test('the title of last week on this week\'s file is an error', async () => {
    const { text, exit } = await check(async (c) =>
      write(
        join(c, 'lich-cong-tac/2026/tuan-48.md'),
        `---\ntitle: Lịch công tác tuần 47 năm 2026\ndate: 2026-11-21\nweek: 2026-W48\n---\n\n${table('Thứ Hai 16/11')}\n`,
      ),
    );
    expect(text).toContain(
      'Lỗi [title] xa-ben/lich-cong-tac/2026/tuan-48.md:2: Tiêu đề ghi "tuần 47" nhưng week là 2026-W48',
    );
    expect(text).toContain('xa-ben/lich-cong-tac/2026/tuan-48.md:9: Bảng lịch có ngày 16/11 không thuộc tuần 48 năm 2026');
    expect(exit).toBe(1);
  });
});
