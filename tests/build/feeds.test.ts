import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const read = (path: string) => readFile(join(dist, path), 'utf8');
/** Throws on the first well-formedness error, as any XML reader would refuse the feed. */
const parseXml = (xml: string) => new SaxesParser().write(xml).close();
const links = (xml: string) => [...xml.matchAll(/<(?:link|loc|guid[^>]*)>([^<]+)</g)].map((m) => m[1]!);

describe('feeds, sitemap and robots.txt', () => {
  test.each(['xa-mau/rss.xml', 'xa-mau/sitemap.xml', 'xa-mau/tin-tuc/chuyen-muc/nong-thon-moi/rss.xml'])(
    '%s is well-formed XML with absolute URLs from site.yaml',
    async (path) => {
      const xml = await read(path);
      expect(() => parseXml(xml)).not.toThrow();
      const urls = links(xml);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\/xamau\.example\.gov\.vn\//);
    },
  );

  test('the commune feed lists news, notices and documents, newest first', async () => {
    const xml = await read('xa-mau/rss.xml');
    expect(xml).toContain('<link>https://xamau.example.gov.vn/thong-bao/2026/tiem-chung-thang-12/</link>');
    expect(xml).toContain('<link>https://xamau.example.gov.vn/tin-tuc/2026/duong-buon-ken/</link>');
    const dates = [...xml.matchAll(/<pubDate>([^<]+)</g)].map((m) => Date.parse(m[1]!));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  });

  test('the sitemap lists section pages and items', async () => {
    const urls = links(await read('xa-mau/sitemap.xml'));
    expect(urls).toContain('https://xamau.example.gov.vn/lay-y-kien/');
    expect(urls).toContain('https://xamau.example.gov.vn/thu-tuc/dang-ky-khai-sinh/');
  });

  test('robots.txt points to the sitemap when the commune has a url', async () => {
    expect(await read('xa-mau/robots.txt')).toContain('Sitemap: https://xamau.example.gov.vn/sitemap.xml');
    expect(await read('xa-ben/robots.txt')).not.toContain('Sitemap:');
  });

  test('the well-formedness check can fail', () => {
    expect(() => parseXml('<rss><channel><title>a & b</title></channel></rss>')).toThrow();
  });

  test('a commune without url gets no feed and no sitemap', () => {
    expect(existsSync(join(dist, 'xa-ben/rss.xml'))).toBe(false);
    expect(existsSync(join(dist, 'xa-ben/sitemap.xml'))).toBe(false);
  });
});
