import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureDist');
const read = (path: string) => readFile(join(dist, path), 'utf8');

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}
/**
 * Every element of an XML file with its attributes and text, read by an XML parser. Throws on
 * the first well-formedness error, as any feed reader would refuse the feed.
 */
function parseXml(xml: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('cdata', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return elements;
}
/** The text of every element named one of `names`. */
const texts = (xml: string, ...names: string[]) =>
  parseXml(xml)
    .filter((e) => names.includes(e.name))
    .map((e) => e.text.trim());
/** Every address in a feed or sitemap: <link>, <loc>, <guid> and atom:link's href. */
const links = (xml: string) => [
  ...texts(xml, 'link', 'loc', 'guid'),
  ...parseXml(xml)
    .filter((e) => e.name === 'atom:link')
    .map((e) => e.attributes['href']!),
];

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
    const items = parseXml(xml).filter((e) => e.name === 'item').length;
    const itemLinks = texts(xml, 'link').slice(1); // the first is the channel's own link
    expect(itemLinks).toHaveLength(items);
    expect(itemLinks).toContain('https://xamau.example.gov.vn/thong-bao/2026/tiem-chung-thang-12/');
    expect(itemLinks).toContain('https://xamau.example.gov.vn/tin-tuc/2026/duong-buon-ken/');
    expect(itemLinks).toContain('https://xamau.example.gov.vn/van-ban/2026/79-ubnd/');
    const dates = texts(xml, 'pubDate').map((date) => Date.parse(date));
    expect(dates).toHaveLength(items);
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
