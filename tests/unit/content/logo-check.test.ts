import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { logoByteProblems, logoProblems } from '../../../src/lib/content/logo-check.ts';

/** A PNG header (signature and IHDR) of the given size: what the check reads. */
function png(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}
const svg = (inside = '<circle r="3"/>') => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">${inside}</svg>`);

describe('the site logo', () => {
  test.each([
    ['a small SVG', 'logo.svg', svg(), []],
    ['a PNG 128 px high', 'logo.png', png(128, 128), []],
    ['a PNG 48 px high', 'logo.png', png(48, 48), ['Biểu trưng "logo.png" chỉ cao 48 điểm ảnh, sẽ bị mờ trên điện thoại (cần ít nhất 128).']],
    ['an SVG over 50 KB', 'logo.svg', svg(`<!--${'x'.repeat(60_000)}-->`), ['Biểu trưng "logo.svg" nặng 59 KB, quá giới hạn 50 KB.']],
    ['an SVG with a script', 'logo.svg', svg('<script>alert(1)</script>'), ['Biểu trưng "logo.svg" có mã chạy được (script, sự kiện on…, javascript:), không được đăng.']],
    ['an SVG with an event handler', 'logo.svg', svg('<circle onload="x()"/>'), ['Biểu trưng "logo.svg" có mã chạy được (script, sự kiện on…, javascript:), không được đăng.']],
    ['an SVG loading a web font', 'logo.svg', svg('<style>@import url(https://fonts.example/a.css);</style>'), ['Biểu trưng "logo.svg" tải tệp từ địa chỉ khác (href, url(), @import), không được đăng.']],
    ['an SVG using its own gradient', 'logo.svg', svg('<circle r="3" fill="url(#g)"/>'), []],
    ['a JPEG named .png', 'logo.png', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), ['Tệp "logo.png" không phải là ảnh PNG.']],
    ['a text file named .svg', 'logo.svg', Buffer.from('hello'), ['Tệp "logo.svg" không phải là ảnh SVG.']],
  ])('%s: %j', (_, name, bytes, expected) => {
    expect(logoByteProblems(name, bytes)).toEqual(expected);
  });

  test('a missing file is reported on site.yaml, field logo.file, with the fix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logo-'));
    expect(await logoProblems(dir, 'xa-mau', { file: './logo.svg' })).toEqual([
      { file: 'xa-mau/site.yaml', field: 'logo.file', severity: 'error', message: 'Không có tệp biểu trưng "logo.svg" cạnh site.yaml.', fix: 'Đặt tệp logo.svg vào thư mục xa-mau/, hoặc sửa logo.file cho đúng tên tệp.' },
    ]);
  });

  test('every problem of one file is reported at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logo-'));
    const big = Buffer.concat([png(64, 64), Buffer.alloc(60 * 1024)]);
    await mkdir(join(dir, 'xa-mau'), { recursive: true });
    await writeFile(join(dir, 'xa-mau', 'logo.png'), big);
    expect((await logoProblems(dir, 'xa-mau', { file: './logo.png' })).map((p) => p.message)).toEqual([
      'Biểu trưng "logo.png" nặng 61 KB, quá giới hạn 50 KB.',
      'Biểu trưng "logo.png" chỉ cao 64 điểm ảnh, sẽ bị mờ trên điện thoại (cần ít nhất 128).',
    ]);
  });
});
