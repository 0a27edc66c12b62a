import type { Commune } from '../content/types.ts';
import { siteMapOf } from '../site/site-map.ts';
import { absoluteHref, itemHref } from '../urls.ts';
import { escapeXml } from '../escape-html.ts';
import { fileHref } from './xml.ts';

/** Every page a search engine should know: the site map's pages and every published item. */
export function sitemapUrls(commune: Commune): string[] {
  const siteUrl = commune.site.url!;
  const hrefs = [
    ...siteMapOf(commune).flatMap((entry) => [entry.href, ...entry.children.map((c) => c.href)]),
    ...commune.items.map(itemHref),
  ].filter((href) => !href.includes('/tim-kiem/'));
  return [...new Set(hrefs)].map((href) => absoluteHref(siteUrl, commune.slug, href));
}

export function sitemapXml(commune: Commune): string {
  const urls = sitemapUrls(commune).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** `robots.txt` at the commune's root: everything may be crawled; the sitemap when there is a `url`. */
export function robotsTxt(commune: Commune): string {
  const sitemap = commune.site.url
    ? `Sitemap: ${absoluteHref(commune.site.url, commune.slug, fileHref(commune.slug, 'sitemap.xml'))}\n`
    : '';
  return `User-agent: *\nAllow: /\n${sitemap}`;
}

/** The build warning for communes whose feeds and sitemap are left out. */
export function missingUrlWarnings(communes: readonly Commune[]): string[] {
  return communes
    .filter((c) => c.site.url === undefined)
    .map(
      (c) =>
        `Cảnh báo: ${c.slug}/site.yaml chưa có "url" (địa chỉ trang, ví dụ https://tenxa.tentinh.gov.vn/): bỏ qua sitemap.xml và các tin RSS của xã này.`,
    );
}
