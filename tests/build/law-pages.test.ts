import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { JSDOMLike } from '../support/html-text.ts';

/**
 * The pages NĐ 224/2026 Điều 9 khoản 1 and Luật Tiếp cận thông tin ask a commune to publish, on
 * the fixture built once in global setup: the administrative map and the contact page's links
 * to the citizen-reception schedule and the information-request form.
 */
const dist = inject('fixtureDist');
const page = async (path: string) => new JSDOMLike(await readFile(join(dist, path, 'index.html'), 'utf8'));
/** An address of a page, resolved against the page's own folder under dist/. */
const target = (from: string, href: string) => new URL(href, `file://${join(dist, from)}/`).pathname;

describe('the administrative map page (kind: ban-do) with an SVG map', () => {
  const path = 'xa-mau/gioi-thieu/ban-do-hanh-chinh';

  test('shows the drawing as published, with its text alternative and a link to the full-size file', async () => {
    const doc = await page(path);
    const [src] = doc.attrs('figure.hero img', 'src');
    expect(src).toMatch(/\/_astro\/ban-do-hanh-chinh\.[\w-]+\.svg$/);
    expect(existsSync(target(path, src!))).toBe(true);
    expect(doc.attrs('figure.hero img', 'alt')[0]).toBe(
      'Bản đồ minh họa xã Mẫu, không theo tỷ lệ. Tám thôn, buôn; trụ sở UBND xã ở giữa. Phía đông giáp xã Bên.',
    );
    expect(doc.attrs('figure.hero figcaption a', 'href')).toEqual([src]);
    expect(doc.text('figure.hero figcaption')).toBe('Xem bản đồ kích thước đầy đủ (SVG)');
  });

  test('describes the boundaries and the area in text below the map', async () => {
    expect((await page(path)).text('main')).toContain(
      'Phía đông giáp xã Bên; phía bắc, tây và nam giáp các xã khác. Diện tích tự nhiên 120 km².',
    );
  });
});

describe('the contact page links what a citizen needs beside the contacts', () => {
  test('the information-request page and its form to download', async () => {
    const doc = await page('xa-mau/lien-he');
    expect(doc.text('#yeu-cau-thong-tin')).toBe('Yêu cầu cung cấp thông tin');
    const [guide, form] = doc.attrs('section[aria-labelledby="yeu-cau-thong-tin"] a', 'href');
    expect(guide).toBe('../gioi-thieu/yeu-cau-thong-tin/');
    expect(existsSync(join(target('xa-mau/lien-he', form!)))).toBe(true);
    expect(doc.text('section[aria-labelledby="yeu-cau-thong-tin"] .download')).toMatch(
      /^Tải về: phieu-yeu-cau\.pdf \(PDF, \d+ KB\)$/,
    );
  });

  test('the citizen-reception schedule', async () => {
    const doc = await page('xa-mau/lien-he');
    expect(doc.attrs('section[aria-labelledby="tiep-cong-dan"] a', 'href')).toEqual([
      '../gioi-thieu/lich-tiep-cong-dan/',
    ]);
    expect(doc.text('section[aria-labelledby="tiep-cong-dan"] p')).toBe(
      'Lịch tiếp công dân: Ngày, giờ và nơi lãnh đạo xã Mẫu tiếp công dân.',
    );
  });

  test('a commune without those pages shows neither heading', async () => {
    const doc = await page('xa-ben/lien-he');
    expect(doc.$$('#yeu-cau-thong-tin, #tiep-cong-dan')).toEqual([]);
  });
});
