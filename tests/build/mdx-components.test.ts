import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { JSDOMLike, visibleText } from '../support/html-text.ts';

const dist = inject('fixtureDist');
const ARTICLE = 'xa-mau/tin-tuc/2026/ngay-hoi-dai-doan-ket/index.html';
const withoutStyles = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, '');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** The file a relative link of the article leads to. */
const target = (href: string) =>
  join(dirname(join(dist, ARTICLE)), href, href.endsWith('/') ? 'index.html' : '');

let html = '';
let page: JSDOMLike;
beforeAll(async () => {
  html = withoutStyles(await readFile(join(dist, ARTICLE), 'utf8'));
  page = new JSDOMLike(html);
});

describe('an .mdx news item using the four components', () => {
  test('Callout: an aside named by its kind and title, with the kind in words and the editor’s Markdown', () => {
    const aside =
      /<aside class="callout warning" role="note" aria-label="Cảnh báo: Hạn nộp hồ sơ hỗ trợ nhà ở"[^>]*>([\s\S]*?)<\/aside>/.exec(
        html,
      );
    expect(aside).not.toBeNull();
    expect(text(aside![1]!)).toBe(
      'Cảnh báo : Hạn nộp hồ sơ hỗ trợ nhà ở Hồ sơ đề nghị hỗ trợ sửa chữa nhà ở nộp tại Bộ phận một cửa trước ngày 31/1/2026 .',
    );
    expect(aside![1]).toContain('<strong>trước ngày 31/1/2026</strong>');
  });

  /** The rows of the documents table captioned `caption`: number, issue day, link and title. */
  const documentRows = (caption: string) => {
    const table = page.$$('table.docs').find((t) => visibleText(querySelector(t, 'caption')) === caption);
    expect(table, caption).toBeDefined();
    return querySelectorAll(table!, 'tbody tr').map((row) => {
      const link = querySelector(row, 'td a');
      return [
        visibleText(querySelector(row, 'th')),
        String(querySelector(row, 'time').attributes['datetime']),
        String(link.attributes['href']),
        visibleText(link),
      ];
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
    const gallery = /<ul class="gallery" aria-label="Bộ ảnh"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    const figures = [...gallery.matchAll(/<figure[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);
    expect(figures).toHaveLength(2);
    const images = figures.map((f) => /<img ([^>]+)>/.exec(f)![1]!);
    expect(images.map((img) => /alt="([^"]+)"/.exec(img)![1])).toEqual([
      'Nhà văn hóa thôn Một trang trí cờ hoa',
      'Bà con quây quần bên bếp lửa',
    ]);
    for (const img of images) {
      expect(img).toContain('width="1200" height="800"');
      expect(img).toContain('loading="lazy"');
      expect(img).toMatch(/srcset="[^"]*360w, [^"]*720w"/);
      expect(existsSync(target(/(?:^| )src="([^"]+)"/.exec(img)![1]!))).toBe(true);
    }
    expect(figures[0]).toMatch(/<source srcset="\.\.\/\.\.\/\.\.\/_astro\/ngay-hoi-1\.[^"]+\.avif 360w/);
    expect(figures.map((f) => /<figcaption[^>]*>([^<]*)<\/figcaption>/.exec(f)?.[1])).toEqual([
      'Nhà văn hóa thôn Một sáng ngày hội',
      undefined,
    ]);
  });

  test('Map: the map with its text alternative, caption and a working link to the full-size file', () => {
    const map = /<figure class="map"[^>]*>([\s\S]*?)<\/figure>/.exec(html)![1]!;
    const img = /<img ([^>]+)>/.exec(map)![1]!;
    expect(img).toContain(
      'alt="Bản đồ xã Mẫu: sông chảy ngang giữa xã, trụ sở UBND ở phía bắc sông, thôn Một ở phía tây bắc, buôn Ken ở phía nam."',
    );
    expect(img).toContain('width="1200" height="900"');
    const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(map)![1]!;
    expect(text(caption)).toBe(
      'Bản đồ hành chính xã Mẫu năm 2026. Xem bản đồ kích thước đầy đủ (PNG, 1.200 × 900 điểm ảnh)',
    );
    const full = /<a href="([^"]+)"[^>]*>Xem bản đồ kích thước đầy đủ<\/a>/.exec(caption)![1]!;
    expect(full).toMatch(/^\.\.\/\.\.\/\.\.\/_astro\/ban-do-xa\.[\w-]+\.png$/);
    expect(existsSync(target(full))).toBe(true);
  });

  test('no map script, iframe or editor import reaches the page', () => {
    expect(html).not.toMatch(/<iframe|<script[^>]*src=|__trangxaImage|_images/);
  });
});
