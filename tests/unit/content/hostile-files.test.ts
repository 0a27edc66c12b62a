import { readFile, rename, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pngOfSize } from '../../support/tiny-png.ts';
import { check, DOCUMENT, FIXTURES, ITEM, news, SECRET, write } from './scratch-commune.ts';

describe('no file that is not the editor\'s own is read or published: a link is an error', () => {
  test.each([
    ['an attachment linked to private payee data', async (c: string, root: string) => {
      await write(join(c, 'van-ban/2026/80-ubnd.md'), DOCUMENT('./80-ubnd.pdf'));
      await symlink(join(root, 'private/xa-ben/payees.yaml'), join(c, 'van-ban/2026/80-ubnd.pdf'));
    }, 'xa-ben/van-ban/2026/80-ubnd.pdf: "van-ban/2026/80-ubnd.pdf" là một liên kết (symlink)'],
    ['an image linked to private payee data', async (c: string, root: string) => {
      await write(join(news(c), 'anh.md'), ITEM('', '![Ảnh](./anh.png)'));
      await symlink(join(root, 'private/xa-ben/payees.yaml'), join(news(c), 'anh.png'));
    }, 'là một liên kết (symlink)'],
    ['an attachment linked to a system file', async (c: string) => {
      await write(join(c, 'van-ban/2026/80-ubnd.md'), DOCUMENT('./80-ubnd.pdf'));
      await symlink('/etc/passwd', join(c, 'van-ban/2026/80-ubnd.pdf'));
    }, 'là một liên kết (symlink)'],
    ['an item that is a link', async (c: string, root: string) => {
      await write(join(root, 'elsewhere.md'), ITEM());
      await symlink(join(root, 'elsewhere.md'), join(news(c), 'lien-ket.md'));
    }, 'xa-ben/tin-tuc/2026/lien-ket.md: "tin-tuc/2026/lien-ket.md" là một liên kết (symlink)'],
    ['a folder that is a link', async (c: string, root: string) => {
      await symlink(join(root, 'private'), join(c, 'tin-tuc/rieng'));
    }, '"tin-tuc/rieng" là một liên kết (symlink)'],
    ['site.yaml that is a link', async (c: string, root: string) => {
      await rename(join(c, 'site.yaml'), join(root, 'site.yaml'));
      await symlink(join(root, 'private/xa-ben/payees.yaml'), join(c, 'site.yaml'));
    }, '"xa-ben/site.yaml" là một liên kết (symlink), không phải tệp thật, nên không được đọc.'],
    ['people.yaml that is a link', async (c: string, root: string) => {
      await rename(join(c, 'people.yaml'), join(root, 'people.yaml'));
      await symlink(join(root, 'private/xa-ben/payees.yaml'), join(c, 'people.yaml'));
    }, '"xa-ben/people.yaml" là một liên kết (symlink)'],
    ['a commune folder that is a link', async (c: string, root: string) => {
      await symlink(c, join(root, 'content/xa-lien-ket'));
    }, '"xa-lien-ket" trong thư mục nội dung là một liên kết (symlink)'],
  ])('%s', async (_, setup, expected) => {
    const { text, exit } = await check(setup);
    expect(text).toContain(expected);
    expect(text).not.toContain(SECRET);
    expect(exit).toBe(1);
  });
});

