import { expect, test } from 'vitest';
import { bodyFileLinks, bodyFileRefusal, publishedBodyFile } from '../../../src/lib/content/body-files.ts';

test.each([
  ['a Markdown link', 'Tải [biểu mẫu](./bieu-mau.pdf).', [['./bieu-mau.pdf', 1]]],
  ['a link with a title', '[mẫu](./mau.docx "Mẫu đơn")', [['./mau.docx', 1]]],
  ['a name with spaces in <…>', 'a\n[mẫu](<./mẫu đơn xin.pdf>)', [['./mẫu đơn xin.pdf', 2]]],
  ['a URL-encoded name', '[mẫu](./m%E1%BA%ABu%20%C4%91%C6%A1n.pdf)', [['./mẫu đơn.pdf', 1]]],
  ['a raw HTML <a href>', '<p>x</p>\n<a class="t" href="./bieu-mau.pdf">tải</a>', [['./bieu-mau.pdf', 2]]],
  ["a raw HTML <a href='…'>", "<a href='./sub/hd.docx'>tải</a>", [['./sub/hd.docx', 1]]],
  ['a file above the item', '[mẫu](../chung/mau.pdf)', [['../chung/mau.pdf', 1]]],
  ['the same file twice, once', '[a](./a.pdf) <a href="./a.pdf">a</a>', [['./a.pdf', 1]]],
  ['a video beside the item', '<video src="./clip.mp4" controls></video>', [['./clip.mp4', 1]]],
  ['a plain name with a document extension (a browser reads it as ./)', 'Tải [mẫu](bieu-mau.pdf).', [['./bieu-mau.pdf', 1]]],
  ['a plain name in a sub-folder, in raw HTML', '<a href="mau/don.docx">tải</a>', [['./mau/don.docx', 1]]],
  ['a plain page address stays a page', '[tin khác](../ngay-hoi/) [mục](muc-khac/) [trang](gioi-thieu)', [['../ngay-hoi/', 1]]],
  ['a site-root page is not a file', '[văn bản](/song-hinh/van-ban/)', []],
  ['not an image', '![ảnh](./anh.jpg) <img src="anh.png" alt="a">', []],
  ['not an address or an anchor', '[a](https://x.vn/a.pdf) <a href="#cuoi">c</a> [b](mailto:a@b.vn)', []],
])('bodyFileLinks: %s', (_, body, expected) => {
  expect(bodyFileLinks(body).map(({ target, line }) => [target, line])).toEqual(expected);
});

test.each([
  ['./bieu-mau.pdf', 'bieu-mau.pdf'],
  ['./mau/don.pdf', 'mau/don.pdf'],
  ['./mau/../don.pdf', 'don.pdf'],
  ['./mẫu đơn.pdf', 'mẫu đơn.pdf'],
])('publishedBodyFile: %s is published at <page folder>/%s', (target, path) => {
  expect(publishedBodyFile(target)).toBe(path);
});

test.each([
  ['./bieu-mau.pdf', undefined],
  ['./mẫu đơn xin.docx', undefined],
  ['./ban-do.svg', undefined],
  ['../chung/mau.pdf', 'ngoài thư mục của bài'],
  ['./a/../../b.pdf', 'ngoài thư mục của bài'],
  ['./private/payees.pdf', 'private/'],
  ['./Private/x.pdf', 'private/'],
  ['./.htaccess', 'tệp ẩn'],
  ['./.git/config', 'tệp ẩn'],
  ['./bai-khac.md', 'tệp nguồn'],
  ['./bai.MDX', 'tệp nguồn'],
  ['./site.yaml', 'tệp nguồn'],
  ['./x.yml', 'tệp nguồn'],
  ['./trang.html', 'mã chạy được'],
  ['./a.js', 'mã chạy được'],
])('bodyFileRefusal: %s → %s', (target, reason) => {
  const refused = bodyFileRefusal(target);
  if (reason === undefined) expect(refused).toBeUndefined();
  else {
    expect(refused?.message).toContain(reason);
    expect(refused?.fix).toMatch(/\S/);
  }
});
