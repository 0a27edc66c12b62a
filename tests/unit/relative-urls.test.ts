import { describe, expect, test } from 'vitest';
import { assetsOf, relativeUrl, relativizeHtml } from '../../src/lib/relative-urls.ts';

describe('relativeUrl makes root-relative links work at any deployment path', () => {
  test.each([
    ['/ea-trol/', '/ea-trol/tin-tuc/', 'tin-tuc/'],
    ['/ea-trol/tin-tuc/2022/hoi-nghi/', '/ea-trol/tin-tuc/', '../../'],
    ['/ea-trol/tin-tuc/2022/hoi-nghi/', '/ea-trol/', '../../../'],
    ['/ea-trol/tin-tuc/', '/ea-trol/tin-tuc/', './'],
    ['/ea-trol/van-ban/2022/79/', '/ea-trol/van-ban/2022/79/79-ubnd.pdf', '79-ubnd.pdf'],
    ['/ea-trol/tin-tuc/', '/ea-trol/tin-tuc/trang/2/#noi-dung', 'trang/2/#noi-dung'],
    ['/ea-trol/tin-tuc/', '/_astro/anh.abc.webp', '../_astro/anh.abc.webp'],
    ['/ea-trol/', 'https://dichvucong.gov.vn/', 'https://dichvucong.gov.vn/'],
    ['/ea-trol/', '//cdn.example/x.js', '//cdn.example/x.js'],
    ['/ea-trol/', '#noi-dung', '#noi-dung'],
  ])('from %s to %s is %s', (page, target, expected) => {
    expect(relativeUrl(page, target, 'ea-trol')).toBe(expected);
  });

  test('rewrites href, src and every URL of a srcset', () => {
    const html =
      '<a href="/x/tin-tuc/">Tin</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 360w, /_astro/b.webp 720w" alt="">';
    expect(relativizeHtml(html, '/x/tin-tuc/2022/a/')).toBe(
      '<a href="../../">Tin</a><img src="../../../_astro/a.webp" srcset="../../../_astro/a.webp 360w, ../../../_astro/b.webp 720w" alt="">',
    );
  });

  test('leaves meta values that are not paths alone', () => {
    const html =
      '<meta name="DC.title" content="Hội nghị / tổng kết"><meta name="DC.date" content="2022-01-18">';
    expect(relativizeHtml(html, '/x/')).toBe(html);
  });

  test('lists the /_astro/ files a page uses', () => {
    expect(assetsOf('<img src="/_astro/a.webp" srcset="/_astro/a.webp 1x, /_astro/b.avif 2x">')).toEqual([
      '/_astro/a.webp',
      '/_astro/a.webp',
      '/_astro/b.avif',
    ]);
  });
});
