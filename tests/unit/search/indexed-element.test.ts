import { describe, expect, test } from 'vitest';
import { indexableHtml, indexedElement } from '../../../src/lib/search/search-record.ts';

const page = (main: string) =>
  `<!doctype html><html lang="vi"><head><style>main{color:red}</style></head><body><header><a href="/">Xã</a></header>${main}<footer>Chân trang</footer></body></html>`;
const twins = { html: (html: string) => html, text: (text: string) => text };
const record = { meta: { title: 'Tin', section: 'Tin tức' }, filters: { Mục: 'Tin tức' } };

describe('indexedElement', () => {
  test.each([
    [
      'the indexed main element',
      page('<main id="noi-dung" data-pagefind-body><h1>Tin</h1><p>Đức Bình</p></main>'),
      '<main id="noi-dung" data-pagefind-body><h1>Tin</h1><p>Đức Bình</p></main>',
    ],
    [
      'a page without one, whole',
      page('<main><p>Không tìm</p></main>'),
      page('<main><p>Không tìm</p></main>'),
    ],
    [
      'nested elements of the same name, to the last closing tag',
      page('<div data-pagefind-body><div>a</div><div>b</div></div>'),
      '<div data-pagefind-body><div>a</div><div>b</div></div>',
    ],
  ])('keeps %s', (_, html, kept) => {
    expect(indexedElement(html)).toBe(kept);
  });

  test('Pagefind is given the same copy whether the worker gets the page or its element', () => {
    const html = page(
      '<main data-pagefind-body><h1>Hội nghị</h1><p class="meta">Xã hội</p><p>Nội dung</p></main>',
    );
    expect(indexableHtml(indexedElement(html), record, twins)).toBe(indexableHtml(html, record, twins));
  });
});
