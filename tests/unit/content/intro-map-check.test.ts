import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { introPageProblems } from '../../../src/lib/content/intro-check.ts';
import { check, ITEM, write } from './scratch-commune.ts';

const MAP = (body: string, image = './ban-do.svg') =>
  `---\ntitle: Bản đồ hành chính\nkind: ban-do\nimage: ${image}\nimageAlt: Bản đồ xã Bên, sông chảy qua giữa xã\n---\n${body}`;
const DRAWING = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';

describe('the administrative map page describes the boundaries in text', () => {
  test.each([
    ['a map with its description', 'ban-do', 'Phía bắc giáp xã Mẫu; diện tích 50 km².', 0],
    ['a map with an empty page', 'ban-do', '\n  \n', 1],
    ['another introduction page may be empty', 'tong-quan', '', 0],
    ['a page without a kind may be empty', undefined, '', 0],
  ] as const)('%s: %s warning(s)', (_, kind, body, count) => {
    const found = introPageProblems('xa-ben/gioi-thieu/ban-do.md', kind, body);
    expect(found).toHaveLength(count);
    for (const p of found) expect(p.severity).toBe('warning');
  });
});

describe('an SVG image is published as drawn: check refuses one that runs code, and SVG outside Giới thiệu', () => {
  test.each([
    ['a plain drawing on the map page', 'gioi-thieu/ban-do.md', MAP('Phía bắc giáp xã Mẫu.'), DRAWING, undefined],
    [
      'a drawing with a script',
      'gioi-thieu/ban-do.md',
      MAP('Phía bắc giáp xã Mẫu.'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'Lỗi [image] xa-ben/gioi-thieu/ban-do.md:4: Ảnh "./ban-do.svg" có mã chạy được',
    ],
    [
      'a drawing with an event handler',
      'gioi-thieu/ban-do.md',
      MAP('Phía bắc giáp xã Mẫu.'),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
      'Ảnh "./ban-do.svg" có mã chạy được',
    ],
    [
      'a file named .svg that is not one',
      'gioi-thieu/ban-do.md',
      MAP('Phía bắc giáp xã Mẫu.'),
      'GIF89a',
      'Tệp "./ban-do.svg" không phải là ảnh SVG.',
    ],
    [
      'a news photo given as SVG',
      'tin-tuc/2026/ban-do.md',
      ITEM('image: ./ban-do.svg\nimageAlt: Bản đồ\n'),
      DRAWING,
      'Lỗi [image] xa-ben/tin-tuc/2026/ban-do.md:4: Ảnh "./ban-do.svg" là ảnh vẽ SVG; tin, bài ở mục này cần ảnh chụp dạng JPG, PNG hoặc WebP',
    ],
  ])('%s', async (_, path, markdown, svg, expected) => {
    const { text, exit } = await check(async (c) => {
      await write(join(c, path), markdown);
      await write(join(c, path, '..', 'ban-do.svg'), svg);
    });
    if (expected === undefined) {
      expect(text).not.toContain('ban-do');
      expect(exit).toBe(0);
    } else {
      expect(text).toContain(expected);
      expect(exit).toBe(1);
    }
  });

  test('the warning for a map without text reaches npm run check', async () => {
    const { text, exit } = await check(async (c) => {
      await write(join(c, 'gioi-thieu/ban-do.md'), MAP(''));
      await write(join(c, 'gioi-thieu/ban-do.svg'), DRAWING);
    });
    expect(text).toContain('Cảnh báo xa-ben/gioi-thieu/ban-do.md: Trang bản đồ hành chính chưa có phần mô tả bằng chữ');
    expect(exit).toBe(0);
  });
});
