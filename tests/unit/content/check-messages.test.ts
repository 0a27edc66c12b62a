import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { check, DOCUMENT, ITEM, news, write } from './scratch-commune.ts';

describe('a key that decides publication, misspelt, is an error: a draft must never go public', () => {
  test.each([
    ['Draft: true', 'Draft: true\n', 'Trường "Draft" viết sai tên của "draft"'],
    ['darft: true', 'darft: true\n', 'Trường "darft" viết sai tên của "draft"'],
    ['DRAFT: true', 'DRAFT: true\n', 'Trường "DRAFT" viết sai tên của "draft"'],
    ['dat: (a scheduled date)', 'dat: 2027-01-01\n', 'Trường "dat" viết sai tên của "date"'],
  ])('%s', async (_, extra, expected) => {
    const { text, exit } = await check(async (c) => write(join(news(c), 'nhap.md'), ITEM(extra)));
    expect(text).toContain(`Lỗi [${extra.split(':')[0]}] xa-ben/tin-tuc/2026/nhap.md:4: ${expected}`);
    expect(exit).toBe(1);
  });

  test('a near miss of another key stays a warning', async () => {
    const { text, exit } = await check(async (c) => write(join(news(c), 'tom-tat.md'), ITEM('sumary: Tóm tắt\n')));
    expect(text).toContain('Cảnh báo [sumary]');
    expect(exit).toBe(0);
  });
});

describe('YAML mistakes are said once, where they are, with what to do', () => {
  test('a YAML tag (which Astro would refuse) is an error, not a warning', async () => {
    const { text, exit } = await check(async (c) => write(join(news(c), 'the.md'), ITEM('extra: !!js/function "function () {}"\n')));
    expect(text).toContain('xa-ben/tin-tuc/2026/the.md:4: YAML không đọc được: thẻ "!!js/function" không được dùng');
    expect(exit).toBe(1);
  });

  test('a duplicate key is named, without talk of Tab', async () => {
    const { text } = await check(async (c) => write(join(news(c), 'trung.md'), ITEM('title: Lần hai\n')));
    expect(text).toContain('xa-ben/tin-tuc/2026/trung.md:4: YAML không đọc được: trường "title" được khai báo hai lần (lần thứ hai ở dòng 4)');
    expect(text).toContain('Giữ lại một dòng "title: …" và xóa dòng kia.');
    expect(text).not.toContain('Tab');
  });

  test('one stray line in people.yaml is one problem, not one per person credited', async () => {
    const { text, count } = await check(async (c) => {
      const people = await readFile(join(c, 'people.yaml'), 'utf8');
      await write(join(c, 'people.yaml'), people.replace('  name: Phạm Văn Tư\n', '  name: Phạm Văn Tư\n dòng lạc\n'));
    });
    expect(text).toContain('xa-ben/people.yaml:3: YAML không đọc được');
    expect(text).not.toContain('Không có người mã');
    expect(count).toBe(1);
  });
});

describe('a value outside a list of allowed values comes with the closest one', () => {
  test.each([
    ['a document type', DOCUMENT('./80.pdf').replace('type: cong-van', 'type: quyet-dinhh'), 'van-ban/2026/80.md', 'Có phải ý bạn là "quyet-dinh"?'],
    ['a credit role', ITEM().replace('role: tac-gia', 'role: chup-anh'), 'tin-tuc/2026/vai-tro.md', 'Có phải ý bạn là "anh"?'],
  ])('%s', async (_, text, path, expected) => {
    const result = await check(async (c) => {
      await write(join(c, path), text);
      await write(join(c, 'van-ban/2026/80.pdf'), '%PDF-1.4');
    });
    expect(result.text).toContain(expected);
  });
});

test('the summary never lists no commune', async () => {
  const report = await checkContent({ contentDir: 'tests/fixtures/content', communes: ['xa-bne'] });
  expect(report.text).toContain('Không có xã "xa-bne" trong thư mục nội dung. Có phải ý bạn là: "xa-ben"?');
  expect(report.text).not.toMatch(/: \.$/m);
  expect(report.text.split('\n').at(-1)).toMatch(/Sửa các lỗi trên trước khi xây dựng trang\.$/);
});

test('an address the build removes is a warning with its line, read as Markdown reads it', async () => {
  const { text, exit } = await check(async (c) => write(join(news(c), 'lien-ket.md'), ITEM('', 'Dòng một.\n\n[bấm](javascript\\:alert\\(1\\)) và [thư](mailto:ubnd@xa.gov.vn)')));
  expect(text).toContain('Cảnh báo xa-ben/tin-tuc/2026/lien-ket.md:10: Địa chỉ "javascript:alert(1)" không được phép trên trang nên liên kết hoặc ảnh này sẽ bị bỏ.');
  expect(text).not.toContain('ubnd@xa.gov.vn');
  expect(exit).toBe(0);
});
