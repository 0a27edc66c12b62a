import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { check, ITEM, news, write } from './scratch-commune.ts';

/** Small real images in each format, made once (sharp writes them as a phone or editor would). */
const bytes: Record<string, Buffer> = {};
beforeAll(async () => {
  const pixel = () => sharp({ create: { width: 8, height: 6, channels: 3, background: '#3a6' } });
  bytes['jpeg'] = await pixel().jpeg().toBuffer();
  bytes['webp'] = await pixel().webp().toBuffer();
  bytes['gif'] = await pixel().gif().toBuffer();
  bytes['tiff'] = await pixel().tiff().toBuffer();
  // The opening box of an iPhone photo (ftyp heic): what the build's image reader cannot decode.
  bytes['heic'] = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]);
  bytes['svg'] = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>');
  bytes['svg-font'] = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://fonts.example/a.css);</style></svg>');
  bytes['svg-href'] = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.com/a.png"/></svg>');
  bytes['svg-inner'] = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="p"/></defs><use href="#p"/><rect fill="url(#g)"/><image href="data:image/png;base64,AA"/></svg>');
  bytes['svg-script'] = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
});

const CONVERT = 'lưu lại (hoặc xuất) thành .jpg hay .png';

describe('a picture in a format the build cannot publish is a check error, never a build crash', () => {
  test.each([
    ['an iPhone photo in a Markdown body', 'bai.md', '![Hội nghị](./anh.heic)', 'anh.heic', 'heic', 'Lỗi xa-ben/tin-tuc/2026/bai.md:8: Ảnh "./anh.heic" có định dạng .heic mà trang không đăng được'],
    ['a GIF in a Markdown body', 'bai.md', '![Hội nghị](./anh.gif)', 'anh.gif', 'gif', 'Ảnh "./anh.gif" có định dạng .gif'],
    ['a TIFF as raw HTML', 'bai.md', '<img src="anh.tiff" alt="Hội nghị">', 'anh.tiff', 'tiff', 'Lỗi xa-ben/tin-tuc/2026/bai.md:8: Ảnh "./anh.tiff" có định dạng .tiff'],
    ['a GIF renamed .jpg', 'bai.md', '![Hội nghị](./anh.jpg)', 'anh.jpg', 'gif', 'Tệp "./anh.jpg" thực chất là ảnh GIF dù có đuôi .jpg'],
    ['a TIFF renamed .png', 'bai.md', '![Hội nghị](./anh.png)', 'anh.png', 'tiff', 'Tệp "./anh.png" thực chất là ảnh TIFF dù có đuôi .png'],
    ['an iPhone photo renamed .jpg', 'bai.md', '![Hội nghị](./anh.jpg)', 'anh.jpg', 'heic', 'Tệp "./anh.jpg" không đọc được như một ảnh'],
    ['an SVG drawing with a script in a body', 'bai.md', '![Bản đồ](./anh.svg)', 'anh.svg', 'svg-script', 'Ảnh "./anh.svg" có mã chạy được'],
    ['an SVG that loads a web font', 'bai.md', '![Bản đồ](./anh.svg)', 'anh.svg', 'svg-font', 'Ảnh "./anh.svg" tải tệp từ địa chỉ khác'],
    ['an SVG that links an image elsewhere', 'bai.md', '![Bản đồ](./anh.svg)', 'anh.svg', 'svg-href', 'Ảnh "./anh.svg" tải tệp từ địa chỉ khác'],
    ['an SVG map in <Map>', 'bai.mdx', '<Map src="./anh.svg" alt="Bản đồ xã" />', 'anh.svg', 'svg', 'Lỗi xa-ben/tin-tuc/2026/bai.mdx:8: <Map>: "./anh.svg" là bản vẽ SVG'],
    ['an SVG in <Gallery>', 'bai.mdx', '<Gallery images="./anh.svg" alts="Bản đồ" />', 'anh.svg', 'svg', '<Gallery>: "./anh.svg" là bản vẽ SVG'],
  ])('%s', async (_, name, body, file, format, expected) => {
    const { text, exit } = await check(async (c) => {
      await write(join(news(c), name), ITEM('', body));
      await write(join(news(c), file), bytes[format]!);
    });
    expect(text).toContain(expected);
    expect(exit).toBe(1);
  });

  test('the field image names the field and the fix', async () => {
    const { text } = await check(async (c) => {
      await write(join(news(c), 'bai.md'), ITEM('image: ./anh.heic\nimageAlt: Hội nghị\n'));
      await write(join(news(c), 'anh.heic'), bytes['heic']!);
    });
    expect(text).toContain('Lỗi [image] xa-ben/tin-tuc/2026/bai.md:4: Ảnh "./anh.heic" có định dạng .heic');
    expect(text).toContain(CONVERT);
  });

  test.each([
    ['a WebP photo renamed .jpg', '![Hội nghị](./anh.jpg)', 'anh.jpg', 'webp'],
    ['a JPEG in raw HTML', '<img src="anh.jpg" alt="Hội nghị">', 'anh.jpg', 'jpeg'],
    ['a plain SVG map in a Markdown body', '![Bản đồ](./anh.svg)', 'anh.svg', 'svg'],
    ['an SVG using only its own parts and embedded pictures', '![Bản đồ](./anh.svg)', 'anh.svg', 'svg-inner'],
    ['a plain SVG map as raw HTML', '<img src="./anh.svg" alt="Bản đồ">', 'anh.svg', 'svg'],
    ['an iPhone photo linked for download, not shown', '[Tải ảnh gốc](./anh.heic)', 'anh.heic', 'heic'],
  ])('accepted: %s', async (_, body, file, format) => {
    const { text, exit } = await check(async (c) => {
      await write(join(news(c), 'bai.md'), ITEM('', body));
      await write(join(news(c), file), bytes[format]!);
    });
    expect(text).not.toContain('anh.');
    expect(exit).toBe(0);
  });
});
