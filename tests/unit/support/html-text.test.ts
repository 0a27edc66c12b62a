import { describe, expect, test } from 'vitest';
import { JSDOMLike } from '../../support/html-text.ts';

/** The helper every page test reads pages with: its answers must be a browser's. */
const page = new JSDOMLike(`<!DOCTYPE html><html lang="vi"><head><title>T</title><style>p{}</style></head>
<body><main><ul><li>Một</li><li><a href="a?x=1&amp;y=2">Hai</a> <strong>ba</strong></li></ul>
<div><p class="a">1</p><p>2</p></div>
<dl><dt>Số ký hiệu</dt><dd><span>79</span>/UBND</dd><dt>Thành phần</dt><dd><ul><li>Tờ khai</li><li>Giấy chứng sinh</li></ul></dd></dl>
<p>Ông&nbsp;Ksor H&#39;Lan<br>0905</p></main></body></html>`);

describe('JSDOMLike', () => {
  test.each([
    ['main ul li', 4],
    ['main > ul > li > a', 1],
    ['div > p:first-child', 1],
    ['p:not(.a)', 2],
    ['html[lang="vi"] body main dl dd', 2],
    ['table', 0],
  ])('%s matches %i element(s), as in a browser', (selector, count) => {
    expect(page.$$(selector)).toHaveLength(count);
  });

  test('$ and text throw when nothing matches, so a mistyped selector cannot pass a test', () => {
    expect(() => page.text('main table')).toThrow('Không có phần tử nào khớp "main table".');
  });

  test.each([
    ['li:nth-child(2)', 'Hai ba'],
    ['main > p', "Ông Ksor H'Lan 0905"],
    ['head', 'T'],
  ])(
    'text(%s) is what a reader sees: entities decoded, inline elements joined, blocks spaced',
    (selector, text) => {
      expect(page.text(selector)).toBe(text);
    },
  );

  test('attr decodes the value; within queries inside one element', () => {
    expect(page.attr('a', 'href')).toBe('a?x=1&y=2');
    expect(page.attr('a', 'title')).toBeUndefined();
    expect(page.within('div').texts('p')).toEqual(['1', '2']);
  });

  test('terms reads a description list as term/description pairs', () => {
    expect(page.terms('dl')).toEqual([
      ['Số ký hiệu', '79/UBND'],
      ['Thành phần', 'Tờ khai Giấy chứng sinh'],
    ]);
  });
});
