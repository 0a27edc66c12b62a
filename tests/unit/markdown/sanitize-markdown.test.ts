import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { satteriSanitizer } from '../../../src/lib/markdown/satteri-sanitizer.ts';

/** Renders Markdown as the site does: raw HTML parsed into elements, then sanitised. */
async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    features: { rawHtml: true },
    hastPlugins: [satteriSanitizer],
  });
  return html.trim();
}

describe('raw HTML in a .md body is sanitised with an allowlist', () => {
  test.each([
    ['a script element and its code', 'Trước <script>alert("x")</script> sau', '<p>Trước  sau</p>'],
    ['a script block', '<script>\nalert(1)\n</script>', ''],
    ['an event handler', '<p onclick="steal()">Chữ</p>', '<p>Chữ</p>'],
    ['an onerror on an image', '<img src="a.png" onerror="steal()" alt="A">', '<img src="a.png" alt="A">'],
    ['a javascript: link', '<a href="javascript:alert(1)">bấm</a>', '<p><a>bấm</a></p>'],
    ['a javascript: Markdown link', '[bấm](javascript:alert(1))', '<p><a>bấm</a></p>'],
    [
      'a data: image (its text alternative stays)',
      '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="A">',
      'A',
    ],
    ['a style attribute and element', '<p style="position:fixed">X</p><style>p{}</style>', '<p>X</p>'],
    ['an HTML comment', 'Chữ\n\n<!-- GHI-CHU-NOI-BO -->', '<p>Chữ</p>'],
    ['an iframe to an unknown host', '<iframe src="https://evil.example/x"></iframe>', ''],
    ['an http (not https) video', '<iframe src="http://www.youtube.com/embed/a"></iframe>', ''],
    ['set:html', '<div set:html="<b>x</b>">y</div>', '<div>y</div>'],
  ])('removes %s', async (_, markdown, expected) => {
    expect(await render(markdown)).toBe(expected);
  });

  test('removes a form and where it posts to', async () => {
    expect(await render('<form action="https://evil.example"><button>Gửi</button></form>')).toBe('Gửi');
  });

  test.each([
    [
      'a YouTube video, given a title',
      '<iframe src="https://www.youtube.com/embed/abc" width="560"></iframe>',
      '<iframe src="https://www.youtube.com/embed/abc" width="560" title="Video" loading="lazy"></iframe>',
    ],
    ['a table', '<table><tr><td>1</td></tr></table>', '<table><tbody><tr><td>1</td></tr></tbody></table>'],
    ['a relative image', '![Hội nghị](./hoi-nghi.jpg)', '<p><img src="./hoi-nghi.jpg" alt="Hội nghị"></p>'],
    ['a raw image with no alt, marked decorative', '<img src="./a.jpg">', '<img src="./a.jpg" alt="">'],
    [
      'an inline raw image with no alt',
      'Chữ <img src="./a.jpg"> chữ',
      '<p>Chữ <img src="./a.jpg" alt=""> chữ</p>',
    ],
    ['a paragraph straight in a list, put in an item', '<ul><p>x</p></ul>', '<ul><li><p>x</p></li></ul>'],
    ['items outside a list, gathered into one', '<li>a</li>\n<li>b</li>', '<ul><li>a</li>\n<li>b</li></ul>'],
    ['a raw image whose alt is empty', '<img src="./a.jpg" alt="">', '<img src="./a.jpg" alt="">'],
    [
      'mailto and tel links',
      '<a href="mailto:a@xa.vn">m</a> <a href="tel:0257">t</a>',
      '<p><a href="mailto:a@xa.vn">m</a> <a href="tel:0257">t</a></p>',
    ],
  ])('keeps %s', async (_, markdown, expected) => {
    expect(await render(markdown)).toBe(expected);
  });

  test('footnote links still reach their note after ids are prefixed', async () => {
    const html = await render('Chữ[^1]\n\n[^1]: Ghi chú');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  test('text typed in NFD is published in NFC', async () => {
    const nfd = 'Hội nghị'.normalize('NFD');
    expect(await render(nfd)).toBe('<p>Hội nghị</p>'.normalize('NFC'));
  });
});

describe('every body is sanitised, whatever its source looks like', () => {
  test.each([
    ['a backslash before the colon', '[bấm](javascript\\:alert\\(1\\))', '<p><a>bấm</a></p>'],
    ['upper case', '[bấm](JAVASCRIPT\\:alert(1))', '<p><a>bấm</a></p>'],
    ['a data: page', '[x](data\\:text/html,abc)', '<p><a>x</a></p>'],
    ['a reference definition', '[a][r]\n\n[r]: javascript\\:alert(1)', '<p><a>a</a></p>'],
    ['an image destination (its text alternative stays)', '![x](javascript\\:alert\\(1\\))', '<p>x</p>'],
    ['an entity-encoded javascript: link', '[x](&#106;avascript:alert(1))', '<p><a>x</a></p>'],
  ])('%s', async (_, markdown, expected) => {
    expect(await render(markdown)).toBe(expected);
  });
});
