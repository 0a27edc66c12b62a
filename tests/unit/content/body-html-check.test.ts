import { describe, expect, test } from 'vitest';
import { bodyHtmlProblems } from '../../../src/lib/content/body-html-problems.ts';
import { mdxProblems } from '../../../src/lib/markdown/mdx-problems.ts';
import { nestingProblem } from '../../../src/lib/markdown/content-model.ts';

const found = (body: string) =>
  bodyHtmlProblems(body, 'xa/tin-tuc/bai.md', 4).map((p) => [p.line, p.severity, p.message.split(':')[0]]);

describe('check names each image of a .md body without a text alternative, with its line', () => {
  test.each([
    ['a Markdown image with empty brackets', 'Chữ\n\n![](./a.jpg)', [[7, 'warning', 'Ảnh "./a.jpg" không có mô tả (chữ trong [ ])']]],
    ['a raw <img> with no alt at all', '<img src="./a.jpg">', [[5, 'error', 'Ảnh <img src="./a.jpg"> thiếu thuộc tính alt (mô tả ảnh)']]],
    ['an inline raw <img> on a later line', 'Dòng một\nvà <img src=\'b.png\'> giữa câu', [[6, 'error', 'Ảnh <img src="b.png"> thiếu thuộc tính alt (mô tả ảnh)']]],
    ['a reference image', '![][anh]\n\n[anh]: ./a.jpg', [[5, 'warning', 'Ảnh "[anh]" không có mô tả (chữ trong [ ])']]],
    ['a described Markdown image', '![Hội nghị](./a.jpg)', []],
    ['a described raw <img>', '<img alt="Hội nghị" src="./a.jpg">', []],
    ['a raw <img> marked decorative (alt="")', '<img src="./a.jpg" alt="">', []],
    ['an <img> inside a comment', '<!-- <img src="./a.jpg"> -->', []],
  ])('%s', (_, body, expected) => {
    expect(found(body)).toEqual(expected);
  });

  test('the fix shows the image with a description', () => {
    expect(bodyHtmlProblems('![](./a.jpg)', 'f.md', 0)[0]?.fix).toContain('![Mô tả ngắn nội dung ảnh](./a.jpg)');
    expect(bodyHtmlProblems('<img src="./a.jpg">', 'f.md', 0)[0]?.fix).toContain('<img src="./a.jpg" alt="Mô tả ngắn nội dung ảnh">');
  });
});

describe('check warns about raw HTML nested against the content model, with its line', () => {
  const nesting = (body: string) => found(body).map(([line, , message]) => [line, message]);
  test.each([
    ['a paragraph in a list', '<ul><p>x</p></ul>', [[5, 'Thẻ <p> nằm trực tiếp trong danh sách <ul>']]],
    ['Markdown text inside a raw list', '<ol>\n\nChữ\n\n</ol>', [[7, 'Thẻ <p> nằm trực tiếp trong danh sách <ol>']]],
    ['an item outside a list', 'Chữ\n\n<li>x</li>', [[7, 'Thẻ <li> (mục danh sách) nằm ngoài cùng của bài, không ở trong danh sách <ul> hay <ol>.']]],
    ['a paragraph in a paragraph', '<p>a<p>b</p></p>', [[5, 'Thẻ <p> nằm trong đoạn văn <p>']]],
    ['a block in an inline element', '<div>\n<span><div>x</div></span>\n</div>', [[6, 'Thẻ khối <div> nằm trong thẻ chữ <span>']]],
    ['a raw block in a Markdown paragraph', 'Chữ <div>x</div>\n\n- a\n\n- b <div>x</div>', [[5, 'Thẻ <div> nằm trong đoạn văn <p>'], [9, 'Thẻ <div> nằm trong đoạn văn <p>']]],
    ['a cell straight in a table', '<table><td>x</td></table>', [[5, 'Thẻ <td> nằm trực tiếp trong <table>']]],
    ['a cell outside a row group', '<table><tbody><td>x</td></tbody></table>', [[5, 'Thẻ <td> nằm trực tiếp trong <tbody>']]],
    ['text markup straight in a row', '<table><tr><b>x</b></tr></table>', [[5, 'Thẻ <b> nằm trực tiếp trong hàng <tr>']]],
    ['a correct list with omitted </li>', '<ul>\n<li>a\n<li>b\n</ul>', []],
    ['a correct table with omitted end tags', '<table>\n<tr><th>a<th>b\n<tr><td>a<td>b\n</table>', []],
    ['a raw block in a tight Markdown list', '- a\n- b <div>x</div>', []],
    ['a Markdown table', '| a | b |\n|---|---|\n| 1 | 2 |', []],
    ['a link around a block', '<div><a href="https://a.vn"><div>x</div></a></div>', []],
    ['Markdown inside a raw div', '<div>\n\n- a\n- b\n\n</div>', []],
  ])('%s', (_, body, expected) => {
    expect(nesting(body)).toEqual(expected);
  });
});

describe('the nesting rules', () => {
  test.each([
    ['ul', 'li', false],
    ['ol', 'div', true],
    [undefined, 'li', true],
    ['div', 'li', true],
    ['p', 'ul', true],
    ['h2', 'div', true],
    ['em', 'p', true],
    ['a', 'div', false],
    ['p', 'strong', false],
    ['table', 'tr', false],
    ['table', 'td', true],
    ['thead', 'th', true],
    ['tr', 'th', false],
    ['div', 'tr', true],
    ['td', 'table', false],
  ] as const)('<%s> holding <%s> is a problem: %s', (parent, child, problem) => {
    expect(nestingProblem(parent, child) !== undefined).toBe(problem);
  });
});

describe('check says the same of an .mdx body, whose HTML is published as written', () => {
  test.each([
    ['a Markdown image with empty brackets', '![](./a.jpg)', [[4, 'warning', 'Ảnh "./a.jpg" không có mô tả (chữ trong [ ])']]],
    ['an <img /> with no alt', 'Chữ\n\n<img src="./a.jpg" />', [[6, 'error', 'Ảnh <img src="./a.jpg"> thiếu thuộc tính alt (mô tả ảnh)']]],
    ['an <img /> inside a component', '<Callout><img src="./a.jpg" /></Callout>', [[4, 'error', 'Ảnh <img src="./a.jpg"> thiếu thuộc tính alt (mô tả ảnh)']]],
    ['a paragraph in a list', '<ul><p>x</p></ul>', [[4, 'warning', 'Thẻ <p> nằm trực tiếp trong danh sách <ul>']]],
    ['a block in an inline element', '<span><div>x</div></span>', [[4, 'warning', 'Thẻ khối <div> nằm trong thẻ chữ <span>']]],
    ['a described image and a decorative one', '![Mô tả](./a.jpg)\n\n<img src="./b.jpg" alt="" />', []],
    ['a gallery with its descriptions', '<Gallery images="./a.jpg" alts="Mô tả" />', []],
  ])('%s', async (_, body, expected) => {
    const problems = await mdxProblems(`---\ntitle: X\n---\n${body}\n`, 'xa/tin-tuc/bai.mdx');
    expect(problems.map((p) => [p.line, p.severity, p.message.split(':')[0]])).toEqual(expected);
  });
});
