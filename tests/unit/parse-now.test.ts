import { expect, test } from 'vitest';
import { parseBuildArgs } from '../../src/lib/build/parse-build-args.ts';
import { parseNow } from '../../src/lib/cli/parse-now.ts';
import { parseReportArgs } from '../../src/lib/oversight/parse-report-args.ts';
import { parseRoyaltyArgs } from '../../src/lib/reports/parse-royalty-args.ts';

const clock = new Date('2030-01-01T00:00:00Z');

test.each([
  { value: undefined, expected: clock.toISOString() },
  { value: '2026-11-26', expected: '2026-11-25T17:00:00.000Z' },
  { value: '2026-11-26T08:00:00+07:00', expected: '2026-11-26T01:00:00.000Z' },
])('--now $value is $expected', ({ value, expected }) => {
  expect(parseNow(value, clock).toISOString()).toBe(expected);
});

// Every command reads --now the same way and says the same thing when it is wrong.
test.each([
  { command: 'build', parse: (now: string[]) => parseBuildArgs(now, clock).now },
  {
    command: 'royalties',
    parse: (now: string[]) => parseRoyaltyArgs(['--all', '--period', '2026', ...now], clock).now,
  },
  { command: 'report', parse: (now: string[]) => parseReportArgs(now, clock).now },
])('$command: the clock from --now, or a clear message', ({ parse }) => {
  expect(parse([]).toISOString()).toBe(clock.toISOString());
  expect(parse(['--now', '2026-11-26']).toISOString()).toBe('2026-11-25T17:00:00.000Z');
  expect(() => parse(['--now', '26/11/2026'])).toThrow(
    '--now "26/11/2026" không phải là ngày hợp lệ. Viết dạng 2026-11-26 hoặc 2026-11-26T08:00:00+07:00.',
  );
});
