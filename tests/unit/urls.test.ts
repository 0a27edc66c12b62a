import { describe, expect, test } from 'vitest';
import { absoluteHref, attachmentHref, communeHref, itemHref } from '../../src/lib/urls.ts';

describe('internal links are built in one place', () => {
  test.each([
    [communeHref('ea-trol'), '/ea-trol/'],
    [communeHref('ea-trol', 'tin-tuc'), '/ea-trol/tin-tuc/'],
    [communeHref('ea-trol', '/tin-tuc/trang/2/'), '/ea-trol/tin-tuc/trang/2/'],
    [itemHref({ commune: 'ea-trol', path: 'tin-tuc/2022/hoi-nghi' }), '/ea-trol/tin-tuc/2022/hoi-nghi/'],
    [
      attachmentHref({ commune: 'ea-trol', path: 'van-ban/2022/79' }, './79-ubnd.pdf'),
      '/ea-trol/van-ban/2022/79/79-ubnd.pdf',
    ],
    [
      absoluteHref('https://eatrol.example.gov.vn/', 'ea-trol', '/ea-trol/tin-tuc/'),
      'https://eatrol.example.gov.vn/tin-tuc/',
    ],
    [
      absoluteHref('https://example.gov.vn/xa/ea-trol/', 'ea-trol', '/ea-trol/'),
      'https://example.gov.vn/xa/ea-trol/',
    ],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
