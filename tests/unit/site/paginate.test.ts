import { describe, expect, test } from 'vitest';
import { pageHref, pageTitle, paginate } from '../../../src/lib/site/paginate.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  test.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [25, 10, 3],
  ])('%i items at %i per page make %i page(s)', (count, perPage, pages) => {
    expect(paginate(numbers(count), perPage, '/xa-mau/tin-tuc/')).toHaveLength(pages);
  });

  test('page 1 is the list address, the next pages are under trang/<n>/', () => {
    expect(paginate(numbers(25), 10, '/xa-mau/tin-tuc/').map((p) => p.href)).toEqual([
      '/xa-mau/tin-tuc/',
      '/xa-mau/tin-tuc/trang/2/',
      '/xa-mau/tin-tuc/trang/3/',
    ]);
  });

  test('each page holds its slice of the list, in order', () => {
    const pages = paginate(numbers(25), 10, '/x/');
    expect(pages[2]!.items).toEqual([21, 22, 23, 24, 25]);
    expect(pages[1]!.items[0]).toBe(11);
  });

  test('previous and next exist only where there is such a page', () => {
    const [first, middle, last] = paginate(numbers(25), 10, '/x/');
    expect([first!.previous, first!.next]).toEqual([undefined, '/x/trang/2/']);
    expect([middle!.previous, middle!.next]).toEqual(['/x/', '/x/trang/3/']);
    expect([last!.previous, last!.next]).toEqual(['/x/trang/2/', undefined]);
  });

  test('the numbered links mark only the current page', () => {
    expect(paginate(numbers(25), 10, '/x/')[1]!.links.map((l) => l.current)).toEqual([false, true, false]);
  });

  test.each([
    [1, '/x/'],
    [4, '/x/trang/4/'],
  ])('pageHref of page %i is %s', (n, href) => {
    expect(pageHref('/x/', n)).toBe(href);
  });

  test.each([
    [1, 'Tin tức'],
    [2, 'Tin tức - Trang 2'],
  ])('the title of page %i is "%s"', (number, title) => {
    expect(pageTitle('Tin tức', { number }, 'Trang')).toBe(title);
  });
});
