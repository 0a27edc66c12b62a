import { describe, expect, test } from 'vitest';
import { parseVnDate, vnDay } from '../../src/lib/vn-date.ts';

describe('parseVnDate reads dates as editors write them', () => {
  test.each([
    ['a bare day is midnight in Vietnam', '2022-01-18', '2022-01-17T17:00:00.000Z', '2022-01-18'],
    ['a time with the +07:00 zone', '2022-01-18T08:00:00+07:00', '2022-01-18T01:00:00.000Z', '2022-01-18'],
    [
      'a UTC time late in the day falls on the next Vietnam day',
      '2022-01-18T20:00:00Z',
      '2022-01-18T20:00:00.000Z',
      '2022-01-19',
    ],
    ['a time without zone is Vietnam time', '2022-01-18T08:00', '2022-01-18T01:00:00.000Z', '2022-01-18'],
    ['a leap day', '2024-02-29', '2024-02-28T17:00:00.000Z', '2024-02-29'],
  ])('%s: %s', (_, input, instant, day) => {
    const parsed = parseVnDate(input);
    expect(parsed?.instant.toISOString()).toBe(instant);
    expect(parsed?.day).toBe(day);
  });

  test('a YAML 1.1 Date at UTC midnight is read back as the day it names', () => {
    expect(parseVnDate(new Date('2022-01-18T00:00:00Z'))).toEqual({
      instant: new Date('2022-01-17T17:00:00Z'),
      day: '2022-01-18',
    });
  });

  test.each([
    ['2022-02-30'],
    ['2023-02-29'],
    ['18/01/2022'],
    ['2022-1-18'],
    ['hôm qua'],
    [''],
    [20220118],
    [null],
  ])('rejects %s', (input) => {
    expect(parseVnDate(input)).toBeUndefined();
  });

  test.each([
    ['2022-01-17T16:59:59Z', '2022-01-17'],
    ['2022-01-17T17:00:00Z', '2022-01-18'],
  ])('vnDay(%s) is %s', (instant, day) => {
    expect(vnDay(new Date(instant))).toBe(day);
  });
});
