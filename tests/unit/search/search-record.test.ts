import { describe, expect, test } from 'vitest';
import type { Item } from '../../../src/lib/content/types.ts';
import { addTwins, addTwinsToHtml } from '../../../src/lib/search/d-twins.ts';
import { indexableHtml, searchRecord } from '../../../src/lib/search/search-record.ts';
import { parseVnDate } from '../../../src/lib/vn-date.ts';

const doc: Item = {
  commune: 'xa-mau',
  section: 'van-ban',
  path: 'van-ban/2026/45-qd-ubnd',
  file: 'xa-mau/van-ban/2026/45-qd-ubnd.md',
  title: 'Quyết định kiện toàn Ban biên tập',
  date: parseVnDate('2026-02-10')!,
  draft: false,
  credits: [],
  data: { type: 'quyet-dinh' },
};
const twins = { html: addTwinsToHtml, text: addTwins };

describe('what the search index gets for a page', () => {
  test('a document is filtered by section, year and type, and shows its section and date', () => {
    expect(searchRecord(doc)).toEqual({
      meta: { title: 'Quyết định kiện toàn Ban biên tập', section: 'Văn bản', date: '10/02/2026' },
      filters: { Mục: 'Văn bản', Năm: '2026', 'Loại văn bản': 'Quyết định' },
    });
  });

  test('only the indexed element is handed over, with meta, filters and d-twins inside it', () => {
    const page = '<html><head><style>x</style></head><body><header>Đầu trang</header><main data-pagefind-body><h1>Đất đai</h1></main><footer>Đức</footer></body></html>';
    const html = indexableHtml(page, { meta: { title: 'Đất' }, filters: { Mục: 'Văn bản' } }, twins);
    expect(html).toBe(
      '<html lang="vi"><body><main data-pagefind-body><meta data-pagefind-meta="title[content]" content="Đất Dat"><meta data-pagefind-filter="Mục[content]" content="Văn bản"><h1>Đất Dat đai dai</h1></main></body></html>',
    );
  });
});
