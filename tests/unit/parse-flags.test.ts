import { describe, expect, test } from 'vitest';
import { parseFlags } from '../../src/lib/cli/parse-flags.ts';

const OPTIONS = {
  content: { type: 'string', default: 'content' },
  all: { type: 'boolean', default: false },
} as const;

describe('every command reads its flags the same way, and says what is wrong in Vietnamese', () => {
  test('flags are read with their defaults', () => {
    expect(parseFlags(['--all'], OPTIONS).values).toEqual({ content: 'content', all: true });
  });

  test.each([
    [
      'a misspelt flag names the closest one',
      ['--contnet', 'x'],
      'Không có tham số --contnet. Có phải --content? Các tham số: --content, --all.',
    ],
    [
      'an unknown flag lists the real ones',
      ['--xyz'],
      'Không có tham số --xyz. Các tham số: --content, --all.',
    ],
    [
      'a flag without its value',
      ['--content'],
      'Tham số --content cần một giá trị ngay sau nó, ví dụ --content <giá trị>.',
    ],
    ['a value given to a yes/no flag', ['--all=1'], 'Tham số --all không nhận giá trị: chỉ viết --all.'],
    [
      'a stray word',
      ['content'],
      'Không hiểu "content": mỗi giá trị đi sau tên tham số của nó (--content, --all).',
    ],
  ])('%s', (_, argv, message) => {
    expect(() => parseFlags(argv, OPTIONS)).toThrow(message);
  });

  test('a command that takes words gets them', () => {
    expect(parseFlags(['xa-mau', 'tin-tuc'], OPTIONS, true).positionals).toEqual(['xa-mau', 'tin-tuc']);
  });
});
