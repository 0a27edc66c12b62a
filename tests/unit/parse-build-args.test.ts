import { describe, expect, test } from 'vitest';
import { parseBuildArgs } from '../../src/lib/build/parse-build-args.ts';

describe('build flags', () => {
  test('defaults: content/, dist/, every commune, the current time', () => {
    const clock = new Date('2026-11-26T05:00:00Z');
    expect(parseBuildArgs([], clock)).toEqual({
      contentDir: 'content',
      outDir: 'dist',
      communes: [],
      now: clock,
      portalOnly: false,
      batchItems: 3000,
    });
  });

  test('--commune repeats and accepts commas', () => {
    expect(parseBuildArgs(['--commune', 'a', '--commune', 'b,c']).communes).toEqual(['a', 'b', 'c']);
  });

  test('--now with a bare day is midnight in Vietnam', () => {
    expect(parseBuildArgs(['--now', '2026-11-26']).now.toISOString()).toBe('2026-11-25T17:00:00.000Z');
  });

  test('--shard i/n', () => {
    expect(parseBuildArgs(['--shard', '2/4']).shard).toEqual({ index: 2, count: 4 });
  });

  test.each([
    [['--now', '26/11/2026'], '--now "26/11/2026" không phải là ngày hợp lệ'],
    [['--shard', '5/4'], '--shard "5/4" không hợp lệ'],
    [['--shard', '0/4'], '--shard "0/4" không hợp lệ'],
    [['--batch-items', '0'], '--batch-items "0" phải là một số nguyên dương'],
  ])('%j is refused with a message in Vietnamese', (args, message) => {
    expect(() => parseBuildArgs(args)).toThrow(message);
  });

  // The batches are started by the build command itself: no flag of theirs is offered to users.
  test.each([['--batch'], ['--stage', '/tmp/x'], ['--xyz']])(
    '%j: the message lists only the user flags',
    (...args) => {
      const message = (() => {
        try {
          parseBuildArgs(args);
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      expect(message).toContain(
        'Các tham số: --commune, --content, --out, --now, --shard, --portal-only, --batch-items.',
      );
      expect(message.split('Các tham số:')[1]).not.toMatch(/--batch(?!-items)|--stage/);
    },
  );
});