describe('everything the build would trip over or silently lose is an error of check', () => {
  test.each([
    ['file: ./.. (the folder above)', async (c: string) => write(join(c, 'van-ban/2026/80-ubnd.md'), DOCUMENT('./..')), 'Tệp đính kèm phải nằm cạnh tệp .md'],
    ['a folder with a typo', async (c: string) => write(join(c, 'tintuc/bai.md'), ITEM()), 'Thư mục "tintuc" không phải một mục của trang, nên mọi bài trong đó sẽ bị bỏ qua. Có phải ý bạn là "tin-tuc"?'],
    ['a folder with another name', async (c: string) => write(join(c, 'tin-tuc-moi/bai.md'), ITEM()), 'Thư mục "tin-tuc-moi" không phải một mục của trang'],
    ['an item saved as .MD', async (c: string) => write(join(news(c), 'bai-hoa.MD'), ITEM()), 'Tệp "bai-hoa.MD" có đuôi mà trang không đọc'],
    ['an item saved as .markdown', async (c: string) => write(join(news(c), 'bai.markdown'), ITEM()), 'Đổi tên thành "bai.md"'],
    ['an item where the register\'s filters are', async (c: string) => write(join(c, 'van-ban/loai/quyet-dinh.md'), DOCUMENT('./x.pdf')), 'Địa chỉ "van-ban/loai/quyet-dinh/" trùng với trang do hệ thống tự tạo'],
    ['an item where the news pages are', async (c: string) => write(join(c, 'tin-tuc/trang/2.md'), ITEM()), 'Địa chỉ "tin-tuc/trang/2/" trùng với trang do hệ thống tự tạo'],
    ['an item where a news category is', async (c: string) => write(join(c, 'tin-tuc/chuyen-muc/kinh-te.md'), ITEM()), 'Địa chỉ "tin-tuc/chuyen-muc/kinh-te/" trùng với trang do hệ thống tự tạo'],
    ['a raw HTML image that does not exist', async (c: string) => write(join(news(c), 'anh.md'), ITEM('', 'Ảnh:\n\n<img src="x.png" alt="x">')), 'xa-ben/tin-tuc/2026/anh.md:10: Không tìm thấy tệp "./x.png" cạnh bài viết.'],
    ['an image from the site root', async (c: string) => write(join(news(c), 'anh.md'), ITEM('', '![Ảnh](/anh.png)')), '"/anh.png" là đường dẫn tính từ gốc trang web'],
    ['a Gallery naming a missing image', async (c: string) => write(join(news(c), 'anh.mdx'), ITEM('', '<Gallery images="./a.jpg, ./b.jpg" alts="A | B" />')), 'Không tìm thấy tệp "./a.jpg" cạnh bài viết.'],
    ['bytes that are not UTF-8', async (c: string) => write(join(news(c), 'ma-cu.md'), Buffer.concat([Buffer.from(ITEM('', 'Dòng một.\nDòng hai ')), Buffer.from([0xc0, 0xe0, 0x20, 0x0a])])), 'xa-ben/tin-tuc/2026/ma-cu.md:10: Tệp không phải văn bản UTF-8'],
    ['a NUL byte', async (c: string) => write(join(news(c), 'nul.md'), ITEM('', 'Dòng một.\nHai\0ba')), 'xa-ben/tin-tuc/2026/nul.md:9: Tệp có ký tự rỗng (NUL)'],
    ['a people.yaml that is not UTF-8', async (c: string) => write(join(c, 'people.yaml'), Buffer.from([0x2d, 0x20, 0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a])), 'xa-ben/people.yaml:1: Tệp không phải văn bản UTF-8'],
    ['a 30,000 × 30,000 PNG of a few hundred bytes', async (c: string) => {
      await write(join(news(c), 'anh.md'), ITEM('', '![Bản đồ](./bom.png)'));
      await write(join(news(c), 'bom.png'), pngOfSize(30_000, 30_000));
    }, 'Ảnh "./bom.png" có 30.000 × 30.000 điểm ảnh, quá giới hạn 50.000.000 điểm ảnh'],
    ['a file that is not an image though named .png', async (c: string) => {
      await write(join(news(c), 'anh.md'), ITEM('', '![Bản đồ](./hong.png)'));
      await write(join(news(c), 'hong.png'), 'không phải ảnh');
    }, 'Tệp "./hong.png" không đọc được như một ảnh'],
    ['an image whose name on disk is decomposed (NFD)', async (c: string) => {
      await write(join(news(c), 'anh.md'), ITEM('', '![Ảnh](./ảnh.png)'));
      await write(join(news(c), 'ảnh.png'.normalize('NFD')), pngOfSize(10, 10));
    }, 'trên đĩa được lưu ở dạng Unicode khác'],
  ])('%s', async (_, setup, expected) => {
    const { text, exit } = await check(setup);
    expect(text).toContain(expected);
    expect(exit).toBe(1);
  });

  test('an attachment whose name on disk is decomposed (NFD) is found', async () => {
    const { text, exit } = await check(async (c) => {
      await write(join(c, 'van-ban/2026/80-ubnd.md'), DOCUMENT('./quyết-định.pdf'));
      await write(join(c, 'van-ban/2026', 'quyết-định.pdf'.normalize('NFD')), '%PDF-1.4');
    });
    expect(text).toBe('');
    expect(exit).toBe(0);
  });

  test('an image of normal size and a folder starting with "_" pass', async () => {
    const { text, exit } = await check(async (c) => {
      await write(join(news(c), 'anh.md'), ITEM('', '![Ảnh](./anh.png) và <img src="anh.png" alt="Ảnh">'));
      await write(join(news(c), 'anh.png'), pngOfSize(4000, 3000));
      await write(join(c, '_nhap/ghi-chu.md'), 'ghi chú');
    });
    expect(text).toBe('');
    expect(exit).toBe(0);
  });

  test('a schema error does not hide a missing attachment', async () => {
    const { text } = await check(async (c) => write(join(c, 'van-ban/2026/80-ubnd.md'), DOCUMENT('./khong-co.pdf').replace('type: cong-van', 'type: cong-vann')));
    expect(text).toContain('[type]');
    expect(text).toContain('Không tìm thấy tệp "./khong-co.pdf"');
  });
});

test('the payee data never appears in a message, whatever links to it', async () => {
  const { text } = await check(async (c, root) => {
    await symlink(join(root, 'private/xa-ben/payees.yaml'), join(news(c), 'x.md'));
    await write(join(c, 'van-ban/2026/80-ubnd.md'), DOCUMENT('./80-ubnd.pdf'));
    await symlink(join(root, 'private/xa-ben/payees.yaml'), join(c, 'van-ban/2026/80-ubnd.pdf'));
  });
  expect(text).not.toContain(SECRET);
  expect(await readFile(join(FIXTURES, 'xa-ben/site.yaml'), 'utf8')).not.toContain(SECRET);
});

test('the reserved folders of the register are its filters', async () => {
  const { RESERVED_FOLDERS } = await import('../../../src/lib/content/reserved-paths.ts');
  const { FACETS } = await import('../../../src/lib/sections/document-filters.ts');
  expect(RESERVED_FOLDERS['van-ban']).toEqual(['trang', ...FACETS]);
});
