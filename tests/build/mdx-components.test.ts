import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { attribute, JSDOMLike, visibleText } from '../support/html-text.ts';

const dist = inject('fixtureDist');
const ARTICLE = 'xa-mau/tin-tuc/2026/ngay-hoi-dai-doan-ket/index.html';
/** The file a relative link of the article leads to. */
const target = (href: string) =>
  join(dirname(join(dist, ARTICLE)), href, href.endsWith('/') ? 'index.html' : '');

let html = '';
let page: JSDOMLike;
beforeAll(async () => {
  html = await readFile(join(dist, ARTICLE), 'utf8');
  page = new JSDOMLike(html);
});

describe('an .mdx news item using the four components', () => {
  test('Callout: an aside named by its kind and title, with the kind in words and the editor’s Markdown', () => {
    const aside = page.$('main aside.callout');
    expect(['class', 'role', 'aria-label'].map((name) => attribute(aside, name))).toEqual([
      'callout warning',
      'note',
      'Cảnh báo: Hạn nộp hồ sơ hỗ trợ nhà ở',
    ]);
    expect(visibleText(aside)).toBe(
      'Cảnh báo: Hạn nộp hồ sơ hỗ trợ nhà ở Hồ sơ đề nghị hỗ trợ sửa chữa nhà ở nộp tại Bộ phận một cửa trước ngày 31/1/2026.',
    );
    // The editor's **bold** inside the callout is rendered as Markdown, not shown as asterisks.
    expect(new JSDOMLike(aside).texts('.label ~ p strong')).toEqual(['trước ngày 31/1/2026']);
  });

  /** The rows of the documents table captioned `caption`: number, issue day, link and title. */
  const documentRows = (caption: string) => {
    const table = page.$$('table.docs').find((t) => new JSDOMLike(t).text('caption') === caption);
    expect(table, caption).toBeDefined();
    return new JSDOMLike(table!).$$('tbody tr').map((tr) => {
      const row = new JSDOMLike(tr);
      return [row.text('th'), row.attr('time', 'datetime'), row.attr('td a', 'href'), row.text('td a')];
    });
  };

  test('DocumentList: the 2026 documents, newest issue first, linking their pages relatively', () => {
    const rows = documentRows('Văn bản: năm 2026');
    expect(rows).toEqual([
      [
        '45/QĐ-UBND',
        '2026-02-10',
        '../../../van-ban/2026/45-qd-ubnd/',
        'Quyết định kiện toàn Ban biên tập trang thông tin điện tử xã',
      ],
      [
        '79/UBND',
        '2026-01-18',
        '../../../van-ban/2026/79-ubnd/',
        'V/v thanh toán kinh phí khởi tạo và bảo trì trang thông tin điện tử xã',
      ],
    ]);
    for (const [, , href] of rows) expect(existsSync(target(href!)), href).toBe(true);
  });

  test('DocumentList type="quyet-dinh": only the decision', () => {
    expect(documentRows('Văn bản: Quyết định').map(([number]) => number)).toEqual(['45/QĐ-UBND']);
  });

  test('Gallery: each photo in a figure, resized, lazy, with its alt text, size and caption', () => {
    const gallery = page.within('ul.gallery[aria-label="Bộ ảnh"]');
    const figures = gallery.$$('li > figure').map((figure) => new JSDOMLike(figure));
    expect(figures.map((f) => f.attr('img', 'alt'))).toEqual([
      'Nhà văn hóa thôn Một trang trí cờ hoa',
      'Bà con quây quần bên bếp lửa',
    ]);
    for (const figure of figures) {
      expect(['width', 'height', 'loading'].map((name) => figure.attr('img', name))).toEqual([
        '1200',
        '800',
        'lazy',
      ]);
      expect(figure.attr('img', 'srcset')).toMatch(/ 360w, [^,]* 720w$/);
      expect(existsSync(target(figure.attr('img', 'src')!))).toBe(true);
    }
    expect(figures[0]!.attr('source[type="image/avif"]', 'srcset')).toMatch(
      /^\.\.\/\.\.\/\.\.\/_astro\/ngay-hoi-1\.[^ ]+\.avif 360w/,
    );
    expect(figures.map((f) => f.texts('figcaption'))).toEqual([['Nhà văn hóa thôn Một sáng ngày hội'], []]);
  });

  test('Map: the map with its text alternative, caption and a working link to the full-size file', () => {
    const map = page.within('figure.map');
    expect(map.attr('img', 'alt')).toBe(
      'Bản đồ xã Mẫu: sông chảy ngang giữa xã, trụ sở UBND ở phía bắc sông, thôn Một ở phía tây bắc, buôn Ken ở phía nam.',
    );
    expect([map.attr('img', 'width'), map.attr('img', 'height')]).toEqual(['1200', '900']);
    expect(map.text('figcaption')).toBe(
      'Bản đồ hành chính xã Mẫu năm 2026. Xem bản đồ kích thước đầy đủ (PNG, 1.200 × 900 điểm ảnh)',
    );
    expect(map.text('figcaption a')).toBe('Xem bản đồ kích thước đầy đủ');
    const full = map.attr('figcaption a', 'href')!;
    expect(full).toMatch(/^\.\.\/\.\.\/\.\.\/_astro\/ban-do-xa\.[\w-]+\.png$/);
    expect(existsSync(target(full))).toBe(true);
  });

  test('no map script, iframe or editor import reaches the page', () => {
    expect(page.$$('iframe, script[src]')).toEqual([]);
    // Raw bytes: the editor's image import names must not appear anywhere, not even in an attribute.
    expect(html).not.toMatch(/__trangxaImage|_images/);
  });
});
